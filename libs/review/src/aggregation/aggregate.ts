import type { CriterionDefinition, RubricDefinition } from '../rubric-definition';
import { type ScoreDecimals, type StageDisplay, stageDisplay } from './display';
import { Fraction, mean, sum, ZERO } from './fraction';
import { breakTie, type TieBreakRule } from './tie-break';
import { criterionPoints, fullMarksOf, onHundred, type ScoringMethod, scoringOf } from './scoring';

export type ConflictRule = 'renormalize' | 'substitute_mean';

export interface SheetScores {
  reviewerId: string;
  scores: Record<string, number>;
}

export interface ProposalSheets {
  proposalId: string;
  sheets: SheetScores[];
  /** Panel members recused for a conflict: no sheet of theirs exists. */
  recused: string[];
}

export interface CriterionStats {
  key: string;
  count: number;
  mean: number;
  median: number;
  min: number;
  max: number;
  /** Population standard deviation. */
  stdDev: number;
  disagreement: boolean;
  /** The points the mean earns of the criterion's weight, by the rubric's scoring method. */
  points: number;
}

export interface ProposalResult {
  proposalId: string;
  criteria: CriterionStats[];
  /** Weighted total on 100 (100点換算); the adoption line and the ranking use it. */
  total: number;
  /** The same total on the rubric's own full marks (e.g. 48.6 of 60). */
  points: number;
  fullMarks: number;
  scoring: ScoringMethod;
  /** The figures as a municipality publishes them, rounded once for display. */
  display: StageDisplay;
  /** Competition rank after the call's tie-break rule (1, 2, 2, 4 where it leaves a tie). */
  rank: number;
  /** The proposals with the same total, whether or not the rule then ordered them. */
  tiedWith: string[];
  /** Where the total was tied: the rule applied, and whether it gave this proposal a place of its own. */
  tieBreak: { rule: TieBreakRule; resolved: boolean } | null;
  passes: boolean;
  conflictRule: ConflictRule;
  substituted: number;
}

export interface AggregationOptions {
  conflictRule: ConflictRule;
  /** Adoption line as a percentage of full marks, e.g. 60. */
  thresholdPercent: number;
  /** A criterion whose max − min reaches this is flagged for discussion. */
  disagreementSpread: number;
  /** How tied totals are ordered (tie-break.ts); absent, the committee decides (the tie is kept). */
  tieBreak?: TieBreakRule;
  /** 見積金額 by proposal, for `lower_amount`. */
  requestedAmounts?: ReadonlyMap<string, number | null>;
  /** Decimals a displayed score shows (default: up to two, trailing zeros dropped). */
  scoreDecimals?: ScoreDecimals;
  /** Whether the display adds the 100-point conversion (100点換算) beside the total on full marks. */
  showOnHundred?: boolean;
}

export const DEFAULT_SCORE_DECIMALS: ScoreDecimals = { min: 0, max: 2 };

/**
 * One stage of a call: per-criterion statistics, the total on the rubric's full
 * marks and on 100, each item counted by the rubric's scoring method,
 * rank with ties reported (never broken), pass/fail at the adoption line.
 *
 * Conflict rules. `renormalize` computes over the sheets that exist.
 * `substitute_mean` stands the others' mean in for each recused member's
 * missing score. Means and so totals agree under both rules; medians and
 * spreads do not, which is why the rule applied is part of every result.
 */
