import type { RubricDefinition } from '../rubric-definition';
import { singleItemRubric } from './aggregation.fixtures';
import { combineStages } from './combine-stages';
import { leniency } from './leniency';
import { evaluateProject } from './project-evaluation';

// Combining stages, the reviewers' leniency, and the end-of-term evaluation, against hand-computed figures.

describe('stage combination', () => {
  const totals = [
    { proposalId: 'p1', document: 70, presentation: 65 },
    { proposalId: 'p2', document: 55, presentation: 90 },
    { proposalId: 'p3', document: 80, presentation: 58 },
  ];

  it('threshold: stage 1 filters (p2 at 55 < 60 stops), stage 2 decides', () => {
    const results = combineStages(totals, { kind: 'threshold', stage1PassMark: 60 }, 60);
    expect(results.map((r) => [r.proposalId, r.passedStage1, r.combined, r.rank, r.adopted])).toEqual([
      ['p1', true, 65, 1, true],
      ['p2', false, null, null, false],
      ['p3', true, 58, 2, false],
    ]);
  });

  it('50/50: (70+65)/2 = 67.5, (55+90)/2 = 72.5, (80+58)/2 = 69', () => {
    const results = combineStages(totals, { kind: 'weighted', weights: { document: 50, presentation: 50 } }, 60);
    expect(results.map((r) => [r.proposalId, r.combined, r.rank])).toEqual([
      ['p1', 67.5, 3],
      ['p2', 72.5, 1],
      ['p3', 69, 2],
    ]);
  });

  it('reports a missing stage instead of counting it as zero', () => {
    const [result] = combineStages(
      [{ proposalId: 'p', document: 90, presentation: null }],
      { kind: 'weighted', weights: { document: 50, presentation: 50 } },
      60,
    );
    expect(result).toMatchObject({ combined: null, missing: ['presentation'], adopted: false });
  });
});

describe('leniency', () => {
  it('finds the reviewer who always scores one point higher', () => {
    // P1: 2, 2, 3 → 40, 40, 60 (mean 46.67); P2: 3, 3, 4 → 60, 60, 80 (mean 66.67).
    // Offsets: r1 = r2 = −6.67, r3 = +13.33.
    const sheets = (values: number[]) => values.map((x, i) => ({ reviewerId: `r${i + 1}`, scores: { x } }));
    const result = leniency(singleItemRubric(5), [
      { proposalId: 'p1', recused: [], sheets: sheets([2, 2, 3]) },
      { proposalId: 'p2', recused: [], sheets: sheets([3, 3, 4]) },
    ]);
    expect(result.map((r) => [r.reviewerId, r.offset])).toEqual([
      ['r3', 13.33],
      ['r1', -6.67],
      ['r2', -6.67],
    ]);
    expect(result[0]!.zScore).toBeGreaterThan(1);
  });
});

describe('project evaluation', () => {
  const items = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
  const rubric = (scoring: 'proportional' | 'range', min: number): RubricDefinition => ({
    titleJa: '事業評価',
    titleEn: 'Project',
    scoring,
    criteria: items.map((key) => ({ key, labelJa: key, labelEn: key, weight: 1, scale: { min, max: 5, step: 1 } })),
  });
  const weights = { group: 20, department: 20, committee: 60 };

  it('flags items 2 apart, combines 20/20/60 into a verdict and reports KPI achievement', () => {
    const group = Object.fromEntries(items.map((k, i) => [k, [5, 4, 4, 3, 3, 4, 5, 4][i]!])); // 32/40 = 80.00
    const department = { ...group, a: 3 }; // 30/40 = 75.00
    const result = evaluateProject({
      rubric: rubric('range', 0),
      group,
      department,
      committeeTotal: 70,
      weights,
      kpis: [{ name: '延べ利用者数', unit: '人', target: 1200, actual: 900 }],
    });
    // (80 × 20 + 75 × 20 + 70 × 60) / 100 = (1600 + 1500 + 4200) / 100 = 73.00 → B (60 ≤ 73 < 80)
    expect(result.mutualEvaluationItems).toEqual(['a']);
    expect(result.totals).toEqual({ group: 80, department: 75, committee: 70, combined: 73 });
    expect(result.verdict).toBe('B');
    expect(result.missing).toEqual([]);
    expect(result.kpis[0]!.achievementPercent).toBe(75);
  });

  it('counts self-evaluations by the rubric’s method: all 4s on 1–5 are 80 proportional (A), 75 range (B)', () => {
    const fours = Object.fromEntries(items.map((k) => [k, 4]));
    const proportional = evaluateProject({
      rubric: rubric('proportional', 1),
      group: fours,
      department: fours,
      committeeTotal: 80,
      weights,
      kpis: [],
    });
    const range = evaluateProject({
      rubric: rubric('range', 1),
      group: fours,
      department: fours,
      committeeTotal: 75,
      weights,
      kpis: [],
    });
    expect([proportional.totals.combined, proportional.verdict]).toEqual([80, 'A']);
    expect([range.totals.combined, range.verdict]).toEqual([75, 'B']);
  });

  it('never takes a missing part as zero: without the committee’s sheets there is no combined total and no verdict', () => {
    // Before: the committee counted 0, so 1–5 selves at 4 with range gave (75 × 20 + 75 × 20 + 0 × 60) / 100 = 30 → C.
    const fours = Object.fromEntries(items.map((k) => [k, 4]));
    const result = evaluateProject({
      rubric: rubric('range', 1),
      group: fours,
      department: fours,
      committeeTotal: null,
      weights,
      kpis: [],
    });
    expect(result.totals).toEqual({ group: 75, department: 75, committee: null, combined: null });
    expect(result.verdict).toBeNull();
    expect(result.missing).toEqual(['committee']);
    const partial = evaluateProject({
      rubric: rubric('range', 1),
      group: { ...fours, h: undefined as unknown as number },
      department: null,
      committeeTotal: 70,
      weights,
      kpis: [],
    });
    expect(partial.missing).toEqual(['group', 'department']);
    expect(partial.totals.combined).toBeNull();
  });
});
