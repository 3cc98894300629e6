import type { AgreementTerms } from '../agreements/agreement';
import {
  PLAN_TERM_KIND,
  type AppliedPlanChange,
  type PlanChange,
  type PlanChangeKind,
  type PlanTerms,
} from './plan-change';

/** The terms a request sets without naming their kind among its kinds. */
export function termsWithoutKind(terms: PlanTerms, kinds: readonly PlanChangeKind[]): Array<keyof PlanTerms> {
  return (Object.keys(terms) as Array<keyof PlanTerms>).filter(
    (key) => terms[key] !== undefined && !kinds.includes(PLAN_TERM_KIND[key]),
  );
}

/** A KPI's target in force: the proposal's, or the last approved plan change's that set it. */
export interface TargetInForce {
  target: number;
  /** The proposal's own target, whatever was approved since. */
  plannedTarget: number;
  /** When the approval that set the target in force was given; null while the proposal's stands. */
  changedAt: string | null;
}

/** Each KPI's target in force after the approved plan changes, in the order they were approved. */
export function targetsInForce(
  kpis: ReadonlyArray<{ name: string; target: number }>,
  changes: readonly PlanChange[],
): Map<string, TargetInForce> {
  const targets = new Map(
    kpis.map((k) => [k.name, { target: k.target, plannedTarget: k.target, changedAt: null } as TargetInForce]),
  );
  const approved = changes
    .filter((c) => c.status === 'approved' && c.applied !== null)
    .sort((a, b) => (a.reviewedAt ?? '').localeCompare(b.reviewedAt ?? ''));
  for (const change of approved) {
    for (const set of change.applied!.after.kpiTargets ?? []) {
      const current = targets.get(set.name);
      if (current) targets.set(set.name, { ...current, target: set.target, changedAt: change.reviewedAt });
    }
  }
  return targets;
}

/**
 * What approving these terms changes, against the agreement and the targets in force now: each term given, before
 * and after (a KPI's target only where it is the proposal's KPI).
 */
export function planChangeEffect(
  terms: PlanTerms,
  agreement: Pick<AgreementTerms, 'termStart' | 'termEnd' | 'roleSharing' | 'costSharing' | 'grantedAmount'>,
  targets: Map<string, TargetInForce>,
): AppliedPlanChange {
  const before: PlanTerms = {};
  const after: PlanTerms = {};
  for (const key of ['termStart', 'termEnd', 'roleSharing', 'costSharing'] as const) {
    const value = terms[key];
    if (value === undefined) continue;
    before[key] = agreement[key];
    after[key] = value;
  }
  if (terms.grantedAmount !== undefined) {
    before.grantedAmount = agreement.grantedAmount;
    after.grantedAmount = terms.grantedAmount;
  }
  const kpiTargets = (terms.kpiTargets ?? []).filter((k) => targets.has(k.name));
  if (kpiTargets.length > 0) {
    before.kpiTargets = kpiTargets.map((k) => ({ name: k.name, target: targets.get(k.name)!.target }));
    after.kpiTargets = kpiTargets.map((k) => ({ name: k.name, target: k.target }));
  }
  return { before, after };
}
