import type { RubricDefinition } from '../rubric-definition';
import { aggregateStage, type ProposalSheets } from './aggregate';
import { Fraction } from './fraction';
import { breakTie, type TieBreakRule } from './tie-break';

/**
 * Hand-computed: one item, weight 100, scale 0–10, so a total is the mean × 10 (the same whether points are counted
 * from 0 or as given). Three scorers A, B, C on three proposals:
 *
 *        A  B  C   mean  total
 *   P    9  6  3    6     60
 *   Q    5  7  6    6     60   ← tied with P
 *   R    4  4  4    4     40
 *
 * Within the tie each scorer ranks P and Q by their own sheet: A puts P first (9 > 5), B and C put Q first
 * (7 > 6, 6 > 3). Rank sums: P = 1 + 2 + 2 = 5, Q = 2 + 1 + 1 = 4, so Q is first by 順位合計方式. By 多数決 Q has
 * two first places against P's one. By 見積金額 P (300,000 yen) comes before Q (500,000 yen).
 */
const rubric: RubricDefinition = {
  titleJa: '審査票',
  titleEn: 'Sheet',
  criteria: [{ key: 'merit', labelJa: '総合', labelEn: 'Merit', weight: 100, scale: { min: 0, max: 10, step: 1 } }],
};
const sheets = (proposalId: string, a: number, b: number, c: number): ProposalSheets => ({
  proposalId,
  sheets: [
    { reviewerId: 'A', scores: { merit: a } },
    { reviewerId: 'B', scores: { merit: b } },
    { reviewerId: 'C', scores: { merit: c } },
  ],
  recused: [],
});
const panel = [sheets('P', 9, 6, 3), sheets('Q', 5, 7, 6), sheets('R', 4, 4, 4)];
const amounts = new Map<string, number | null>([
  ['P', 300_000],
  ['Q', 500_000],
  ['R', 100_000],
]);
const ranking = (tieBreak: TieBreakRule) =>
  aggregateStage(rubric, panel, {
    conflictRule: 'renormalize',
    thresholdPercent: 60,
    disagreementSpread: 2,
    tieBreak,
    requestedAmounts: amounts,
  }).map((r) => [r.proposalId, r.total, r.rank, r.tieBreak]);

describe('tie-break rules in the ranking', () => {
  it('順位合計方式: the smaller rank sum (Q: 4 against P: 5) goes first', () => {
    expect(ranking('rank_sum')).toEqual([
      ['Q', 60, 1, { rule: 'rank_sum', resolved: true }],
      ['P', 60, 2, { rule: 'rank_sum', resolved: true }],
      ['R', 40, 3, null],
    ]);
  });

  it('多数決: the proposal more scorers placed first (Q: B and C) goes first', () => {
    expect(ranking('majority').map(([id, , rank]) => [id, rank])).toEqual([
      ['Q', 1],
      ['P', 2],
      ['R', 3],
    ]);
  });

  it('見積金額が低い者から: P (300,000 yen) before Q (500,000 yen); R is not tied and keeps its place', () => {
    expect(ranking('lower_amount').map(([id, , rank]) => [id, rank])).toEqual([
      ['P', 1],
      ['Q', 2],
      ['R', 3],
    ]);
  });

  it('総合的な優劣: the tie is kept for the committee to decide', () => {
    expect(ranking('committee')).toEqual([
      ['P', 60, 1, { rule: 'committee', resolved: false }],
      ['Q', 60, 1, { rule: 'committee', resolved: false }],
      ['R', 40, 3, null],
    ]);
  });
});

describe('breakTie', () => {
  const entry = (proposalId: string, totals: Record<string, number>, requestedAmount: number | null = null) => ({
    proposalId,
    scorerTotals: new Map(Object.entries(totals).map(([k, v]) => [k, Fraction.decimal(v)])),
    requestedAmount,
  });
  const ids = (places: ReturnType<typeof breakTie>) => places.map((p) => p.map((e) => e.proposalId));

  it('keeps a tie the rule cannot break: equal rank sums, equal amounts, no amount', () => {
    expect(ids(breakTie('rank_sum', [entry('Y', { A: 80, B: 60 }), entry('X', { A: 60, B: 80 })]))).toEqual([
      ['X', 'Y'],
    ]);
    expect(ids(breakTie('lower_amount', [entry('Y', {}, null), entry('X', {}, 10), entry('Z', {}, 10)]))).toEqual([
      ['X', 'Z'],
      ['Y'],
    ]);
  });

  it('counts only the scorers who scored every tied proposal', () => {
    // D scored only Y: without D, A and B both put X first.
    const places = breakTie('rank_sum', [entry('X', { A: 70, B: 70 }), entry('Y', { A: 60, B: 65, D: 100 })]);
    expect(ids(places)).toEqual([['X'], ['Y']]);
  });

  it('gives the same places whatever order the group comes in', () => {
    const group = [entry('P', { A: 90, B: 60, C: 30 }), entry('Q', { A: 50, B: 70, C: 60 })];
    expect(ids(breakTie('rank_sum', [...group].reverse()))).toEqual(ids(breakTie('rank_sum', group)));
  });
});
