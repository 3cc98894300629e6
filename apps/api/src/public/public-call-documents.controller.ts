import { Controller, Get, Inject, Param, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CallDocumentsService } from '@kyodo/proposals';
import { Public } from '../auth/public.decorator';
import { uuidPipe } from '../http/uuid.pipe';
import { FileAnswer } from '../openapi/answers';
import { CALL_DOCUMENT_CONTENT_TYPES } from '../proposals/call-document.response';
import { sendDocument } from '../proposals/send-document';

/** The call's 募集要項 and forms for anyone, once the call is announced (its submission period has opened). */
@ApiTags('public')
@Public()
@Controller('api/v1/public/calls/:id/documents')
export class PublicCallDocumentsController {
  constructor(@Inject(CallDocumentsService) private readonly documents: CallDocumentsService) {}

  @Get(':documentId')
  @ApiOperation({ summary: 'Download a document of an announced call (募集要項, forms)' })
  @FileAnswer(200, 'The file, as an attachment, with its sha256 as the ETag', CALL_DOCUMENT_CONTENT_TYPES)
  async download(
    @Param('id', uuidPipe) id: string,
    @Param('documentId', uuidPipe) documentId: string,
    @Res() reply: FastifyReply,
  ) {
    await sendDocument(reply, await this.documents.openPublic(id, documentId));
  }
}
