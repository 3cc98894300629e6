import fc from 'fast-check';
import { actors, type ActorName, event } from './proposal-machine.fixtures';
import { applyProposalEvent, createProposalSnapshot } from './proposal-runtime';
import { PROPOSAL_EVENT_TYPES, type ProposalFacts } from './proposal-types';

const FINAL = ['completed', 'withdrawn', 'closed.ineligible', 'closed.expired', 'disclosed.notAdopted'];
const BEFORE_DECISION = /^(draft|submitted\.|consultation|review|jointEvaluation)/;

const arbitraryFacts = fc.record<ProposalFacts>({
  beforeSubmissionDeadline: fc.boolean(),
  contentComplete: fc.boolean(),
  allScoreSheetsSubmitted: fc.boolean(),
  quorumMet: fc.boolean(),
  consultationRequired: fc.boolean(),
  provisionalAdoption: fc.boolean(),
  preConsultationEnabled: fc.boolean(),
});

const arbitraryEvent = fc.record({
  type: fc.constantFrom(...PROPOSAL_EVENT_TYPES),
  actor: fc.constantFrom(...(Object.keys(actors) as ActorName[])),
  facts: arbitraryFacts,
  extra: fc.record(
    {
      decision: fc.constantFrom('adopted', 'adoptedWithConditions', 'notAdopted', 'other'),
      conditions: fc.array(fc.string({ maxLength: 5 }), { maxLength: 2 }),
      party: fc.constantFrom('group', 'department'),
      reason: fc.string({ maxLength: 3 }),
    },
    { requiredKeys: [] },
  ),
});

describe('proposal machine invariants over random event sequences', () => {
  it('holds for 1,000 sequences: finals stay final, withdrawal only before a decision, refusals change nothing, replay is deterministic', () => {
    fc.assert(
      fc.property(fc.array(arbitraryEvent, { minLength: 1, maxLength: 40 }), (steps) => {
        let snapshot = createProposalSnapshot({ proposalId: 'p', callId: 'c', origin: 'group' }).snapshot;
        let state = 'draft';
        const trace: string[] = [];
        for (const step of steps) {
          const input = JSON.parse(JSON.stringify(snapshot)); // as stored in and read back from jsonb
          const result = applyProposalEvent(input, event(step.type, step.actor, step.extra, step.facts));
          if (FINAL.includes(state)) expect(result.changed).toBe(false);
          if (!result.changed) {
            expect(result.snapshot).toBe(input);
            expect(result.effects).toEqual([]);
          }
          if (result.state === 'withdrawn' && state !== 'withdrawn') expect(state).toMatch(BEFORE_DECISION);
          if (result.changed && step.type === 'WITHDRAW') expect(step.actor).toBe('owner');
          snapshot = result.snapshot;
          state = result.state;
          trace.push(result.state);
        }
        // Replaying the same events from the stored start gives the same states.
        let replay = createProposalSnapshot({ proposalId: 'p', callId: 'c', origin: 'group' }).snapshot;
        steps.forEach((step, i) => {
          const result = applyProposalEvent(replay, event(step.type, step.actor, step.extra, step.facts));
          expect(result.state).toBe(trace[i]);
          replay = result.snapshot;
        });
      }),
      { numRuns: 1000 },
    );
  });
});