export function aggregateStage(
  rubric: RubricDefinition,
  proposals: ProposalSheets[],
  options: AggregationOptions,
): ProposalResult[] {
  const fullMarks = fullMarksOf(rubric);
  const method = scoringOf(rubric);
  const decimals = options.scoreDecimals ?? DEFAULT_SCORE_DECIMALS;
  const exact = proposals.map((proposal) => {
    const criteria = rubric.criteria.map((criterion) => {
      const values = criterionValues(criterion, proposal, options.conflictRule);
      return { ...values, points: criterionPoints(criterion, values.meanExact, method) };
    });
    const points = sum(criteria.map((c) => c.points));
    return { proposal, criteria, points, total: onHundred(points, fullMarks) };
  });
  const threshold = Fraction.decimal(options.thresholdPercent);
  const ranked = [...exact].sort(
    (a, b) => b.total.compare(a.total) || (a.proposal.proposalId < b.proposal.proposalId ? -1 : 1),
  );
  // Sorted, so equal totals are neighbours: one pass gives ranks (1, 2, 2, 4) and tie groups.
  const groups: Array<typeof ranked> = [];
  for (const row of ranked) {
    const last = groups[groups.length - 1];
    if (last && last[0]!.total.compare(row.total) === 0) last.push(row);
    else groups.push([row]);
  }
  const rule = options.tieBreak ?? 'committee';
  const placed = new Map<
    (typeof ranked)[number],
    { rank: number; tiedWith: string[]; tieBreak: ProposalResult['tieBreak'] }
  >();
  let position = 1;
  for (const group of groups) {
    const ids = group.map((o) => o.proposal.proposalId);
    const rowOf = new Map(group.map((row) => [row.proposal.proposalId, row]));
    const places =
      group.length === 1
        ? [group]
        : breakTie(
            rule,
            group.map((row) => ({
              proposalId: row.proposal.proposalId,
              scorerTotals: new Map(row.proposal.sheets.map((s) => [s.reviewerId, sheetTotal(rubric, s.scores)])),
              requestedAmount: options.requestedAmounts?.get(row.proposal.proposalId) ?? null,
            })),
          ).map((place) => place.map((entry) => rowOf.get(entry.proposalId)!));
    for (const place of places) {
      for (const row of place) {
        const own = row.proposal.proposalId;
        placed.set(row, {
          rank: position,
          tiedWith: group.length === 1 ? [] : ids.filter((id) => id !== own),
          tieBreak: group.length === 1 ? null : { rule, resolved: place.length === 1 },
        });
      }
      position += place.length;
    }
  }
  const inRankOrder = [...ranked].sort((a, b) => placed.get(a)!.rank - placed.get(b)!.rank);
  return inRankOrder.map((row) => {
    const { rank, tiedWith, tieBreak } = placed.get(row)!;
    return {
      proposalId: row.proposal.proposalId,
      criteria: row.criteria.map((c, i) => ({
        key: rubric.criteria[i]!.key,
        count: c.values.length,
        mean: c.meanExact.toHundredths(),
        median: median(c.values).toHundredths(),
        min: c.values.length ? minOf(c.values).toHundredths() : 0,
        max: c.values.length ? maxOf(c.values).toHundredths() : 0,
        stdDev: stdDev(c.values),
        disagreement:
          c.values.length > 1 &&
          maxOf(c.values).sub(minOf(c.values)).compare(Fraction.decimal(options.disagreementSpread)) >= 0,
        points: c.points.toHundredths(),
      })),
      total: row.total.toHundredths(),
      points: row.points.toHundredths(),
      fullMarks: fullMarks.toHundredths(),
      scoring: method,
      display: stageDisplay({
        criteria: row.criteria.map((c, i) => ({
          definition: rubric.criteria[i]!,
          mean: c.meanExact,
          points: c.points,
        })),
        total: row.points,
        fullMarks,
        onHundred: options.showOnHundred ? row.total : null,
        scorers: row.proposal.sheets.length,
        decimals,
      }),
      rank,
      tiedWith,
      tieBreak,
      passes: row.total.compare(threshold) >= 0,
      conflictRule: options.conflictRule,
      substituted: row.criteria[0]?.substituted ?? 0,
    };
  });
}

function criterionValues(criterion: CriterionDefinition, proposal: ProposalSheets, rule: ConflictRule) {
  const scored = proposal.sheets
    .map((sheet) => sheet.scores[criterion.key])
    .filter((v): v is number => typeof v === 'number')
    .map(Fraction.decimal);
  const meanExact = scored.length ? mean(scored) : ZERO;
  if (rule === 'substitute_mean' && scored.length > 0) {
    const substitutes = proposal.recused.map(() => meanExact);
    return { values: [...scored, ...substitutes], meanExact, substituted: substitutes.length };
  }
  return { values: scored, meanExact, substituted: 0 };
}

/** One scorer's sheet on the same scale as the proposal's total, by the rubric's method (for the tie-break rules). */
function sheetTotal(rubric: RubricDefinition, scores: Record<string, number>): Fraction {
  const method = scoringOf(rubric);
  const points = sum(
    rubric.criteria.map((c) => criterionPoints(c, Fraction.decimal(scores[c.key] ?? c.scale.min), method)),
  );
  return onHundred(points, fullMarksOf(rubric));
}

const minOf = (values: Fraction[]) => values.reduce((a, b) => (b.compare(a) < 0 ? b : a));
const maxOf = (values: Fraction[]) => values.reduce((a, b) => (b.compare(a) > 0 ? b : a));

function median(values: Fraction[]): Fraction {
  if (values.length === 0) return ZERO;
  const sorted = [...values].sort((a, b) => a.compare(b));
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : sorted[middle - 1]!.add(sorted[middle]!).div(Fraction.of(2));
}

/**
 * Population standard deviation: exact variance, one square root, rounded to
 * hundredths. Variance as mean(v²) − mean(v)², the same number exactly, so
 * integer scores stay on the integer fast path of Fraction.
 */
function stdDev(values: Fraction[]): number {
  if (values.length === 0) return 0;
  const m = mean(values);
  const variance = mean(values.map((v) => v.mul(v))).sub(m.mul(m));
  return Math.round(Math.sqrt(variance.toNumber()) * 100) / 100;
}
