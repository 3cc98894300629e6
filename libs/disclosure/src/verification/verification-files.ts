import { ROUNDING_NOTE, ROUNDING_RULE, SCORING_METHOD_TEXT, TIE_BREAK_LABELS } from '@kyodo/review';
import { toCsv } from '../csv';
import type { PackageView } from '../publications/publication-package';
import { AUDIT_HEAD_COLUMNS, RESULT_COLUMNS, SCORE_MATRIX_COLUMNS, VERIFICATION_FORMAT } from './verification-columns';

/** A latest decision package as open data reads it. */
export interface PublishedDecision {
  proposalId: string;
  version: number;
  package: PackageView;
}

const STAGES = ['document', 'presentation'] as const;

/**
 * The files that let anyone recompute a call's published totals and ranks: the anonymised score matrix
 * (scores.csv), the published figures (results.csv), the rule that aggregated them (rule.json) and where each
 * package's audit chain ended (audit-heads.csv). Built from the published packages only.
 */
export function verificationFiles(rows: PublishedDecision[]): {
  csvs: { scores: string; results: string; 'audit-heads': string };
  rule: string;
} {
  const ordered = [...rows].sort(
    (a, b) =>
      String(a.package.call.id).localeCompare(String(b.package.call.id)) ||
      String(a.package.proposal.receiptNumber).localeCompare(String(b.package.proposal.receiptNumber)) ||
      a.proposalId.localeCompare(b.proposalId),
  );
  const scores: Array<Array<string | number | null>> = [];
  const results: Array<Array<string | number | null>> = [];
  const heads: Array<Array<string | number | null>> = [];
  const rules = new Map<string, object>();
  for (const { proposalId, version, package: p } of ordered) {
    const callId = p.call.id ?? null;
    const verification = p.verification;
    if (verification?.auditHead) {
      const head = verification.auditHead;
      heads.push([callId, proposalId, p.proposal.receiptNumber, 'decision', version, head.stream, head.seq, head.hash]);
    }
    for (const stage of STAGES) {
      const matrix = verification?.scoreMatrix[stage];
      const published = p.scores?.[stage];
      if (!matrix || !published) continue;
      for (const sheet of matrix.sheets) {
        for (const criterion of matrix.criteria) {
          const value = sheet.scores[criterion.key];
          if (typeof value !== 'number') continue;
          scores.push([callId, proposalId, p.proposal.receiptNumber, stage, sheet.scorer, criterion.key, value]);
        }
      }
      results.push([
        callId,
        proposalId,
        p.proposal.receiptNumber,
        p.proposal.title,
        stage,
        matrix.rubricVersion,
        matrix.sheets.length,
        published.display?.total ?? null,
        published.display?.fullMarks ?? null,
        published.total,
        published.rank ?? null,
        matrix.ranked,
        p.proposal.requestedAmount ?? null,
      ]);
      const fullMarks = matrix.criteria.reduce((acc, c) => acc + c.weight, 0);
      // One rule per call and stage; the latest rubric version wins where packages of one stage differ.
      const key = `${callId}\u0000${stage}`;
      const known = rules.get(key) as { rubric_version: number } | undefined;
      if (known && known.rubric_version >= matrix.rubricVersion) continue;
      rules.set(key, {
        call_id: callId,
        stage,
        rubric_version: matrix.rubricVersion,
        scoring: matrix.scoring,
        scoring_text: SCORING_METHOD_TEXT[matrix.scoring],
        criteria: matrix.criteria.map((c) => ({
          key: c.key,
          label: c.label,
          weight: c.weight,
          scale_min: c.scale.min,
          scale_max: c.scale.max,
        })),
        full_marks: fullMarks,
        conflict_rule: matrix.conflictRule,
        tie_break: matrix.tieBreak,
        tie_break_text: TIE_BREAK_LABELS[matrix.tieBreak],
        score_decimals: matrix.scoreDecimals,
      });
    }
  }
  const rule = {
    format: VERIFICATION_FORMAT,
    method: METHOD,
    rounding: ROUNDING_RULE,
    rounding_note: ROUNDING_NOTE,
    stages: [...rules.values()],
  };
  return {
    csvs: {
      scores: toCsv([...SCORE_MATRIX_COLUMNS], scores),
      results: toCsv([...RESULT_COLUMNS], results),
      'audit-heads': toCsv([...AUDIT_HEAD_COLUMNS], heads),
    },
    rule: JSON.stringify(rule, null, 2),
  };
}

/** How the criteria combine, in words; verify.mjs does exactly this. */
const METHOD = {
  ja: [
    '1. 項目ごとに、採点した委員の点数の平均（分数のまま）を求めます。',
    '2. 項目の得点 = proportional: 配点×平均÷満点の評価点 / range: 配点×（平均−最低点）÷（最高点−最低点）。',
    '3. 合計点 = 項目の得点の和（評価シートの満点 full_marks のまま）。score_decimals.max 桁で一度だけ四捨五入して公表します（results.csv の points）。',
    '4. 100点換算 = 合計点×100÷full_marks。小数第2位までに一度だけ四捨五入します（results.csv の total）。',
    '5. 順位 = 100点換算（丸める前）の高い順、同点は tie_break の規則で順位を決め、決まらなければ同順位（1, 2, 2, 4）。',
    '   majority: 同点の提案すべてを採点した委員それぞれが自分の採点で単独1位とした数の多い順。rank_sum: その委員ごとの順位の合計が小さい順（採点のない項目は最低点）。lower_amount: 見積金額（requested_amount）の低い順。committee: 委員会が決めるため同順位のまま。',
  ],
  en: [
    '1. For each criterion, the mean of the scores the scorers gave (exact, as a fraction).',
    '2. Its points = proportional: weight × mean ÷ scale max; range: weight × (mean − scale min) ÷ (scale max − scale min).',
    '3. The total on full marks = the sum of the points, rounded once, half up, to score_decimals.max decimals (results.csv points).',
    '4. On 100 = total × 100 ÷ full_marks, rounded once, half up, to two decimals (results.csv total).',
    '5. Rank = by the unrounded total on 100, highest first; equal totals are ordered by tie_break, and stay level where it cannot order them (1, 2, 2, 4).',
    '   majority: the proposal more scorers (of those who scored every tied proposal) placed alone first; rank_sum: the smallest sum of each such scorer’s ranks (a missing item counts as the scale min); lower_amount: the lower requested_amount first; committee: kept level for the committee.',
  ],
};
