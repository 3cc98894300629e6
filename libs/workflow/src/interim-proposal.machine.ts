// Interim machine (draft → screening) used until the full lifecycle machine lands; same public API.
import { assign, initialTransition, setup, transition } from 'xstate';

export const PROPOSAL_MACHINE_VERSION = 1;
export type Role =
  'proposer' | 'reviewer' | 'committee_member' | 'committee_chair' | 'secretariat' | 'admin' | 'system';
export interface Actor {
  userId: string;
  roles: Role[] | string[];
  relation: 'owner' | 'partnerDepartment' | 'assignedReviewer' | 'committee' | 'secretariat' | 'system' | 'other';
}
export interface ProposalFacts {
  beforeSubmissionDeadline: boolean;
  contentComplete: boolean;
  allScoreSheetsSubmitted: boolean;
  quorumMet: boolean;
  consultationRequired: boolean;
  provisionalAdoption: boolean;
  preConsultationEnabled: boolean;
}
export interface ProposalContext {
  proposalId: string;
  callId: string;
  origin: 'group' | 'department';
  reason?: string;
}
export type ProposalEvent = { type: string; actor: Actor; at: string; facts: ProposalFacts; reason?: string };
export type Effect =
  | { type: 'notify'; template: string; audience: string }
  | { type: 'schedule'; timer: string }
  | { type: 'cancelSchedule'; timer: string }
  | { type: 'publish'; kind: 'decision' | 'assessment' };

export const PROPOSAL_EVENT_TYPES = [
  'SUBMIT',
  'RETURN',
  'RESUBMIT',
  'ACCEPT',
  'REJECT_INELIGIBLE',
  'WITHDRAW',
] as const;

const machine = setup({
  types: {} as { context: ProposalContext; events: ProposalEvent; input: Omit<ProposalContext, 'reason'> },
  guards: {
    ownerMaySubmit: ({ event }) =>
      event.actor.relation === 'owner' && event.facts.contentComplete && event.facts.beforeSubmissionDeadline,
    secretariat: ({ event }) => event.actor.relation === 'secretariat',
    secretariatWithReason: ({ event }) => event.actor.relation === 'secretariat' && Boolean(event.reason?.trim()),
    ownerWithReason: ({ event }) => event.actor.relation === 'owner' && Boolean(event.reason?.trim()),
  },
  actions: {
    notify: (_, _params: { template: string; audience: string }) => {},
    keepReason: assign({ reason: ({ event }) => event.reason }),
  },
}).createMachine({
  id: 'proposal',
  context: ({ input }) => ({ ...input }),
  initial: 'draft',
  states: {
    draft: {
      on: {
        SUBMIT: {
          guard: 'ownerMaySubmit',
          target: 'submitted',
          actions: [
            { type: 'notify', params: { template: 'proposal.submitted', audience: 'secretariat' } },
            { type: 'notify', params: { template: 'proposal.received', audience: 'owners' } },
          ],
        },
        WITHDRAW: { guard: 'ownerWithReason', target: 'withdrawn', actions: 'keepReason' },
      },
    },
    submitted: {
      initial: 'screening',
      on: { WITHDRAW: { guard: 'ownerWithReason', target: 'withdrawn', actions: 'keepReason' } },
      states: {
        screening: {
          on: {
            RETURN: { guard: 'secretariatWithReason', target: 'revisionRequested', actions: 'keepReason' },
            ACCEPT: { guard: 'secretariat', target: '#proposal.review' },
            REJECT_INELIGIBLE: { guard: 'secretariatWithReason', target: '#proposal.closed', actions: 'keepReason' },
          },
        },
        revisionRequested: {
          on: { RESUBMIT: { guard: 'ownerMaySubmit', target: 'screening' } },
        },
      },
    },
    review: {},
    closed: { type: 'final' },
    withdrawn: { type: 'final' },
  },
});

export function stateValueToString(value: unknown): string {
  if (typeof value === 'string') return value;
  const [key, child] = Object.entries(value as Record<string, unknown>)[0]!;
  return `${key}.${stateValueToString(child)}`;
}

export function createProposalSnapshot(input: { proposalId: string; callId: string; origin: 'group' | 'department' }) {
  const [snapshot] = initialTransition(machine, input);
  return { snapshot: machine.getPersistedSnapshot(snapshot), state: stateValueToString(snapshot.value) };
}

export function applyProposalEvent(persisted: unknown, event: ProposalEvent) {
  const current = machine.resolveState(persisted as never);
  const [next, actions] = transition(machine, current, event);
  const changed =
    JSON.stringify(next.value) + JSON.stringify(next.context) !==
    JSON.stringify(current.value) + JSON.stringify(current.context);
  const effects = actions
    .filter((a) => a.type === 'notify')
    .map((a) => ({ type: 'notify', ...(a.params as { template: string; audience: string }) }) as Effect);
  return {
    changed,
    snapshot: changed ? machine.getPersistedSnapshot(next) : persisted,
    state: stateValueToString(next.value),
    effects: changed ? effects : [],
    context: next.context,
  };
}

export function allowedProposalEvents(persisted: unknown, actor: Actor, facts: ProposalFacts): string[] {
  const current = machine.resolveState(persisted as never);
  return PROPOSAL_EVENT_TYPES.filter((type) =>
    current.can({ type, actor, facts, at: new Date(0).toISOString(), reason: 'x' }),
  );
}
