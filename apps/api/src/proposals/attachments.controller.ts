import { Body, Controller, Delete, Get, HttpCode, Inject, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';
import type { FastifyReply } from 'fastify';
import type { Actor } from '@kyodo/platform';
import { AttachmentsService } from '@kyodo/proposals';
import { ValidationFailedError } from '@kyodo/platform';
import { CurrentActor } from '../auth/current-actor.decorator';
import { uuidPipe } from '../http/uuid.pipe';
import { Answer, EmptyAnswer, FileAnswer } from '../openapi/answers';
import { Problems } from '../openapi/problem-answers';
import { AttachmentResponse } from './proposal.response';
import { ATTACHMENT_CONTENT_TYPES } from './proposal.response';

/** What an upload may be declared as: any of the accepted types, or just bytes (the type is read from them). */
export const ATTACHMENT_MEDIA_TYPES = ['application/octet-stream', ...ATTACHMENT_CONTENT_TYPES];

class AttachmentQueryDto {
  @ApiProperty({ example: '事業計画書.pdf', minLength: 1, maxLength: 255 })
  @IsString()
  @MinLength(1)
  @MaxLength(255)
  filename: string;
}

@ApiTags('proposals')
@ApiBearerAuth()
@Controller('api/v1/proposals/:id/attachments')
export class AttachmentsController {
  constructor(@Inject(AttachmentsService) private readonly attachments: AttachmentsService) {}

  @Post()
  @ApiConsumes(...ATTACHMENT_MEDIA_TYPES)
  @ApiBody({ schema: { type: 'string', format: 'binary' } })
  @ApiOperation({
    summary: 'Attach a file (PDF, PNG, JPEG, Word, Excel; type checked by content) to an editable proposal',
    description:
      'Refusals are 422 problems with a `reason`: attachment_rejected (type, size, count); ' +
      'attachment_expands_too_far (an Office file past 256 MiB inflated, 100:1 in a part, or past its declared sizes); ' +
      'attachment_malformed (a PDF or Office file whose structure does not hold); ' +
      'attachment_has_macros (VBA, Excel 4.0 macros, ActiveX); ' +
      'attachment_active_content (a PDF with HTML, JavaScript, Launch, embedded files or RichMedia).',
  })
  @Answer(201, 'The attachment, stored', AttachmentResponse)
  add(
    @CurrentActor() actor: Actor,
    @Param('id', uuidPipe) id: string,
    @Query() query: AttachmentQueryDto,
    @Body() body: unknown,
  ): Promise<AttachmentResponse> {
    if (!Buffer.isBuffer(body)) {
      throw new ValidationFailedError([
        { field: 'body', messages: ['send the file itself as the request body, e.g. Content-Type: application/pdf'] },
      ]);
    }
    return this.attachments.add(actor, id, query.filename, body);
  }

  @Get()
  @ApiOperation({ summary: 'Attachments of a proposal, with size and sha256' })
  @Answer(200, 'The attachments, oldest first', [AttachmentResponse])
  list(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string): Promise<AttachmentResponse[]> {
    return this.attachments.list(actor, id);
  }

  @Delete(':attachmentId')
  @HttpCode(204)
  @ApiOperation({
    summary: 'Remove an attachment from a proposal of your organisation while it is a draft or returned for correction',
    description:
      'Only the proposing organisation (403 otherwise); 422 proposal_not_editable once submitted. Audited as ' +
      'proposal.attachment_removed.',
  })
  @EmptyAnswer(204, 'Removed')
  @Problems(422)
  async remove(
    @CurrentActor() actor: Actor,
    @Param('id', uuidPipe) id: string,
    @Param('attachmentId', uuidPipe) attachmentId: string,
  ): Promise<void> {
    await this.attachments.remove(actor, id, attachmentId);
  }

  @Get(':attachmentId')
  @ApiOperation({ summary: 'Download an attachment' })
  @FileAnswer(
    200,
    'The file, as an attachment (Content-Disposition), with its sha256 as the ETag',
    ATTACHMENT_CONTENT_TYPES,
  )
  async download(
    @CurrentActor() actor: Actor,
    @Param('id', uuidPipe) id: string,
    @Param('attachmentId', uuidPipe) attachmentId: string,
    @Res() reply: FastifyReply,
  ) {
    const { meta, stream } = await this.attachments.open(actor, id, attachmentId);
    await reply
      .header('content-type', meta.contentType)
      .header('content-length', String(meta.sizeBytes))
      .header('content-disposition', contentDisposition(meta.filename))
      .header('etag', `"sha256-${meta.sha256}"`)
      .header('x-content-type-options', 'nosniff')
      .send(stream);
  }
}

/**
 * `attachment` always, so a browser never renders an upload in this origin; the stored (already
 * sanitised) name as RFC 8187 `filename*`, with an ASCII `filename` for clients that lack it.
 */
export function contentDisposition(filename: string): string {
  const encoded = encodeURIComponent(filename).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  const ascii = filename.replace(/[^\x20-\x7e]|["\\%]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
