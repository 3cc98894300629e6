import { initialTransition, transition } from 'xstate';
import { proposalMachine, type ProposalInput } from './proposal.machine';
import type { Actor, Effect, ProposalContext, ProposalEvent, ProposalFacts } from './proposal-types';
import { PROPOSAL_EVENT_TYPES } from './proposal-types';

type Snapshot = ReturnType<typeof proposalMachine.resolveState>;

/**
 * Stable dotted name of a state value: 'draft', 'submitted.screening',
 * 'decided.adopted'. Inside a parallel state the parallel state's own path
 * is the name ('projectEvaluation.selfEvaluation'); the regions are in the
 * snapshot.
 */
export function stateValueToString(value: unknown): string {
  if (typeof value === 'string') return value;
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length !== 1) return '';
  const [key, child] = entries[0]!;
  const rest = stateValueToString(child);
  return rest ? `${key}.${rest}` : key;
}

export function createProposalSnapshot(input: ProposalInput): { snapshot: unknown; state: string } {
  const [snapshot] = initialTransition(proposalMachine, input);
  return { snapshot: proposalMachine.getPersistedSnapshot(snapshot), state: stateValueToString(snapshot.value) };
}

function restore(persisted: unknown): Snapshot {
  return proposalMachine.resolveState(persisted as Parameters<typeof proposalMachine.resolveState>[0]);
}

function toEffects(actions: ReadonlyArray<{ type: string; params?: unknown }>): Effect[] {
  return actions.flatMap((action): Effect[] => {
    const params = (action.params ?? {}) as Record<string, string>;
    switch (action.type) {
      case 'notify':
        return [{ type: 'notify', template: params.template!, audience: params.audience as never }];
      case 'publish':
        return [{ type: 'publish', kind: params.kind as 'decision' | 'assessment' }];
      case 'schedule':
        return [{ type: 'schedule', timer: params.timer! }];
      case 'cancelSchedule':
        return [{ type: 'cancelSchedule', timer: params.timer! }];
      case 'assignReceiptNumber':
        return [{ type: 'assignReceiptNumber' }];
      case 'freezeVersion':
        return [{ type: 'freezeVersion' }];
      default:
        return [];
    }
  });
}

/**
 * Applies one event to a persisted snapshot with xstate's pure transition().
 * `changed` is false when the event moved nothing (not allowed now, guard
 * refused); then the snapshot returned is the input, untouched.
 */
export function applyProposalEvent(
  persisted: unknown,
  event: ProposalEvent,
): { changed: boolean; snapshot: unknown; state: string; effects: Effect[]; context: ProposalContext } {
  const current = restore(persisted);
  const unchanged = {
    changed: false,
    snapshot: persisted,
    state: stateValueToString(current.value),
    effects: [],
    context: current.context,
  };
  if (current.status !== 'active') return unchanged;
  const [next, actions] = transition(proposalMachine, current, event);
  if (JSON.stringify([next.value, next.context]) === JSON.stringify([current.value, current.context])) return unchanged;
  return {
    changed: true,
    snapshot: proposalMachine.getPersistedSnapshot(next),
    state: stateValueToString(next.value),
    effects: toEffects(actions as ReadonlyArray<{ type: string; params?: unknown }>),
    context: next.context,
  };
}

/** A payload that satisfies each event's own checks, so `can()` asks only about state, role and facts. */
function representative(type: string, actor: Actor, facts: ProposalFacts, context: ProposalContext): ProposalEvent {
  const base = { actor, facts, at: '2000-01-01T00:00:00.000Z' };
  const payload: Record<string, unknown> = {
    reason: '-',
    note: '-',
    opinion: '-',
    feasibility: '-',
    budgetIntent: '-',
    decision: context.decision?.outcome ?? 'adopted',
    termStart: '2000-01-01',
    termEnd: '2000-12-31',
    roleSharing: '-',
    informationSharing: '-',
    summary: '-',
    title: '-',
    conditionId: context.conditions.find((c) => c.resolvedAt === null)?.id ?? '-',
    party: actor.relation === 'partnerDepartment' ? 'department' : 'group',
    verdict: 'A',
    comment: '-',
  };
  return { ...base, ...payload, type } as unknown as ProposalEvent;
}

/**
 * The event types this actor could send now with a valid payload. FINALIZE
 * is tried with each decision, so a chair sees it whenever any decision is
 * possible.
 */
export function allowedProposalEvents(persisted: unknown, actor: Actor, facts: ProposalFacts): string[] {
  const current = restore(persisted);
  if (current.status !== 'active') return [];
  return PROPOSAL_EVENT_TYPES.filter((type) => {
    const event = representative(type, actor, facts, current.context);
    if (type === 'FINALIZE') {
      return (['adopted', 'adoptedWithConditions', 'notAdopted'] as const).some((decision) =>
        current.can({ ...event, decision, conditions: ['-'] } as ProposalEvent),
      );
    }
    return current.can(event);
  });
}
