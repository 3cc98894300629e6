import type { RubricDefinition } from '../rubric-definition';
import { Fraction, sum } from './fraction';
import { criterionPoints, fullMarksOf, onHundred, scoringOf } from './scoring';

export type ProjectParty = 'group' | 'department' | 'committee';

export interface ProjectEvaluationInput {
  /** The call's project_end rubric: its items, weights, scales and scoring method. */
  rubric: RubricDefinition;
  /** A partner's self-evaluation, or null when it has not been submitted. */
  group: Record<string, number> | null;
  department: Record<string, number> | null;
  /** The committee's third-party total on 100, or null when its sheets are not in. */
  committeeTotal: number | null;
  weights: { group: number; department: number; committee: number };
  /** Lower bounds on 100 for A and B; below B is C. */
  bands?: { A: number; B: number };
  kpis: Array<{ name: string; unit: string; target: number; actual: number | null }>;
}

/**
 * 事業評価: both partners' self-evaluations side by side (items 2 or more
 * apart seed the mutual evaluation 相互評価), the committee's third-party
 * evaluation, combined by the call's weights (e.g. 20/20/60) into an A/B/C
 * verdict, and KPIs planned against actual.
 *
 * A self-evaluation counts item by item as the committee's sheets do (the rubric's weights and scoring method).
 * A part that is not there — a self-evaluation not submitted or with an item unscored, the committee's sheets not
 * in — is named in `missing` and never taken as zero: then there is no combined total and no verdict.
 */
export function evaluateProject(input: ProjectEvaluationInput) {
  const bands = input.bands ?? { A: 80, B: 60 };
  const keys = input.rubric.criteria.map((c) => c.key);
  const items = keys.map((key) => {
    const g = input.group?.[key] ?? null;
    const d = input.department?.[key] ?? null;
    return { key, group: g, department: d, differsBy2: g !== null && d !== null && Math.abs(g - d) >= 2 };
  });
  const method = scoringOf(input.rubric);
  const fullMarks = fullMarksOf(input.rubric);
  const selfTotal = (scores: Record<string, number> | null): Fraction | null => {
    if (!scores || input.rubric.criteria.some((c) => typeof scores[c.key] !== 'number')) return null;
    return onHundred(
      sum(input.rubric.criteria.map((c) => criterionPoints(c, Fraction.decimal(scores[c.key]!), method))),
      fullMarks,
    );
  };
  const group = selfTotal(input.group);
  const department = selfTotal(input.department);
  const committee = input.committeeTotal === null ? null : Fraction.decimal(input.committeeTotal);
  const missing = (
    [
      ['group', group],
      ['department', department],
      ['committee', committee],
    ] as const
  )
    .filter(([, total]) => total === null)
    .map(([party]) => party);
  const { group: wg, department: wd, committee: wc } = input.weights;
  const combined =
    group && department && committee
      ? group
          .mul(Fraction.decimal(wg))
          .add(department.mul(Fraction.decimal(wd)))
          .add(committee.mul(Fraction.decimal(wc)))
          .div(Fraction.decimal(wg + wd + wc))
      : null;
  const verdict: 'A' | 'B' | 'C' | null = !combined
    ? null
    : combined.compare(Fraction.decimal(bands.A)) >= 0
      ? 'A'
      : combined.compare(Fraction.decimal(bands.B)) >= 0
        ? 'B'
        : 'C';
  return {
    items,
    mutualEvaluationItems: items.filter((i) => i.differsBy2).map((i) => i.key),
    scoring: method,
    totals: {
      group: group?.toHundredths() ?? null,
      department: department?.toHundredths() ?? null,
      committee: committee?.toHundredths() ?? null,
      combined: combined?.toHundredths() ?? null,
    },
    missing: missing as ProjectParty[],
    verdict,
    kpis: input.kpis.map((kpi) => ({
      ...kpi,
      achievementPercent:
        kpi.actual === null || kpi.target === 0
          ? null
          : Fraction.decimal(kpi.actual).div(Fraction.decimal(kpi.target)).mul(Fraction.of(100)).toHundredths(),
    })),
  };
}
