import { assign } from 'xstate';
import { isProvisional } from './proposal-guards';
import type { Audience, Outcome, Party, ProposalContext, ProposalEvent, Verdict } from './proposal-types';

type Args = { context: ProposalContext; event: ProposalEvent };
const field = <T>(event: ProposalEvent, name: string): T => (event as unknown as Record<string, T>)[name] as T;
const by = (event: ProposalEvent) => ({ at: event.at, by: event.actor.userId });

/**
 * Context updates (pure assigns) and declared effects. Effects have empty
 * bodies: the service reads them from the actions `transition()` returns and
 * carries them out (outbox rows, the receipt number, a frozen version).
 */
export const proposalActions = {
  notify: (_: Args, _params: { template: string; audience: Audience }) => {},
  publish: (_: Args, _params: { kind: 'decision' | 'assessment' }) => {},
  schedule: (_: Args, _params: { timer: string }) => {},
  cancelSchedule: (_: Args, _params: { timer: string }) => {},
  assignReceiptNumber: () => {},
  freezeVersion: () => {},

  recordPreConsultation: assign<ProposalContext, ProposalEvent, undefined, ProposalEvent, never>({
    preConsultations: ({ context, event }: Args) => [
      ...context.preConsultations,
      { ...by(event), note: field<string>(event, 'note') },
    ],
  }),
  recordReturn: assign<ProposalContext, ProposalEvent, undefined, ProposalEvent, never>({
    returns: ({ context, event }: Args) => [
      ...context.returns,
      { ...by(event), reason: field<string>(event, 'reason') },
    ],
  }),
  recordConsultationReport: assign<ProposalContext, ProposalEvent, undefined, ProposalEvent, never>({
    consultationReport: ({ event }: Args) => ({
      ...by(event),
      opinion: field<string>(event, 'opinion'),
      feasibility: field<string>(event, 'feasibility'),
      budgetIntent: field<string>(event, 'budgetIntent'),
      conditions: field<string[] | undefined>(event, 'conditions') ?? [],
    }),
  }),
  recordDecision: assign<ProposalContext, ProposalEvent, undefined, ProposalEvent, never>({
    decision: ({ event }: Args) => ({
      ...by(event),
      outcome: field<Outcome>(event, 'decision'),
      reason: field<string>(event, 'reason'),
      provisional: isProvisional(event),
      budgetRejection: null,
    }),
    conditions: ({ event }: Args) =>
      (field<string[] | undefined>(event, 'conditions') ?? []).map((text, index) => ({
        id: `c${index + 1}`,
        text,
        resolvedAt: null,
        note: null,
      })),
  }),
  confirmBudget: assign<ProposalContext, ProposalEvent, undefined, ProposalEvent, never>({
    decision: ({ context }: Args) => (context.decision ? { ...context.decision, provisional: false } : null),
  }),
  recordBudgetRejection: assign<ProposalContext, ProposalEvent, undefined, ProposalEvent, never>({
    decision: ({ context, event }: Args) =>
      context.decision
        ? {
            ...context.decision,
            outcome: 'notAdopted' as const,
            provisional: false,
            // The committee's 講評 stays; the budget's reason is recorded beside it, not over it.
            budgetRejection: { ...by(event), reason: field<string>(event, 'reason') },
          }
        : null,
  }),
  recordAgreement: assign<ProposalContext, ProposalEvent, undefined, ProposalEvent, never>({
    agreement: ({ event }: Args) => ({
      ...by(event),
      termStart: field<string>(event, 'termStart'),
      termEnd: field<string>(event, 'termEnd'),
      roleSharing: field<string>(event, 'roleSharing'),
      informationSharing: field<string>(event, 'informationSharing'),
    }),
  }),
  recordProgress: assign<ProposalContext, ProposalEvent, undefined, ProposalEvent, never>({
    progressReports: ({ context, event }: Args) => [
      ...context.progressReports,
      { ...by(event), summary: field<string>(event, 'summary') },
    ],
  }),
  recordMilestone: assign<ProposalContext, ProposalEvent, undefined, ProposalEvent, never>({
    milestones: ({ context, event }: Args) => [
      ...context.milestones,
      { ...by(event), title: field<string>(event, 'title') },
    ],
  }),
  resolveCondition: assign<ProposalContext, ProposalEvent, undefined, ProposalEvent, never>({
    conditions: ({ context, event }: Args) =>
      context.conditions.map((c) =>
        c.id === field<string>(event, 'conditionId')
          ? { ...c, resolvedAt: event.at, note: field<string | undefined>(event, 'note') ?? null }
          : c,
      ),
  }),
  recordSelfEvaluation: assign<ProposalContext, ProposalEvent, undefined, ProposalEvent, never>({
    selfEvaluations: ({ context, event }: Args) => ({
      ...context.selfEvaluations,
      [field<Party>(event, 'party')]: {
        ...by(event),
        summary: field<string>(event, 'summary'),
        scores: field<Record<string, number> | undefined>(event, 'scores') ?? {},
        kpiActuals: field<Record<string, number> | undefined>(event, 'kpiActuals') ?? {},
      },
    }),
  }),
  recordAssessment: assign<ProposalContext, ProposalEvent, undefined, ProposalEvent, never>({
    assessment: ({ event }: Args) => ({
      ...by(event),
      verdict: field<Verdict>(event, 'verdict'),
      comment: field<string>(event, 'comment'),
    }),
  }),
  recordWithdrawal: assign<ProposalContext, ProposalEvent, undefined, ProposalEvent, never>({
    closure: ({ event }: Args) => ({
      ...by(event),
      kind: 'withdrawn' as const,
      reason: field<string>(event, 'reason'),
    }),
  }),
  recordIneligibility: assign<ProposalContext, ProposalEvent, undefined, ProposalEvent, never>({
    closure: ({ event }: Args) => ({
      ...by(event),
      kind: 'ineligible' as const,
      reason: field<string>(event, 'reason'),
    }),
  }),
  recordExpiry: assign<ProposalContext, ProposalEvent, undefined, ProposalEvent, never>({
    closure: ({ event }: Args) => ({ ...by(event), kind: 'expired' as const, reason: 'submission deadline passed' }),
  }),
};
