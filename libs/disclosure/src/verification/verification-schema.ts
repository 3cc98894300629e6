import { AUDIT_HEAD_COLUMNS, RESULT_COLUMNS, SCORE_MATRIX_COLUMNS, VERIFICATION_FORMAT } from './verification-columns';

const text = { type: 'object', required: ['ja', 'en'], properties: { ja: {}, en: {} } };
const decimal = (description: string) => ({ type: 'string', pattern: '^-?\\d+(\\.\\d+)?$', description });
const optionalDecimal = (description: string) => ({ type: 'string', pattern: '^(-?\\d+(\\.\\d+)?)?$', description });
const integer = (description: string) => ({ type: 'string', pattern: '^\\d+$', description });
const uuid = (description: string) => ({ type: 'string', format: 'uuid', description });
const row = (columns: readonly string[], properties: Record<string, object>) => ({
  type: 'object',
  additionalProperties: false,
  required: [...columns],
  properties,
});

/**
 * The published JSON Schema (draft 2020-12) of the verification files: rule.json as it is, and one row of each CSV
 * (scores.csv, results.csv, audit-heads.csv) as an object of its columns' texts. Columns are stable.
 */
export const VERIFICATION_JSON_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://kyodo.jp/schemas/verification-v1.json',
  title: 'Kyodo open data: the rule, the anonymised score matrix and the published results / 検証用データ',
  $ref: '#/$defs/rule',
  $defs: {
    rule: {
      type: 'object',
      description: 'rule.json: どのように集計したか（項目の合わせ方、端数処理、同点の順位の決め方）',
      required: ['format', 'method', 'rounding', 'rounding_note', 'stages'],
      properties: {
        format: { const: VERIFICATION_FORMAT },
        method: { type: 'object', required: ['ja', 'en'], description: '計算の手順（日本語・英語）' },
        rounding: { ...text, description: '端数処理の規則' },
        rounding_note: { ...text, description: '公表に添える端数処理の注記' },
        stages: {
          type: 'array',
          items: {
            type: 'object',
            additionalProperties: false,
            required: [
              'call_id',
              'stage',
              'rubric_version',
              'scoring',
              'scoring_text',
              'criteria',
              'full_marks',
              'conflict_rule',
              'tie_break',
              'tie_break_text',
              'score_decimals',
            ],
            properties: {
              call_id: { type: 'string', format: 'uuid', description: '募集回' },
              stage: { enum: ['document', 'presentation'], description: '書類審査 / 公開プレゼン' },
              rubric_version: { type: 'integer', description: '評価シートの版' },
              scoring: { enum: ['proportional', 'range'], description: '項目の得点の数え方' },
              scoring_text: text,
              criteria: {
                type: 'array',
                items: {
                  type: 'object',
                  additionalProperties: false,
                  required: ['key', 'label', 'weight', 'scale_min', 'scale_max'],
                  properties: {
                    key: { type: 'string' },
                    label: text,
                    weight: { type: 'number', description: '配点' },
                    scale_min: { type: 'number', description: '評価点の最低' },
                    scale_max: { type: 'number', description: '評価点の最高' },
                  },
                },
              },
              full_marks: { type: 'number', description: '評価シートの満点（配点の和）' },
              conflict_rule: {
                enum: ['renormalize', 'substitute_mean'],
                description: '利害関係で採点しなかった委員の扱い（平均はどちらでも同じ）',
              },
              tie_break: { enum: ['committee', 'majority', 'lower_amount', 'rank_sum'], description: '同点の順位' },
              tie_break_text: text,
              score_decimals: {
                type: 'object',
                required: ['min', 'max'],
                properties: { min: { type: 'integer' }, max: { type: 'integer' } },
                description: '公表する合計点の小数桁（max 桁で四捨五入）',
              },
            },
          },
        },
      },
    },
    scoresRow: row(SCORE_MATRIX_COLUMNS, {
      call_id: uuid('募集回'),
      proposal_id: uuid('提案'),
      receipt_number: { type: 'string', description: '受付番号' },
      stage: { enum: ['document', 'presentation'] },
      scorer: {
        type: 'string',
        pattern: '^委員[A-Z]+$',
        description: '委員の仮名（募集回・審査段階ごと。氏名とは結びつきません）',
      },
      criterion_key: { type: 'string', description: 'rule.json の criteria[].key' },
      score: decimal('評価点（評価項目の尺度のまま）'),
    }),
    resultsRow: row(RESULT_COLUMNS, {
      call_id: uuid('募集回'),
      proposal_id: uuid('提案'),
      receipt_number: { type: 'string', description: '受付番号' },
      title: { type: 'string', description: '事業名' },
      stage: { enum: ['document', 'presentation'] },
      rubric_version: integer('評価シートの版'),
      scorers: integer('採点した委員の数'),
      points: optionalDecimal('公表した合計点（評価シートの満点のまま）。古い公開には無く空です'),
      full_marks: optionalDecimal('評価シートの満点'),
      total: decimal('公表した100点換算（小数第2位まで）'),
      rank: integer('公表した順位'),
      ranked: integer('その審査段階で順位をつけた提案の数（すべて公開されていれば順位を照合できます）'),
      requested_amount: { type: 'string', description: '見積金額（円。lower_amount の同点処理に使います）' },
    }),
    auditHeadsRow: row(AUDIT_HEAD_COLUMNS, {
      call_id: uuid('募集回'),
      proposal_id: uuid('提案'),
      receipt_number: { type: 'string' },
      package_kind: { enum: ['decision'] },
      package_version: integer('公開の版'),
      stream: { type: 'string', description: '記録（監査ログ）の系列' },
      seq: integer('公開時点の最後の記録の番号'),
      hash: { type: 'string', pattern: '^[0-9a-f]{64}$', description: 'その記録のハッシュ（SHA-256）' },
    }),
  },
} as const;
