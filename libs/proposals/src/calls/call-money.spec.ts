import { amountRefusal, type CallMoney } from './call-money';

// 「経費の3分の2以内、50万円を限度」, continuing projects at 50万 / 40万 / 30万 by year.
const call: CallMoney = {
  maxRequestedAmount: 500_000,
  subsidyRatioNumerator: 2,
  subsidyRatioDenominator: 3,
  yearlyCaps: [500_000, 400_000, 300_000],
};
const budget = (expense: number) => [
  { kind: 'income' as const, item: '会費', amount: 100_000 },
  { kind: 'expense' as const, item: '謝礼', amount: expense - 100_000 },
  { kind: 'expense' as const, item: '会場費', amount: 100_000 },
];

describe('requested amount against the call', () => {
  it('allows two thirds of the expenses, rounded down to the yen', () => {
    // 600,001 × 2 ÷ 3 = 400,000.67 → 400,000
    expect(amountRefusal(call, 400_000, budget(600_001), 1)).toBeNull();
    expect(amountRefusal(call, 400_001, budget(600_001), 1)).toEqual({
      rule: 'subsidy_ratio',
      limit: 400_000,
      expenses: 600_001,
      numerator: 2,
      denominator: 3,
    });
  });

  it('caps each year of a continuing project, later years taking the last cap', () => {
    // Expenses of 900,000 allow 600,000 by the ratio: the year's cap is the tighter.
    expect(amountRefusal(call, 400_000, budget(900_000), 2)).toBeNull();
    expect(amountRefusal(call, 400_001, budget(900_000), 2)).toEqual({ rule: 'year_cap', limit: 400_000, year: 2 });
    expect(amountRefusal(call, 300_001, budget(900_000), 5)).toEqual({ rule: 'year_cap', limit: 300_000, year: 5 });
  });

  it('keeps the call maximum when nothing else is set', () => {
    const plain = {
      maxRequestedAmount: 500_000,
      subsidyRatioNumerator: null,
      subsidyRatioDenominator: null,
      yearlyCaps: [],
    };
    expect(amountRefusal(plain, 500_000, undefined, 1)).toBeNull();
    expect(amountRefusal(plain, 500_001, undefined, 1)).toEqual({ rule: 'maximum', limit: 500_000 });
  });
});
