import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { LOCALES } from '@kyodo/platform';
import { REPORT_FORMAT, REPORT_KINDS } from '@kyodo/reports';
import type { Timestamp } from '../openapi/answers';

/** What the reports operations answer. */
/** The media types report files come as (one per kind). */
export const REPORT_MEDIA_TYPES = [...new Set(Object.values(REPORT_FORMAT).map((format) => format.mediaType))];

@ApiSchema({
  name: 'Report',
  description: 'A report job and, once ready, its file (download it from `/api/v1/reports/{id}/file`)',
})
export class ReportResponse {
  @ApiProperty({ type: 'string', format: 'uuid' })
  id: string;

  @ApiProperty({
    type: 'string',
    enum: [...REPORT_KINDS],
    description: 'call-summary-pdf: 審査結果一覧; evaluation-sheet-pdf: 評価シート; call-workbook-xlsx: workbook',
  })
  kind: string;

  @ApiProperty({ type: 'string', format: 'uuid' })
  callId: string;

  @ApiProperty({
    type: 'string',
    format: 'uuid',
    nullable: true,
    description: 'The proposal of an evaluation sheet; null for the other kinds',
  })
  proposalId: string | null;

  @ApiProperty({ type: 'string', enum: [...LOCALES] })
  locale: string;

  @ApiProperty({
    type: 'string',
    enum: ['queued', 'ready', 'failed'],
    description: 'queued until the worker has built the file',
  })
  status: string;

  @ApiProperty({ type: 'string', nullable: true, description: 'Set once ready' })
  fileName: string | null;

  @ApiProperty({ type: 'string', enum: REPORT_MEDIA_TYPES, nullable: true, description: 'Set once ready' })
  mediaType: string | null;

  @ApiProperty({ type: 'integer', minimum: 0, nullable: true, description: 'Set once ready' })
  byteSize: number | null;

  @ApiProperty({
    type: 'string',
    pattern: '^[0-9a-f]{64}$',
    nullable: true,
    description: 'Hex SHA-256 of the file, also its ETag; set once ready',
  })
  sha256: string | null;

  @ApiProperty({ type: 'string', nullable: true, description: 'Why it failed' })
  error: string | null;

  @ApiProperty({ type: 'string', format: 'date-time' })
  createdAt: Timestamp;

  @ApiProperty({ type: 'string', format: 'date-time', nullable: true })
  finishedAt: Timestamp | null;
}

@ApiSchema({ name: 'ReportPage', description: 'A page of reports, newest first (offset paging)' })
export class ReportPageResponse {
  @ApiProperty({ type: () => ReportResponse, isArray: true })
  items: ReportResponse[];

  @ApiProperty({ type: 'integer', minimum: 0, description: 'Reports of the municipality in all' })
  total: number;
}
