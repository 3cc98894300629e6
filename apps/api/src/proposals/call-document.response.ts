import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import type { Timestamp } from '../openapi/answers';

/** What a call's documents may be: PDF, Word, Excel (checked by content). */
export const CALL_DOCUMENT_CONTENT_TYPES = [
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
];

@ApiSchema({ name: 'CallDocument', description: 'A file on a call: 募集要項, 提案書様式 …' })
export class CallDocumentResponse {
  @ApiProperty({ type: 'string', format: 'uuid' })
  id: string;

  @ApiProperty({ type: 'string', format: 'uuid' })
  municipalityId: string;

  @ApiProperty({ type: 'string', format: 'uuid' })
  callId: string;

  @ApiProperty({ type: 'string', example: '募集要項', description: 'What the file is, as the secretariat named it' })
  title: string;

  @ApiProperty({ type: 'string', description: 'The name given, cleaned, with the extension of the detected type' })
  filename: string;

  @ApiProperty({ type: 'string', enum: CALL_DOCUMENT_CONTENT_TYPES, description: 'Detected from the bytes' })
  contentType: string;

  @ApiProperty({ type: 'integer', minimum: 1 })
  sizeBytes: number;

  @ApiProperty({ type: 'string', pattern: '^[0-9a-f]{64}$', description: 'Of the bytes, in hex' })
  sha256: string;

  @ApiProperty({ type: 'string', format: 'uuid' })
  uploadedBy: string;

  @ApiProperty({ type: 'string', format: 'date-time' })
  uploadedAt: Timestamp;
}
