import type { KpiActual, ProgressReportStatus } from '../progress-reports/progress-report';

export type ResultsReportStatus = ProgressReportStatus;

/** One line of the 収支決算: the budget line as the proposal planned it (0 when unplanned) and the actual, in yen. */
export interface AccountLine {
  kind: 'income' | 'expense';
  item: string;
  planned: number;
  actual: number;
}

/** 精算: the grant settled against what was spent. */
export interface Settlement {
  incomePlanned: number;
  incomeTotal: number;
  expensePlanned: number;
  expenseTotal: number;
  /** From the agreement. */
  grantedAmount: number;
  /** Of the grant, the amount spent on the project (the group states it; at most the expenditure total). */
  usedAmount: number;
  /** 返還額: granted − used when positive, else 0. Computed, never typed. */
  returnAmount: number;
}

/** 実績報告・収支決算: the group's report at term end, accepted or returned by the secretariat. */
export interface ResultsReport extends Settlement {
  id: string;
  proposalId: string;
  reportedBy: string;
  /** 実施内容: what was done. */
  summary: string;
  kpiActuals: KpiActual[];
  accounts: AccountLine[];
  status: ResultsReportStatus;
  reviewNote: string | null;
  reviewedAt: string | null;
  createdAt: string;
}

/** The settlement of accounts: totals of the lines, and the amount to return (granted − used, not below zero). */
export function settle(accounts: AccountLine[], grantedAmount: number, usedAmount: number): Settlement {
  const sum = (kind: AccountLine['kind'], of: 'planned' | 'actual') =>
    accounts.filter((l) => l.kind === kind).reduce((total, l) => total + l[of], 0);
  return {
    incomePlanned: sum('income', 'planned'),
    incomeTotal: sum('income', 'actual'),
    expensePlanned: sum('expense', 'planned'),
    expenseTotal: sum('expense', 'actual'),
    grantedAmount,
    usedAmount,
    returnAmount: Math.max(grantedAmount - usedAmount, 0),
  };
}
