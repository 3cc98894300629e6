import { OPEN_DATA_COLUMNS } from './open-data-columns';

/** The published JSON Schema of the open-data JSON (draft 2020-12); columns are stable. */
export const OPEN_DATA_JSON_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://kyodo.jp/schemas/open-data-v1.json',
  title: 'Kyodo open data: disclosed proposals of a call / 協働事業提案 公開データ',
  type: 'object',
  required: ['columns', 'records'],
  properties: {
    columns: { type: 'array', items: { enum: [...OPEN_DATA_COLUMNS] } },
    records: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: [...OPEN_DATA_COLUMNS],
        properties: {
          receipt_number: { type: ['string', 'null'], description: '受付番号' },
          fiscal_year: { type: 'integer', description: '年度' },
          title: { type: 'string', description: '事業名' },
          origin: { enum: ['group', 'department'], description: '団体提案 / 市提案' },
          organization: { type: 'string', description: '提案団体・部署' },
          activity_fields: { type: 'string', description: '活動分野（; 区切りのキー）' },
          requested_amount: { type: ['integer', 'null'], description: '申請額（円）' },
          decision: { enum: ['adopted', 'adoptedWithConditions', 'notAdopted', null], description: '審査結果' },
          document_total: { type: ['number', 'null'], description: '書類審査の点数（100点満点）' },
          presentation_total: { type: ['number', 'null'], description: '公開プレゼンの点数（100点満点）' },
          committee_comment: { type: ['string', 'null'], description: '講評' },
          published_at: { type: 'string', format: 'date-time', description: '公表日時' },
        },
      },
    },
  },
} as const;

export const OPEN_DATA_README = `Kyodo open data / 協働事業提案 公開データ

records.csv   UTF-8 (with BOM for Excel), RFC 4180, CRLF; a cell beginning with = + - @ is prefixed with '
records.json  {"columns": [...], "records": [...]}, described by schema.json (JSON Schema 2020-12)

Columns / 項目: ${OPEN_DATA_COLUMNS.join(', ')}
Scores are on 100, computed exactly and rounded once to two decimals.
点数は100点満点に換算し、正確に計算したうえで最後に一度だけ小数第2位に四捨五入しています。
No personal data is included. 個人情報は含みません。
`;
