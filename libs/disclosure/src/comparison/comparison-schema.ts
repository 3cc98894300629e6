import { COMPARISON_COLUMNS } from './comparison-dataset';

/** The published JSON Schema of the cross-municipality dataset's JSON (draft 2020-12); columns are stable. */
export const COMPARISON_JSON_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://kyodo.jp/schemas/comparison-v1.json',
  title: 'Kyodo open data: collaborative-project proposals across municipalities / 協働事業提案 自治体間比較データ',
  type: 'object',
  required: ['columns', 'records'],
  properties: {
    columns: { type: 'array', items: { enum: [...COMPARISON_COLUMNS] } },
    records: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: [...COMPARISON_COLUMNS],
        properties: {
          local_government_code: {
            type: 'string',
            pattern: '^[0-9]{6}$',
            description: '全国地方公共団体コード（6桁、検査数字を含む）',
          },
          municipality_code: { type: 'string', description: 'この公開サイトでの自治体の識別子' },
          municipality_ja: { type: 'string', description: '自治体名' },
          municipality_en: { type: 'string', description: 'Municipality (English)' },
          fiscal_year: { type: 'integer', description: '年度（西暦）' },
          fiscal_year_wareki: { type: 'string', description: '年度（和暦）：令和8年度' },
          proposal_type: { enum: ['theme', 'free'], description: '提案の種類：テーマ設定型（行政提案） / 自由提案型' },
          proposer_kind: { enum: ['group', 'department'], description: '提案者：市民活動団体 / 市（担当課）' },
          activity_fields: { type: 'string', description: '活動分野（その自治体のキー、; 区切り）' },
          requested_amount: { type: ['integer', 'null'], description: '申請額（円）：審査結果の公表後のみ' },
          stage: {
            enum: ['screenedOut', 'withdrawn', 'inReview', 'provisional', 'notAdopted', 'adopted'],
            description: '到達段階：形式審査で不受理 / 取下げ / 審査中 / 採択内定 / 不採択 / 採択',
          },
          implemented: { type: 'boolean', description: '実施：採択され事業が始まった' },
          end_of_term_verdict: { type: ['string', 'null'], description: '期末評価（公表された事業評価の総合評価）' },
        },
      },
    },
  },
} as const;
