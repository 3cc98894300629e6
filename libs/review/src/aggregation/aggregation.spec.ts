import fc from 'fast-check';
import type { RubricDefinition } from '../rubric-definition';
import { rubricProblems } from '../rubric-definition';
import { RUBRIC_TEMPLATES } from '../rubric-templates';
import { aggregateStage, type ProposalSheets } from './aggregate';
import { singleItemRubric } from './aggregation.fixtures';
import { Fraction } from './fraction';

const options = { conflictRule: 'renormalize' as const, thresholdPercent: 60, disagreementSpread: 2 };
const uniform = (rubric: RubricDefinition, value: number) =>
  Object.fromEntries(rubric.criteria.map((c) => [c.key, value]));

describe('rubric templates', () => {
  it.each(Object.keys(RUBRIC_TEMPLATES))('%s is a valid rubric', (key) => {
    expect(rubricProblems(RUBRIC_TEMPLATES[key]!)).toEqual([]);
  });
});

describe('aggregation against hand-computed fixtures', () => {
  it('12 items × 5 points: every item at mean 4 is 4/5 of 100 = 80.00; mean 8/3 is 53.33', () => {
    const rubric = RUBRIC_TEMPLATES['selection-12x5']!;
    const results = aggregateStage(
      rubric,
      [
        {
          proposalId: 'p1',
          recused: [],
          sheets: [4, 3, 5].map((v, i) => ({ reviewerId: `r${i}`, scores: uniform(rubric, v) })),
        },
        {
          proposalId: 'p2',
          recused: [],
          sheets: [3, 3, 2].map((v, i) => ({ reviewerId: `r${i}`, scores: uniform(rubric, v) })),
        },
      ],
      options,
    );
    // p1: (4+3+5)/3 = 4 → 4/5 × 100 = 80.00. p2: (3+3+2)/3 = 8/3 → 8/15 × 100 = 53.333… → 53.33.
    expect(results.map((r) => [r.proposalId, r.total, r.rank, r.passes])).toEqual([
      ['p1', 80, 1, true],
      ['p2', 53.33, 2, false],
    ]);
    expect(results[0]!.criteria[0]).toEqual({
      key: 'public_benefit',
      count: 3,
      mean: 4,
      median: 4,
      min: 3,
      max: 5,
      stdDev: 0.82,
      disagreement: true,
      points: 4,
    });
  });

  it('public benefit weighted 30: full marks there (30) and 2.5 of 5 elsewhere (35 of 70) make 65.00', () => {
    const rubric = RUBRIC_TEMPLATES['selection-weighted-30']!;
    const scores = (reviewerId: string, others: number) => ({
      reviewerId,
      scores: { ...uniform(rubric, others), public_benefit: 5 },
    });
    const [result] = aggregateStage(
      rubric,
      [{ proposalId: 'p', recused: [], sheets: [scores('a', 2), scores('b', 3)] }],
      options,
    );
    // 1 × 30 + (2.5/5) × 70 = 30 + 35 = 65
    expect(result!.total).toBe(65);
  });

  it('weights 10/5/3 (50 in all): 10 + 0.8 × 25 + 0 × 15 = 30 of 50 = 60.00, exactly at the line, passes', () => {
    const rubric = RUBRIC_TEMPLATES['selection-10-5-3']!;
    const scores = Object.fromEntries(
      rubric.criteria.map((c) => [c.key, c.weight === 10 ? 5 : c.weight === 5 ? 4 : 0]),
    );
    const [result] = aggregateStage(
      rubric,
      [{ proposalId: 'p', recused: [], sheets: [{ reviewerId: 'a', scores }] }],
      options,
    );
    expect(result!.total).toBe(60);
    expect(result!.passes).toBe(true);
  });

  it('a 1–5 sheet rated 4 everywhere: 80 counted proportionally (4 ÷ 5), 75 by range ((4 − 1) ÷ (5 − 1))', () => {
    const template = RUBRIC_TEMPLATES['project-end']!;
    expect(template.scoring).toBe('proportional');
    const all4 = [{ proposalId: 'p', recused: [], sheets: [{ reviewerId: 'a', scores: uniform(template, 4) }] }];
    const [proportional] = aggregateStage(template, all4, options);
    const [range] = aggregateStage({ ...template, scoring: 'range' }, all4, options);
    // Eight items of weight 1: proportional 8 × 4/5 = 6.4 of 8 = 80.00 (A's line); range 8 × 3/4 = 6 of 8 = 75.00.
    expect([proportional!.total, proportional!.points, proportional!.fullMarks]).toEqual([80, 6.4, 8]);
    expect([range!.total, range!.points, range!.fullMarks]).toEqual([75, 6, 8]);
    expect([proportional!.scoring, range!.scoring]).toEqual(['proportional', 'range']);
  });

  it('a 25-point item on 1–5 counts 25 / 20 / 15 / 10 / 5 proportionally, 25 / 18.75 / 12.5 / 6.25 / 0 by range', () => {
    const rubric = (scoring: 'proportional' | 'range'): RubricDefinition => ({
      titleJa: '配点25点',
      titleEn: '25 points',
      scoring,
      criteria: [{ key: 'x', labelJa: 'x', labelEn: 'x', weight: 25, scale: { min: 1, max: 5, step: 1 } }],
    });
    const at = (scoring: 'proportional' | 'range', x: number) =>
      aggregateStage(
        rubric(scoring),
        [{ proposalId: 'p', recused: [], sheets: [{ reviewerId: 'a', scores: { x } }] }],
        options,
      )[0]!.points;
    expect([5, 4, 3, 2, 1].map((x) => at('proportional', x))).toEqual([25, 20, 15, 10, 5]);
    expect([5, 4, 3, 2, 1].map((x) => at('range', x))).toEqual([25, 18.75, 12.5, 6.25, 0]);
  });

  it('shows the total on its own full marks, each mean on its scale, and the rounding note only where it applies', () => {
    const rubric = RUBRIC_TEMPLATES['selection-12x5']!;
    // Three sheets. Means 13/3 = 4.333… → 4.33 on eleven items and 4 on the last: 11 × 4.33 + 4 = 51.63 shown, but
    // the exact total is 11 × 13/3 + 4 = 155/3 = 51.666… → 51.67: the parts do not add up, so the note applies.
    const sheets = [5, 4, 4].map((v, i) => ({
      reviewerId: `r${i}`,
      scores: { ...uniform(rubric, v), local_needs: 4 },
    }));
    const [odd] = aggregateStage(rubric, [{ proposalId: 'p', recused: [], sheets }], options);
    expect(odd!.display).toMatchObject({
      scorers: 3,
      total: '51.67',
      fullMarks: '60',
      onHundred: null,
      roundingNote: true,
    });
    expect(odd!.display.criteria.map((c) => c.mean)).toEqual([...Array(11).fill('4.33'), '4']);
    expect(odd!.display.criteria[0]).toEqual({
      key: 'public_benefit',
      mean: '4.33',
      scaleMax: '5',
      points: '4.33',
      weight: '5',
    });
    expect(odd!.display.pointsShown).toBe(false);
    // All 4s: 48 of 60, parts 12 × 4 = 48: no note. With the 100-point conversion asked for: 80.
    const even = [{ proposalId: 'q', recused: [], sheets: [{ reviewerId: 'a', scores: uniform(rubric, 4) }] }];
    const [plain] = aggregateStage(rubric, even, { ...options, showOnHundred: true });
    expect(plain!.display).toMatchObject({ total: '48', fullMarks: '60', onHundred: '80', roundingNote: false });
    // One decimal at least (the call's setting): 4.0 and 48.0.
    const [oneDecimal] = aggregateStage(rubric, even, { ...options, scoreDecimals: { min: 1, max: 2 } });
    expect([oneDecimal!.display.total, oneDecimal!.display.criteria[0]!.mean]).toEqual(['48.0', '4.0']);
  });

  it('shows an item’s points beside its mean when they differ (a 10-point item scored 0–5)', () => {
    const rubric = RUBRIC_TEMPLATES['selection-10-5-3']!;
    const [result] = aggregateStage(
      rubric,
      [{ proposalId: 'p', recused: [], sheets: [{ reviewerId: 'a', scores: uniform(rubric, 4) }] }],
      options,
    );
    // 4 of 5 on every item: 40 of 50; the 10-point item shows mean 4 (of 5) and 8 points (of 10).
    expect(result!.display).toMatchObject({ total: '40', fullMarks: '50', pointsShown: true, roundingNote: false });
    expect(result!.display.criteria[0]).toEqual({
      key: 'collaboration_synergy',
      mean: '4',
      scaleMax: '5',
      points: '8',
      weight: '10',
    });
  });

  it('reports ties at the adoption line instead of breaking them', () => {
    const rubric = singleItemRubric(100, 0.01);
    const sheet = (v: number) => [{ reviewerId: 'a', scores: { x: v } }];
    const results = aggregateStage(
      rubric,
      [
        { proposalId: 'b', recused: [], sheets: sheet(60) },
        { proposalId: 'a', recused: [], sheets: sheet(60) },
        { proposalId: 'c', recused: [], sheets: sheet(59.99) },
      ],
      options,
    );
    expect(results.map((r) => [r.proposalId, r.total, r.rank, r.passes, r.tiedWith])).toEqual([
      ['a', 60, 1, true, ['b']],
      ['b', 60, 1, true, ['a']],
      ['c', 59.99, 3, false, []],
    ]);
  });

  it('applies each conflict rule and says which: same mean, different median and spread', () => {
    // Scores 1, 2, 6 on 0–10; a fourth member recused. Mean 3 → total 30.00 under both rules.
    // renormalize: median 2, σ = √(((−2)² + (−1)² + 3²)/3) = √(14/3) = 2.16.
    // substitute_mean: values 1, 2, 6, 3 → median 2.5, σ = √(14/4) = 1.87.
    const proposal: ProposalSheets = {
      proposalId: 'p',
      recused: ['r4'],
      sheets: [1, 2, 6].map((x, i) => ({ reviewerId: `r${i}`, scores: { x } })),
    };
    const [renormalized] = aggregateStage(singleItemRubric(10), [proposal], {
      ...options,
      conflictRule: 'renormalize',
    });
    const [substituted] = aggregateStage(singleItemRubric(10), [proposal], {
      ...options,
      conflictRule: 'substitute_mean',
    });
    expect([renormalized!.total, renormalized!.criteria[0]!.median, renormalized!.criteria[0]!.stdDev]).toEqual([
      30, 2, 2.16,
    ]);
    expect([substituted!.total, substituted!.criteria[0]!.median, substituted!.criteria[0]!.stdDev]).toEqual([
      30, 2.5, 1.87,
    ]);
    expect([renormalized!.conflictRule, substituted!.conflictRule, substituted!.substituted]).toEqual([
      'renormalize',
      'substitute_mean',
      1,
    ]);
  });

  it('adds exactly where floating point would not: ten sheets of 0.1 on a 0–1 scale make exactly 10.00', () => {
    expect(0.1 * 3 === 0.3).toBe(false); // the trap this engine avoids
    const rubric = singleItemRubric(1, 0.1);
    const [result] = aggregateStage(
      rubric,
      [
        {
          proposalId: 'p',
          recused: [],
          sheets: Array.from({ length: 10 }, (_, i) => ({ reviewerId: `r${i}`, scores: { x: 0.1 } })),
        },
      ],
      options,
    );
    expect(result!.criteria[0]!.mean).toBe(0.1);
    expect(result!.total).toBe(10);
    expect(Fraction.of(2, 3).toHundredths()).toBe(0.67);
    expect(Fraction.of(-1, 200).toHundredths()).toBe(-0.01);
  });
});

