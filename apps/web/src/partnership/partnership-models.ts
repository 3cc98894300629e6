import type { components } from '../api/openapi.gen';

/** The shapes of the partnership routes, straight from the API's document. */
export type Partnership = components['schemas']['Partnership'];
export type AgreementTerms = components['schemas']['AgreementTerms'];
export type Agreement = components['schemas']['Agreement'];
export type ProgressReport = components['schemas']['ProgressReport'];
export type Milestone = components['schemas']['Milestone'];
export type KpiProgress = components['schemas']['KpiProgress'];
export type AdoptionCondition = components['schemas']['AdoptionCondition'];
export type PartnershipForm = Agreement['partnershipForm'];
export type PublicProjectProgress = components['schemas']['PublicProjectProgress'];

export const PARTNERSHIP_FORMS: PartnershipForm[] = ['itaku', 'hojo', 'futankin', 'kyousai', 'kouen', 'other'];
export type PlanChange = components['schemas']['PlanChange'];
export type PlanChangeKind = PlanChange['kinds'][number];
export type ResultsReport = components['schemas']['ResultsReport'];
export type AccountLine = components['schemas']['AccountLine'];
export type BudgetPlanLine = components['schemas']['BudgetPlanLine'];

export const PLAN_CHANGE_KINDS: PlanChangeKind[] = ['period', 'activities', 'budget', 'kpis'];
