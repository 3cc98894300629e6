import { Body, Controller, Delete, Get, HttpCode, Inject, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsString, Matches, MaxLength, MinLength } from 'class-validator';
import type { FastifyReply } from 'fastify';
import { type Actor, ValidationFailedError } from '@kyodo/platform';
import { CallDocumentsService } from '@kyodo/proposals';
import { CurrentActor } from '../auth/current-actor.decorator';
import { uuidPipe } from '../http/uuid.pipe';
import { Answer, EmptyAnswer, FileAnswer } from '../openapi/answers';
import { ATTACHMENT_MEDIA_TYPES } from './attachments.controller';
import { CALL_DOCUMENT_CONTENT_TYPES, CallDocumentResponse } from './call-document.response';
import { sendDocument } from './send-document';

/** Some visible text: not only spaces, no control characters (a NUL is a 500 from PostgreSQL's text). */
// oxlint-disable-next-line no-control-regex -- control characters are exactly what it refuses
const VISIBLE_TEXT = /^(?=.*\S)[^\u0000-\u001f\u007f]*$/;

class CallDocumentQueryDto {
  @ApiProperty({ example: '募集要項', minLength: 1, maxLength: 100, pattern: VISIBLE_TEXT.source })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  @Matches(VISIBLE_TEXT, { message: 'title must be visible text on one line' })
  title: string;

  @ApiProperty({ example: '募集要項.pdf', minLength: 1, maxLength: 255 })
  @IsString()
  @MinLength(1)
  @MaxLength(255)
  filename: string;
}

@ApiTags('calls')
@ApiBearerAuth()
@Controller('api/v1/calls/:id/documents')
export class CallDocumentsController {
  constructor(@Inject(CallDocumentsService) private readonly documents: CallDocumentsService) {}

  @Post()
  @ApiConsumes(...ATTACHMENT_MEDIA_TYPES)
  @ApiBody({ schema: { type: 'string', format: 'binary' } })
  @ApiOperation({
    summary: 'Put a 募集要項 or form (PDF, Word, Excel; type checked by content) on a call (secretariat)',
    description:
      'The checks of proposal attachments: 422 attachment_rejected (type, size, count), attachment_expands_too_far, ' +
      'attachment_malformed, attachment_has_macros, attachment_active_content. Images are refused (reason type).',
  })
  @Answer(201, 'The document, stored', CallDocumentResponse)
  add(
    @CurrentActor() actor: Actor,
    @Param('id', uuidPipe) id: string,
    @Query() query: CallDocumentQueryDto,
    @Body() body: unknown,
  ): Promise<CallDocumentResponse> {
    if (!Buffer.isBuffer(body)) {
      throw new ValidationFailedError([
        { field: 'body', messages: ['send the file itself as the request body, e.g. Content-Type: application/pdf'] },
      ]);
    }
    return this.documents.add(actor, id, query.title, query.filename, body);
  }

  @Get()
  @ApiOperation({ summary: 'The call’s documents (募集要項, forms), for every member of the municipality' })
  @Answer(200, 'The documents, oldest first', [CallDocumentResponse])
  list(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string): Promise<CallDocumentResponse[]> {
    return this.documents.list(actor, id);
  }

  @Get(':documentId')
  @ApiOperation({ summary: 'Download a call document' })
  @FileAnswer(200, 'The file, as an attachment, with its sha256 as the ETag', CALL_DOCUMENT_CONTENT_TYPES)
  async download(
    @CurrentActor() actor: Actor,
    @Param('id', uuidPipe) id: string,
    @Param('documentId', uuidPipe) documentId: string,
    @Res() reply: FastifyReply,
  ) {
    await sendDocument(reply, await this.documents.open(actor, id, documentId));
  }

  @Delete(':documentId')
  @HttpCode(204)
  @ApiOperation({ summary: 'Take a document off the call (secretariat)' })
  @EmptyAnswer(204, 'Removed')
  async remove(
    @CurrentActor() actor: Actor,
    @Param('id', uuidPipe) id: string,
    @Param('documentId', uuidPipe) documentId: string,
  ): Promise<void> {
    await this.documents.remove(actor, id, documentId);
  }
}