describe('aggregation properties', () => {
  const rubric = RUBRIC_TEMPLATES['selection-weighted-30']!;
  const sheetArb = fc.record(
    Object.fromEntries(rubric.criteria.map((c) => [c.key, fc.integer({ min: 0, max: 5 })])),
  ) as fc.Arbitrary<Record<string, number>>;
  const callArb = fc.array(fc.array(sheetArb, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 6 });
  const build = (call: Array<Array<Record<string, number>>>): ProposalSheets[] =>
    call.map((sheets, p) => ({
      proposalId: `p${p}`,
      recused: [],
      sheets: sheets.map((scores, r) => ({ reviewerId: `r${r}`, scores })),
    }));

  it('keeps totals within 0–100 and does not depend on the order of reviewers or proposals', () => {
    fc.assert(
      fc.property(callArb, (call) => {
        const forward = aggregateStage(rubric, build(call), options);
        const reversed = aggregateStage(
          rubric,
          build(call)
            .reverse()
            .map((p) => ({ ...p, sheets: [...p.sheets].reverse() })),
          options,
        );
        for (const r of forward) expect(r.total >= 0 && r.total <= 100).toBe(true);
        const byId = (rs: typeof forward) => Object.fromEntries(rs.map((r) => [r.proposalId, [r.total, r.rank]]));
        expect(byId(reversed)).toEqual(byId(forward));
      }),
      { numRuns: 300 },
    );
  });

  it('never lowers a proposal’s rank when all its scores rise', () => {
    fc.assert(
      fc.property(callArb, fc.nat(), (call, pick) => {
        const index = pick % call.length;
        const before = aggregateStage(rubric, build(call), options).find((r) => r.proposalId === `p${index}`)!;
        const raised = call.map((sheets, p) =>
          p === index
            ? sheets.map((s) => Object.fromEntries(Object.entries(s).map(([k, v]) => [k, Math.min(5, v + 1)])))
            : sheets,
        );
        const after = aggregateStage(rubric, build(raised), options).find((r) => r.proposalId === `p${index}`)!;
        expect(after.rank).toBeLessThanOrEqual(before.rank);
      }),
      { numRuns: 300 },
    );
  });
});
