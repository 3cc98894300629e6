import { settle } from './results-report';

describe('settle (精算)', () => {
  const lines = [
    { kind: 'income' as const, item: '市負担金', planned: 800_000, actual: 650_000 },
    { kind: 'income' as const, item: '参加費', planned: 100_000, actual: 87_500 },
    { kind: 'expense' as const, item: '食材費', planned: 600_000, actual: 512_300 },
    { kind: 'expense' as const, item: '会場費', planned: 300_000, actual: 120_000 },
  ];

  it('totals the lines and returns what of the grant was not used', () => {
    expect(settle(lines, 650_000, 612_300)).toEqual({
      incomePlanned: 900_000,
      incomeTotal: 737_500,
      expensePlanned: 900_000,
      expenseTotal: 632_300,
      grantedAmount: 650_000,
      usedAmount: 612_300,
      returnAmount: 37_700,
    });
  });

  it('returns nothing when the whole grant, or more, was used', () => {
    expect(settle(lines, 650_000, 650_000).returnAmount).toBe(0);
    expect(settle(lines, 600_000, 632_300).returnAmount).toBe(0);
  });
});
