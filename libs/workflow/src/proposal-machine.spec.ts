import { getShortestPaths } from '@xstate/graph';
import { proposalTransitions } from './proposal-doc';
import { event, facts } from './proposal-machine.fixtures';
import { proposalMachine } from './proposal.machine';
import {
  activePaths,
  ADOPTED,
  candidateEvents,
  IMPLEMENTING,
  observed,
  type Step,
  TO_JOINT,
  TO_REVIEW,
  walk,
  WITH_CONDITIONS,
} from './proposal-machine.walks';
import { applyProposalEvent, createProposalSnapshot } from './proposal-runtime';

describe('proposal machine (pure transition())', () => {
  it.each<[string, Step[], string]>([
    ['pre-consultation is recorded in the draft', [['RECORD_PRE_CONSULTATION', 'owner']], 'draft'],
    ['the owner submits into screening', [['SUBMIT', 'owner']], 'submitted.screening'],
    [
      'the secretariat returns for correction',
      [
        ['SUBMIT', 'owner'],
        ['RETURN', 'secretariat'],
      ],
      'submitted.revisionRequested',
    ],
    [
      'the owner resubmits into screening',
      [
        ['SUBMIT', 'owner'],
        ['RETURN', 'secretariat'],
        ['RESUBMIT', 'owner'],
      ],
      'submitted.screening',
    ],
    ['acceptance goes to review without consultation', TO_REVIEW, 'review'],
    [
      'acceptance goes to consultation when the call requires it',
      [
        ['SUBMIT', 'owner'],
        ['ACCEPT', 'secretariat', {}, { consultationRequired: true }],
      ],
      'consultation',
    ],
    [
      'the department files its consultation report',
      [
        ['SUBMIT', 'owner'],
        ['ACCEPT', 'secretariat', {}, { consultationRequired: true }],
        ['FILE_CONSULTATION_REPORT', 'department'],
      ],
      'review',
    ],
    ['review completes into the joint evaluation', TO_JOINT, 'jointEvaluation'],
    ['the chair adopts', [...TO_JOINT, ['FINALIZE', 'chair']], 'decided.adopted'],
    ['the chair adopts with conditions', WITH_CONDITIONS.slice(0, -1), 'decided.adoptedWithConditions'],
    [
      'the chair does not adopt',
      [...TO_JOINT, ['FINALIZE', 'chair', { decision: 'notAdopted' }]],
      'decided.notAdopted',
    ],
    [
      'adoption is provisional pending the budget',
      [...TO_JOINT, ['FINALIZE', 'chair', {}, { provisionalAdoption: true }]],
      'decided.provisional',
    ],
    [
      'the budget passes',
      [...TO_JOINT, ['FINALIZE', 'chair', {}, { provisionalAdoption: true }], ['BUDGET_APPROVED', 'secretariat']],
      'decided.adopted',
    ],
    [
      'the budget passes for an adoption with conditions',
      [
        ...TO_JOINT,
        [
          'FINALIZE',
          'chair',
          { decision: 'adoptedWithConditions', conditions: ['条件'] },
          { provisionalAdoption: true },
        ],
        ['BUDGET_APPROVED', 'secretariat'],
      ],
      'decided.adoptedWithConditions',
    ],
    [
      'the budget fails',
      [...TO_JOINT, ['FINALIZE', 'chair', {}, { provisionalAdoption: true }], ['BUDGET_REJECTED', 'secretariat']],
      'decided.notAdopted',
    ],
    [
      'the committee decides one proposal as provisional in a call that does not make every adoption provisional',
      [...TO_JOINT, ['FINALIZE', 'chair', { provisional: true }]],
      'decided.provisional',
    ],
    [
      'a 内定 is published before the budget is decided',
      [...TO_JOINT, ['FINALIZE', 'chair', { provisional: true }], ['PUBLISH', 'secretariat']],
      'disclosed.provisional',
    ],
    [
      'the budget of a published 内定 passes',
      [
        ...TO_JOINT,
        ['FINALIZE', 'chair', { provisional: true }],
        ['PUBLISH', 'secretariat'],
        ['BUDGET_APPROVED', 'secretariat'],
      ],
      'disclosed.adopted',
    ],
    [
      'the budget of a published 内定 with conditions passes',
      [
        ...TO_JOINT,
        [
          'FINALIZE',
          'chair',
          { decision: 'adoptedWithConditions', conditions: ['条件'] },
          { provisionalAdoption: true },
        ],
        ['PUBLISH', 'secretariat'],
        ['BUDGET_APPROVED', 'secretariat'],
      ],
      'disclosed.adoptedWithConditions',
    ],
    [
      'the budget of a published 内定 fails',
      [
        ...TO_JOINT,
        ['FINALIZE', 'chair', { provisional: true }],
        ['PUBLISH', 'secretariat'],
        ['BUDGET_REJECTED', 'secretariat'],
      ],
      'disclosed.notAdopted',
    ],
    ['an adoption is disclosed', ADOPTED, 'disclosed.adopted'],
    ['an adoption with conditions is disclosed', WITH_CONDITIONS, 'disclosed.adoptedWithConditions'],
    [
      'a rejection is disclosed',
      [...TO_JOINT, ['FINALIZE', 'chair', { decision: 'notAdopted' }], ['PUBLISH', 'secretariat']],
      'disclosed.notAdopted',
    ],
    ['an agreement is concluded', [...ADOPTED, ['CONCLUDE_AGREEMENT', 'secretariat']], 'agreement'],
    ['implementation starts', IMPLEMENTING, 'implementation'],
    [
      'progress, milestones and conditions are recorded during implementation',
      [
        ...IMPLEMENTING,
        ['REPORT_PROGRESS', 'owner'],
        ['REPORT_PROGRESS', 'department'],
        ['RECORD_MILESTONE', 'secretariat'],
        ['RESOLVE_CONDITION', 'secretariat'],
      ],
      'implementation',
    ],
    [
      'the term ends into self-evaluation',
      [...IMPLEMENTING, ['END', 'secretariat']],
      'projectEvaluation.selfEvaluation',
    ],
    [
      'both self-evaluations lead to the joint evaluation',
      [
        ...IMPLEMENTING,
        ['END', 'secretariat'],
        ['SUBMIT_SELF_EVALUATION', 'department', { party: 'department' }],
        ['SUBMIT_SELF_EVALUATION', 'owner'],
      ],
      'projectEvaluation.jointEvaluation',
    ],
    [
      'the committee assesses and the assessment is published',
      [
        ...IMPLEMENTING,
        ['END', 'secretariat'],
        ['SUBMIT_SELF_EVALUATION', 'owner'],
        ['SUBMIT_SELF_EVALUATION', 'department', { party: 'department' }],
        ['ASSESS', 'chair'],
        ['PUBLISH', 'secretariat'],
      ],
      'completed',
    ],
    [
      'screening finds the proposal ineligible',
      [
        ['SUBMIT', 'owner'],
        ['REJECT_INELIGIBLE', 'secretariat'],
      ],
      'closed.ineligible',
    ],
    ['a draft expires at the deadline', [['SUBMISSION_DEADLINE_PASSED', 'system']], 'closed.expired'],
    [
      'a returned proposal expires at the deadline',
      [
        ['SUBMIT', 'owner'],
        ['RETURN', 'secretariat'],
        ['SUBMISSION_DEADLINE_PASSED', 'system'],
      ],
      'closed.expired',
    ],
    ['withdrawal from a draft', [['WITHDRAW', 'owner']], 'withdrawn'],
    [
      'withdrawal during screening',
      [
        ['SUBMIT', 'owner'],
        ['WITHDRAW', 'owner'],
      ],
      'withdrawn',
    ],
    [
      'withdrawal while returned',
      [
        ['SUBMIT', 'owner'],
        ['RETURN', 'secretariat'],
        ['WITHDRAW', 'owner'],
      ],
      'withdrawn',
    ],
    [
      'withdrawal during consultation',
      [
        ['SUBMIT', 'owner'],
        ['ACCEPT', 'secretariat', {}, { consultationRequired: true }],
        ['WITHDRAW', 'owner'],
      ],
      'withdrawn',
    ],
    ['withdrawal during review', [...TO_REVIEW, ['WITHDRAW', 'owner']], 'withdrawn'],
    ['withdrawal before the decision', [...TO_JOINT, ['WITHDRAW', 'owner']], 'withdrawn'],
  ])('%s', (_name, steps, expected) => {
    expect(walk(steps).state).toBe(expected);
  });

  it.each<[string, Step[], Step]>([
    ['another organisation cannot submit', [], ['SUBMIT', 'otherProposer']],
    ['incomplete content cannot be submitted', [], ['SUBMIT', 'owner', {}, { contentComplete: false }]],
    ['nothing is submitted after the deadline', [], ['SUBMIT', 'owner', {}, { beforeSubmissionDeadline: false }]],
    [
      'pre-consultation only when the call has it',
      [],
      ['RECORD_PRE_CONSULTATION', 'owner', {}, { preConsultationEnabled: false }],
    ],
    ['a return needs a reason', [['SUBMIT', 'owner']], ['RETURN', 'secretariat', { reason: '  ' }]],
    ['the owner cannot screen', [['SUBMIT', 'owner']], ['ACCEPT', 'owner']],
    ['an admin is not the secretariat', [['SUBMIT', 'owner']], ['ACCEPT', 'admin']],
    [
      'resubmission after the deadline is refused',
      [
        ['SUBMIT', 'owner'],
        ['RETURN', 'secretariat'],
      ],
      ['RESUBMIT', 'owner', {}, { beforeSubmissionDeadline: false }],
    ],
    [
      'the owner cannot file the consultation report',
      [
        ['SUBMIT', 'owner'],
        ['ACCEPT', 'secretariat', {}, { consultationRequired: true }],
      ],
      ['FILE_CONSULTATION_REPORT', 'owner'],
    ],
    [
      'a consultation report needs an opinion',
      [
        ['SUBMIT', 'owner'],
        ['ACCEPT', 'secretariat', {}, { consultationRequired: true }],
      ],
      ['FILE_CONSULTATION_REPORT', 'department', { opinion: '' }],
    ],
    [
      'review cannot complete with sheets outstanding',
      TO_REVIEW,
      ['REVIEW_COMPLETE', 'secretariat', {}, { allScoreSheetsSubmitted: false }],
    ],
    ['a member cannot finalize', TO_JOINT, ['FINALIZE', 'member']],
    ['no decision without quorum', TO_JOINT, ['FINALIZE', 'chair', {}, { quorumMet: false }]],
    ['a decision needs its 講評', TO_JOINT, ['FINALIZE', 'chair', { reason: '' }]],
    [
      'conditions are required for an adoption with conditions',
      TO_JOINT,
      ['FINALIZE', 'chair', { decision: 'adoptedWithConditions' }],
    ],
    ['an unknown decision is refused', TO_JOINT, ['FINALIZE', 'chair', { decision: 'maybe' }]],
    ['a refusal cannot be provisional', TO_JOINT, ['FINALIZE', 'chair', { decision: 'notAdopted', provisional: true }]],
    ['provisional is a yes or a no', TO_JOINT, ['FINALIZE', 'chair', { provisional: 'yes' }]],
    ['the owner cannot publish', [...TO_JOINT, ['FINALIZE', 'chair']], ['PUBLISH', 'owner']],
    ['no withdrawal after the decision', [...TO_JOINT, ['FINALIZE', 'chair']], ['WITHDRAW', 'owner']],
    ['a withdrawal needs a reason', [], ['WITHDRAW', 'owner', { reason: '' }]],
    [
      'a rejected proposal gets no agreement',
      [...TO_JOINT, ['FINALIZE', 'chair', { decision: 'notAdopted' }], ['PUBLISH', 'secretariat']],
      ['CONCLUDE_AGREEMENT', 'secretariat'],
    ],
    [
      'an agreement term must end after it starts',
      ADOPTED,
      ['CONCLUDE_AGREEMENT', 'secretariat', { termEnd: '2025-01-01' }],
    ],
    [
      'an unknown condition cannot be resolved',
      IMPLEMENTING,
      ['RESOLVE_CONDITION', 'secretariat', { conditionId: 'c9' }],
    ],
    [
      'the department cannot evaluate for the group',
      [...IMPLEMENTING, ['END', 'secretariat']],
      ['SUBMIT_SELF_EVALUATION', 'department', { party: 'group' }],
    ],
    [
      'a verdict is A, B or C',
      [
        ...IMPLEMENTING,
        ['END', 'secretariat'],
        ['SUBMIT_SELF_EVALUATION', 'owner'],
        ['SUBMIT_SELF_EVALUATION', 'department', { party: 'department' }],
      ],
      ['ASSESS', 'chair', { verdict: 'D' }],
    ],
    ['only the system sends timer events', [], ['SUBMISSION_DEADLINE_PASSED', 'owner']],
    ['a withdrawn proposal takes no more events', [['WITHDRAW', 'owner']], ['SUBMIT', 'owner']],
  ])('refuses: %s', (_name, setup, [type, actor, extra, factOverrides]) => {
    const before =
      setup.length > 0
        ? walk(setup).snapshot
        : createProposalSnapshot({ proposalId: 'p1', callId: 'c1', origin: 'group' }).snapshot;
    const result = applyProposalEvent(before, event(type, actor, extra, facts(factOverrides)));
    expect(result.changed).toBe(false);
    expect(result.snapshot).toBe(before);
    expect(result.effects).toEqual([]);
  });

  afterAll(() => {
    // State coverage, measured by @xstate/graph over every valid event variant.
    const variants = candidateEvents();
    const paths = getShortestPaths(proposalMachine, {
      input: { proposalId: 'p1', callId: 'c1', origin: 'group' },
      events: variants,
      serializeState: (snapshot) =>
        JSON.stringify([snapshot.value, snapshot.context.decision?.outcome, snapshot.context.decision?.provisional]),
    });
    const reached = new Set(paths.flatMap((path) => activePaths(path.state.value)));
    const allStates = new Set(
      proposalTransitions()
        .flatMap((t) => [t.from, t.to])
        .filter(Boolean),
    );
    const missingStates = [...allStates].filter((s) => !reached.has(s));

    const transitions = proposalTransitions();
    const uncovered = transitions.filter(
      (t) =>
        ![...observed].some((o) => {
          const [from, type, to] = o.split('|') as [string, string, string];
          const event = t.event === '(done)' ? type : t.event;
          return from === t.from && type === event && (to === t.to || to.startsWith(`${t.to}.`));
        }),
    );
    console.log(
      `proposal machine coverage: states ${allStates.size - missingStates.length}/${allStates.size}, ` +
        `transitions ${transitions.length - uncovered.length}/${transitions.length} (paths explored: ${paths.length})`,
    );
    expect(missingStates).toEqual([]);
    expect(uncovered).toEqual([]);
  });
});
