import type { components } from '../../../api/openapi.gen';
import type { KpiProgress, PlanChangeKind } from '../../../partnership/partnership-models';
import { parseNumber } from '../form-model';

type PlanTerms = components['schemas']['PlanTermsDto'];

/** The new terms as the form holds them: text, empty where the term does not change. */
export interface PlanTermValues {
  kinds: PlanChangeKind[];
  termStart: string;
  termEnd: string;
  roleSharing: string;
  costSharing: string;
  grantedAmount: string;
  /** The new target of each KPI of the proposal, in its order. */
  targets: string[];
}

/**
 * The terms the request sets: those filled in, of a kind chosen (a term typed and then its kind unticked is not
 * sent), KPIs by their names.
 */
export function planTerms(values: PlanTermValues, kpis: Pick<KpiProgress, 'name'>[]): PlanTerms {
  const terms: PlanTerms = {};
  const chosen = (kind: PlanChangeKind) => values.kinds.includes(kind);
  if (chosen('period')) {
    if (values.termStart) terms.termStart = values.termStart;
    if (values.termEnd) terms.termEnd = values.termEnd;
  }
  if (chosen('activities') && values.roleSharing.trim()) terms.roleSharing = values.roleSharing.trim();
  if (chosen('budget')) {
    if (values.costSharing.trim()) terms.costSharing = values.costSharing.trim();
    const granted = parseNumber(values.grantedAmount);
    if (granted !== undefined) terms.grantedAmount = granted;
  }
  if (chosen('kpis')) {
    const targets = kpis.flatMap((kpi, i) => {
      const target = parseNumber(values.targets[i] ?? '');
      return target === undefined ? [] : [{ name: kpi.name, target }];
    });
    if (targets.length > 0) terms.kpiTargets = targets;
  }
  return terms;
}
