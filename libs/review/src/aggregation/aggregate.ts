import type { CriterionDefinition, RubricDefinition } from '../rubric-definition';
import { Fraction, mean, sum, ZERO } from './fraction';

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
}

export interface ProposalResult {
  proposalId: string;
  criteria: CriterionStats[];
  /** Weighted total on 100. */
  total: number;
  rank: number;
  tiedWith: string[];
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
}

/**
 * One stage of a call: per-criterion statistics, the weighted total on 100,
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
  const weightSum = sum(rubric.criteria.map((c) => Fraction.decimal(c.weight)));
  const exact = proposals.map((proposal) => {
    const criteria = rubric.criteria.map((criterion) => criterionValues(criterion, proposal, options.conflictRule));
    const total = sum(
      rubric.criteria.map((criterion, i) =>
        normalised(criterion, criteria[i]!.meanExact).mul(Fraction.decimal(criterion.weight)),
      ),
    )
      .mul(Fraction.of(100))
      .div(weightSum);
    return { proposal, criteria, total };
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
  const placed = new Map<(typeof ranked)[number], { rank: number; tiedWith: string[] }>();
  let position = 1;
  for (const group of groups) {
    const ids = group.map((o) => o.proposal.proposalId);
    for (const row of group) {
      const own = row.proposal.proposalId;
      placed.set(row, { rank: position, tiedWith: group.length === 1 ? [] : ids.filter((id) => id !== own) });
    }
    position += group.length;
  }
  return ranked.map((row) => {
    const { rank, tiedWith } = placed.get(row)!;
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
      })),
      total: row.total.toHundredths(),
      rank,
      tiedWith,
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

/** Position of a mean on the criterion's scale, 0..1. */
function normalised(criterion: CriterionDefinition, value: Fraction): Fraction {
  const min = Fraction.decimal(criterion.scale.min);
  return value.sub(min).div(Fraction.decimal(criterion.scale.max).sub(min));
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
