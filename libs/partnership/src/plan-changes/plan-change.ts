import type { Party } from '../progress-reports/progress-report';

/** What a 計画変更 changes: the period, the activities, the budget lines, the KPIs' targets. */
export const PLAN_CHANGE_KINDS = ['period', 'activities', 'budget', 'kpis'] as const;
export type PlanChangeKind = (typeof PLAN_CHANGE_KINDS)[number];
export type PlanChangeStatus = 'submitted' | 'approved' | 'returned';

/** A KPI's target as a plan change sets it (the KPI named as the proposal names it). */
export interface KpiTarget {
  name: string;
  target: number;
}

/**
 * The terms a plan change sets once approved, each one only when it changes: the agreement's period, role sharing,
 * cost sharing and granted amount, and KPIs' targets. Every term belongs to one kind the request names (PLAN_TERM_KIND).
 */
export interface PlanTerms {
  termStart?: string;
  termEnd?: string;
  roleSharing?: string;
  costSharing?: string;
  grantedAmount?: number;
  kpiTargets?: KpiTarget[];
}

/** The kind a request must name to set each term. */
export const PLAN_TERM_KIND: Record<keyof PlanTerms, PlanChangeKind> = {
  termStart: 'period',
  termEnd: 'period',
  roleSharing: 'activities',
  costSharing: 'budget',
  grantedAmount: 'budget',
  kpiTargets: 'kpis',
};

/** What an approval changed: the same terms, as they stood before and as they stand after. */
export interface AppliedPlanChange {
  before: PlanTerms;
  after: PlanTerms;
}

/** 計画変更: a partner's request to change the plan during implementation, approved or returned by the secretariat. */
export interface PlanChange {
  id: string;
  proposalId: string;
  requesterParty: Party;
  requestedBy: string;
  kinds: PlanChangeKind[];
  reason: string;
  description: string;
  /** The budget total after the change, in yen, when the budget changes. */
  budgetTotal: number | null;
  /** The terms the request asks for (empty when it only describes the change in words). */
  terms: PlanTerms;
  /** Once approved: what the approval changed, before and after. */
  applied: AppliedPlanChange | null;
  status: PlanChangeStatus;
  reviewNote: string | null;
  /** Who approved or returned it. */
  reviewedBy: string | null;
  reviewedAt: string | null;
  createdAt: string;
}
