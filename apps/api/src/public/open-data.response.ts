import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { OPEN_DATA_COLUMNS } from '@kyodo/disclosure';
import type { Timestamp } from '../openapi/answers';

/** The open-data JSON and the JSON Schema that describes it (libs/disclosure open-data-schema.ts). */

@ApiSchema({
  name: 'OpenDataRecord',
  description: 'The latest decision package of one disclosed proposal, as a flat row',
})
export class OpenDataRecordResponse {
  @ApiProperty({ type: 'string', nullable: true, description: 'Receipt number (受付番号)' })
  receipt_number: string | null;

  @ApiProperty({ type: 'integer', description: '年度' })
  fiscal_year: number;

  @ApiProperty({ type: 'string', description: '事業名' })
  title: string;

  @ApiProperty({ type: 'string', enum: ['group', 'department'], description: '提案者：市民活動団体 / 市（担当課）' })
  origin: string;

  @ApiProperty({ type: 'string', enum: ['theme', 'free'], description: '提案の種類：テーマ設定型 / 自由提案型' })
  proposal_type: string;

  @ApiProperty({ type: 'string', description: 'The proposing group or department, in Japanese (提案団体・部署)' })
  organization: string;

  @ApiProperty({ type: 'string', description: 'Activity-field keys separated by `;` (活動分野)' })
  activity_fields: string;

  @ApiProperty({ type: 'integer', minimum: 0, nullable: true, description: 'Yen (申請額)' })
  requested_amount: number | null;

  @ApiProperty({
    type: 'string',
    enum: ['adopted', 'adoptedWithConditions', 'notAdopted'],
    nullable: true,
    description: '審査結果',
  })
  decision: string | null;

  @ApiProperty({ type: 'number', minimum: 0, maximum: 100, nullable: true, description: '書類審査 on 100' })
  document_total: number | null;

  @ApiProperty({
    type: 'number',
    minimum: 0,
    nullable: true,
    description: '書類審査: the mean total on the rubric’s own full marks, rounded as the call displays it',
  })
  document_points: number | null;

  @ApiProperty({ type: 'number', minimum: 0, nullable: true, description: '書類審査: the rubric’s full marks' })
  document_full_marks: number | null;

  @ApiProperty({ type: 'number', minimum: 0, maximum: 100, nullable: true, description: '公開プレゼン on 100' })
  presentation_total: number | null;

  @ApiProperty({
    type: 'number',
    minimum: 0,
    nullable: true,
    description: '公開プレゼン: the mean total on the rubric’s own full marks',
  })
  presentation_points: number | null;

  @ApiProperty({ type: 'number', minimum: 0, nullable: true, description: '公開プレゼン: the rubric’s full marks' })
  presentation_full_marks: number | null;

  @ApiProperty({ type: 'string', nullable: true, description: 'The committee’s comment (講評)' })
  committee_comment: string | null;

  @ApiProperty({ type: 'string', format: 'date-time', description: '公表日時' })
  published_at: Timestamp;

  @ApiProperty({ type: 'boolean', description: '採択内定（予算の成立待ち）' })
  decision_provisional: boolean;
}

@ApiSchema({
  name: 'OpenData',
  description: 'A `.json` open-data file: the columns (always all, in this order) and one record per proposal',
})
export class OpenDataResponse {
  @ApiProperty({ type: 'array', items: { type: 'string', enum: [...OPEN_DATA_COLUMNS] } })
  columns: string[];

  @ApiProperty({ type: () => OpenDataRecordResponse, isArray: true })
  records: OpenDataRecordResponse[];
}

@ApiSchema({
  name: 'OpenDataJsonSchema',
  description:
    'A JSON Schema (draft 2020-12) of the `.json` open-data files, the one the ZIP carries as schema.json; its `properties` are what OpenData documents here',
})
export class OpenDataJsonSchemaResponse {
  @ApiProperty({ type: 'string', format: 'uri' })
  '$schema': string;

  @ApiProperty({ type: 'string', format: 'uri' })
  '$id': string;

  @ApiProperty({ type: 'string' })
  title: string;

  @ApiProperty({ type: 'string', enum: ['object'] })
  type: string;

  @ApiProperty({ type: 'array', items: { type: 'string' } })
  required: readonly string[];

  @ApiProperty({ type: 'object', additionalProperties: true, description: 'JSON Schema of each member' })
  properties: Record<string, unknown>;
}
