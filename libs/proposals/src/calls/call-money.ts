import type { BudgetLine } from '../proposal-content';

/** What a call says of the money a proposal may ask for. */
export interface CallMoney {
  maxRequestedAmount: number | null;
  subsidyRatioNumerator: number | null;
  subsidyRatioDenominator: number | null;
  /** Index 0 is the project's first year; later years than the list take its last cap. */
  yearlyCaps: number[];
}

/** Why a requested amount is too much, with the figure it went over: the first rule it breaks, most specific first. */
export type AmountRefusal =
  | { rule: 'subsidy_ratio'; limit: number; expenses: number; numerator: number; denominator: number }
  | { rule: 'year_cap'; limit: number; year: number }
  | { rule: 'maximum'; limit: number };

/** The total of the budget's expense lines (支出合計). */
export function totalExpenses(budget: BudgetLine[] | undefined): number {
  return (budget ?? []).filter((line) => line.kind === 'expense').reduce((sum, line) => sum + line.amount, 0);
}

/**
 * 「経費の3分の2以内、50万円を限度」: at most numerator/denominator of the expenses, rounded down to the yen (the
 * subsidy is never more than the ratio allows), and at most the cap of the project's year and the call's maximum.
 */
export function amountLimitOf(call: CallMoney, expenses: number, year: number): AmountRefusal[] {
  const limits: AmountRefusal[] = [];
  const { subsidyRatioNumerator: numerator, subsidyRatioDenominator: denominator } = call;
  if (numerator !== null && denominator !== null) {
    // Integer arithmetic: expenses × numerator stays far inside 2^53 for any budget a call sees.
    const limit = Math.floor((expenses * numerator) / denominator);
    limits.push({ rule: 'subsidy_ratio', limit, expenses, numerator, denominator });
  }
  const cap = call.yearlyCaps[Math.min(year, call.yearlyCaps.length) - 1];
  if (cap !== undefined) limits.push({ rule: 'year_cap', limit: cap, year });
  if (call.maxRequestedAmount !== null) limits.push({ rule: 'maximum', limit: call.maxRequestedAmount });
  return limits;
}

/** The first limit the requested amount goes over, or null when it is within them all. */
export function amountRefusal(
  call: CallMoney,
  requested: number,
  budget: BudgetLine[] | undefined,
  year: number,
): AmountRefusal | null {
  return amountLimitOf(call, totalExpenses(budget), year).find((limit) => requested > limit.limit) ?? null;
}
