import { OPEN_DATA_COLUMNS } from '@kyodo/disclosure';
import { ref, type SchemaObject } from '../openapi/answers';

type Column = (typeof OPEN_DATA_COLUMNS)[number];

/**
 * The OpenAPI reading of the published JSON Schema (libs/disclosure open-data-schema.ts, served at
 * /api/v1/public/open-data/schema.json); keyed by column so a new column cannot go undocumented.
 */
const record: Record<Column, SchemaObject> = {
  receipt_number: { type: 'string', nullable: true, description: 'Receipt number (受付番号)' },
  fiscal_year: { type: 'integer', description: '年度' },
  title: { type: 'string', description: '事業名' },
  origin: { type: 'string', enum: ['group', 'department'], description: '団体提案 / 市提案' },
  organization: { type: 'string', description: 'The proposing group or department, in Japanese (提案団体・部署)' },
  activity_fields: { type: 'string', description: 'Activity-field keys separated by `;` (活動分野)' },
  requested_amount: { type: 'integer', minimum: 0, nullable: true, description: 'Yen (申請額)' },
  decision: {
    type: 'string',
    enum: ['adopted', 'adoptedWithConditions', 'notAdopted', null],
    nullable: true,
    description: '審査結果',
  },
  document_total: { type: 'number', minimum: 0, maximum: 100, nullable: true, description: '書類審査 on 100' },
  presentation_total: {
    type: 'number',
    minimum: 0,
    maximum: 100,
    nullable: true,
    description: '公開プレゼン on 100',
  },
  committee_comment: { type: 'string', nullable: true, description: 'The committee’s comment (講評)' },
  published_at: { type: 'string', format: 'date-time', description: '公表日時' },
};

/** The open-data JSON and the JSON Schema that describes it. */
export const OPEN_DATA_SCHEMAS: Record<string, SchemaObject> = {
  OpenData: {
    type: 'object',
    description: 'A `.json` open-data file: the columns (always all, in this order) and one record per proposal',
    required: ['columns', 'records'],
    properties: {
      columns: { type: 'array', items: { type: 'string', enum: [...OPEN_DATA_COLUMNS] } },
      records: { type: 'array', items: ref('OpenDataRecord') },
    },
  },
  OpenDataRecord: {
    type: 'object',
    description: 'The latest decision package of one disclosed proposal, as a flat row',
    required: [...OPEN_DATA_COLUMNS],
    properties: record,
  },
  OpenDataJsonSchema: {
    type: 'object',
    description:
      'A JSON Schema (draft 2020-12) of the `.json` open-data files, the one the ZIP carries as schema.json; ' +
      'its `properties` are what OpenData documents here',
    required: ['$schema', '$id', 'title', 'type', 'required', 'properties'],
    properties: {
      $schema: { type: 'string', format: 'uri' },
      $id: { type: 'string', format: 'uri' },
      title: { type: 'string' },
      type: { type: 'string', enum: ['object'] },
      required: { type: 'array', items: { type: 'string' } },
      properties: { type: 'object', additionalProperties: true, description: 'JSON Schema of each member' },
    },
  },
};
