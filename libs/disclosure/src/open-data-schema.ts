import { OPEN_DATA_COLUMNS, OPEN_DATA_CRITERIA_COLUMNS } from './open-data-columns';
import { AUDIT_HEAD_COLUMNS, RESULT_COLUMNS, SCORE_MATRIX_COLUMNS } from './verification/verification-columns';

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
          origin: { enum: ['group', 'department'], description: '提案者：市民活動団体 / 市（担当課）' },
          proposal_type: { enum: ['theme', 'free'], description: '提案の種類：テーマ設定型（行政提案） / 自由提案型' },
          organization: { type: 'string', description: '提案団体・部署' },
          activity_fields: { type: 'string', description: '活動分野（; 区切りのキー）' },
          requested_amount: { type: ['integer', 'null'], description: '申請額（円）' },
          decision: { enum: ['adopted', 'adoptedWithConditions', 'notAdopted', null], description: '審査結果' },
          document_total: { type: ['number', 'null'], description: '書類審査の点数（100点換算）' },
          document_points: {
            type: ['number', 'null'],
            description: '書類審査の平均点（評価シートの満点のまま、募集回の表示桁数で四捨五入）',
          },
          document_full_marks: { type: ['number', 'null'], description: '書類審査の評価シートの満点' },
          presentation_total: { type: ['number', 'null'], description: '公開プレゼンの点数（100点換算）' },
          presentation_points: {
            type: ['number', 'null'],
            description: '公開プレゼンの平均点（評価シートの満点のまま）',
          },
          presentation_full_marks: { type: ['number', 'null'], description: '公開プレゼンの評価シートの満点' },
          committee_comment: { type: ['string', 'null'], description: '講評' },
          decision_provisional: {
            type: 'boolean',
            description: '採択内定（予算の成立待ち）なら true。予算の成否が決まると新しい版で false になります',
          },
          published_at: { type: 'string', format: 'date-time', description: '公表日時' },
        },
      },
    },
  },
} as const;

export const OPEN_DATA_README = `Kyodo open data / 協働事業提案 公開データ

records.csv        UTF-8 (with BOM for Excel), RFC 4180, CRLF; a cell beginning with = + - @ is prefixed with '
records-sjis.csv   the same in Shift_JIS (CP932) for older office software; characters outside it become 〓 (counted below)
funnel.csv         (every call of a municipality) the statistics' counts: received, screened out, withdrawn, in review,
                   not adopted, adopted, implemented, adoption_rate and implementation_rate (÷ received, in percent,
                   rounded half up to one decimal), by fiscal_year (all = every year), dimension and key
records-sjis.csv などの -sjis.csv は Shift_JIS（CP932）版です。表せない文字は〓に置き換え、その数を末尾に記します。
records.json  {"columns": [...], "records": [...]}, described by schema.json (JSON Schema 2020-12)

criteria.csv  one row per criterion of each published stage (審査項目ごとの平均点)

Results anyone can check / 結果を誰でも確かめられるように:
scores.csv       the anonymised score matrix: each scorer's score per criterion per proposal and stage, under a
                 pseudonym (委員A, 委員B … per call and stage; never a name or an id) / 匿名化した採点表
results.csv      the published figures of each proposal and stage: points (on full marks), total (on 100), rank, and
                 how many proposals the stage ranked / 公表した合計点と順位
rule.json        the rule that aggregated them: criteria, weights, scales, scoring, rounding, tie-break order
                 (described by verification-schema.json, JSON Schema 2020-12) / 集計の規則
audit-heads.csv  where each published package's audit chain ended when it was built (stream, seq, SHA-256 hash); the
                 municipality's audit check can show the chain still ends there or continues from it / 記録の末尾
verify.mjs       run \`node verify.mjs\` in this folder (Node.js 18+, nothing else): it recomputes every total and
                 rank exactly from scores.csv and rule.json, prints OK or NG per proposal, and exits 0 only if all
                 match. このフォルダで node verify.mjs を実行すると、採点表から合計点と順位をすべて計算し直し、
                 提案ごとに OK / NG を表示します（すべて一致したときだけ終了コード 0）。

Columns / 項目: ${OPEN_DATA_COLUMNS.join(', ')}
criteria.csv: ${OPEN_DATA_CRITERIA_COLUMNS.join(', ')}
scores.csv: ${SCORE_MATRIX_COLUMNS.join(', ')}
results.csv: ${RESULT_COLUMNS.join(', ')}
audit-heads.csv: ${AUDIT_HEAD_COLUMNS.join(', ')}
*_points is the mean total on the rubric's own full marks (*_full_marks), e.g. 48.6 of 60, rounded once, half up, as
the call displays scores; *_total is the same converted to 100, rounded to two decimals. In criteria.csv, mean is on
the criterion's own scale (4.4 of scale_max 5) and points is what it earns of its weight.
*_points は評価シートの満点（*_full_marks）のままの平均点（例：60点満点で48.6点）、*_total は100点換算です。
点数は正確に計算し、最後に一度だけ四捨五入しています。criteria.csv の mean は各項目の平均点（scale_max 点満点）です。
端数処理の関係で、項目の合計が合計点と合わない場合があります。
No personal data is included. 個人情報は含みません。
`;
