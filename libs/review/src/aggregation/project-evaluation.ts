import { Fraction } from './fraction';

export interface ProjectEvaluationInput {
  items: string[];
  group: Record<string, number>;
  department: Record<string, number>;
  /** The committee's third-party total on 100. */
  committeeTotal: number;
  /** The self-evaluation scale (e.g. 1–5); a score counts as (score − min) / (max − min). */
  itemMin: number;
  itemMax: number;
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
 */
export function evaluateProject(input: ProjectEvaluationInput) {
  const bands = input.bands ?? { A: 80, B: 60 };
  const items = input.items.map((key) => {
    const g = input.group[key] ?? null;
    const d = input.department[key] ?? null;
    return { key, group: g, department: d, differsBy2: g !== null && d !== null && Math.abs(g - d) >= 2 };
  });
  const range = Fraction.decimal(input.itemMax - input.itemMin);
  const onHundred = (scores: Record<string, number>) =>
    input.items
      .reduce((acc, key) => acc.add(Fraction.decimal((scores[key] ?? input.itemMin) - input.itemMin)), Fraction.of(0))
      .div(range.mul(Fraction.of(input.items.length)))
      .mul(Fraction.of(100));
  const group = onHundred(input.group);
  const department = onHundred(input.department);
  const committee = Fraction.decimal(input.committeeTotal);
  const { group: wg, department: wd, committee: wc } = input.weights;
  const combined = group
    .mul(Fraction.decimal(wg))
    .add(department.mul(Fraction.decimal(wd)))
    .add(committee.mul(Fraction.decimal(wc)))
    .div(Fraction.decimal(wg + wd + wc));
  const verdict =
    combined.compare(Fraction.decimal(bands.A)) >= 0
      ? 'A'
      : combined.compare(Fraction.decimal(bands.B)) >= 0
        ? 'B'
        : 'C';
  return {
    items,
    mutualEvaluationItems: items.filter((i) => i.differsBy2).map((i) => i.key),
    totals: {
      group: group.toHundredths(),
      department: department.toHundredths(),
      committee: committee.toHundredths(),
      combined: combined.toHundredths(),
    },
    verdict: verdict as 'A' | 'B' | 'C',
    kpis: input.kpis.map((kpi) => ({
      ...kpi,
      achievementPercent:
        kpi.actual === null || kpi.target === 0
          ? null
          : Fraction.decimal(kpi.actual).div(Fraction.decimal(kpi.target)).mul(Fraction.of(100)).toHundredths(),
    })),
  };
}
