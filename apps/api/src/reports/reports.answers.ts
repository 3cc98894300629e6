import { LOCALES } from '@kyodo/platform';
import { REPORT_FORMAT, REPORT_KINDS } from '@kyodo/reports';
import { listOf, ref, type SchemaObject } from '../openapi/answers';

/** The media types report files come as (one per kind). */
export const REPORT_MEDIA_TYPES = [...new Set(Object.values(REPORT_FORMAT).map((format) => format.mediaType))];

/** What the reports operations answer. */
export const REPORTS_SCHEMAS: Record<string, SchemaObject> = {
  Report: {
    type: 'object',
    description: 'A report job and, once ready, its file (download it from `/api/v1/reports/{id}/file`)',
    required: [
      'id',
      'kind',
      'callId',
      'proposalId',
      'locale',
      'status',
      'fileName',
      'mediaType',
      'byteSize',
      'sha256',
      'error',
      'createdAt',
      'finishedAt',
    ],
    properties: {
      id: { type: 'string', format: 'uuid' },
      kind: {
        type: 'string',
        enum: [...REPORT_KINDS],
        description: 'call-summary-pdf: 審査結果一覧; evaluation-sheet-pdf: 評価シート; call-workbook-xlsx: workbook',
      },
      callId: { type: 'string', format: 'uuid' },
      proposalId: {
        type: 'string',
        format: 'uuid',
        nullable: true,
        description: 'The proposal of an evaluation sheet; null for the other kinds',
      },
      locale: { type: 'string', enum: [...LOCALES] },
      status: {
        type: 'string',
        enum: ['queued', 'ready', 'failed'],
        description: 'queued until the worker has built the file',
      },
      fileName: { type: 'string', nullable: true, description: 'Set once ready' },
      mediaType: { type: 'string', enum: [...REPORT_MEDIA_TYPES, null], nullable: true, description: 'Set once ready' },
      byteSize: { type: 'integer', minimum: 0, nullable: true, description: 'Set once ready' },
      sha256: {
        type: 'string',
        pattern: '^[0-9a-f]{64}$',
        nullable: true,
        description: 'Hex SHA-256 of the file, also its ETag; set once ready',
      },
      error: { type: 'string', nullable: true, description: 'Why it failed' },
      createdAt: { type: 'string', format: 'date-time' },
      finishedAt: { type: 'string', format: 'date-time', nullable: true },
    },
  },
  ReportPage: {
    type: 'object',
    description: 'A page of reports, newest first (offset paging)',
    required: ['items', 'total'],
    properties: {
      items: listOf(ref('Report')),
      total: {
        type: 'integer',
        minimum: 0,
        description: 'Reports of the municipality in all',
      },
    },
  },
};
