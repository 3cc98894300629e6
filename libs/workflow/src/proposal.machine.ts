import { and, setup } from 'xstate';
import { proposalActions } from './proposal-actions';
import { proposalGuards } from './proposal-guards';
import type { Audience, ProposalContext, ProposalEvent } from './proposal-types';

/** Bump when states or transitions change; stored beside every snapshot. */
export const PROPOSAL_MACHINE_VERSION = 3;

export interface ProposalInput {
  proposalId: string;
  callId: string;
  origin: 'group' | 'department';
}

const notify = (template: string, audience: Audience) => ({ type: 'notify' as const, params: { template, audience } });

/** Withdrawal by the proposer: allowed in every state before a decision. */
const WITHDRAW = {
  WITHDRAW: {
    guard: 'mayWithdraw' as const,
    target: '#proposal.withdrawn',
    actions: ['recordWithdrawal' as const, notify('proposal.withdrawn', 'secretariat')],
  },
};

/**
 * One proposal's lifecycle (DESIGN §3). Pure: no I/O, no clocks, no delays.
 * Time and facts arrive inside events; deadlines are timer jobs that send
 * events back.
 */
export const proposalMachine = setup({
  types: {} as { context: ProposalContext; events: ProposalEvent; input: ProposalInput },
  guards: proposalGuards,
  actions: proposalActions,
}).createMachine({
  id: 'proposal',
  context: ({ input }) => ({
    ...input,
    preConsultations: [],
    returns: [],
    consultationReport: null,
    decision: null,
    conditions: [],
    agreement: null,
    progressReports: [],
    milestones: [],
    selfEvaluations: { group: null, department: null },
    assessment: null,
    closure: null,
  }),
  initial: 'draft',
  states: {
    draft: {
      on: {
        RECORD_PRE_CONSULTATION: { guard: 'mayRecordPreConsultation', actions: 'recordPreConsultation' },
        SUBMIT: {
          guard: 'maySubmit',
          target: 'submitted',
          // Effects last: the notices keep their places, which name their outbox rows.
          actions: [
            notify('proposal.submitted', 'secretariat'),
            notify('proposal.received', 'owners'),
            'assignReceiptNumber',
            'freezeVersion',
          ],
        },
        SUBMISSION_DEADLINE_PASSED: { guard: 'isSystem', target: 'closed.expired', actions: 'recordExpiry' },
        ...WITHDRAW,
      },
    },
    submitted: {
      initial: 'screening',
      on: { ...WITHDRAW },
      states: {
        screening: {
          on: {
            RETURN: {
              guard: 'mayScreenWithReason',
              target: 'revisionRequested',
              actions: ['recordReturn', notify('proposal.returned', 'owners')],
            },
            ACCEPT: [
              {
                guard: 'mayAcceptToConsultation',
                target: '#proposal.consultation',
                actions: [notify('proposal.accepted', 'owners'), notify('consultation.requested', 'partnerDepartment')],
              },
              {
                guard: 'mayAcceptToReview',
                target: '#proposal.review',
                actions: [notify('proposal.accepted', 'owners'), notify('review.started', 'reviewers')],
              },
            ],
            REJECT_INELIGIBLE: {
              guard: 'mayScreenWithReason',
              target: '#proposal.closed.ineligible',
              actions: ['recordIneligibility', notify('proposal.ineligible', 'owners')],
            },
          },
        },
        revisionRequested: {
          on: {
            RESUBMIT: {
              guard: 'maySubmit',
              target: 'screening',
              actions: [notify('proposal.resubmitted', 'secretariat'), 'freezeVersion'],
            },
            SUBMISSION_DEADLINE_PASSED: {
              guard: 'isSystem',
              target: '#proposal.closed.expired',
              actions: ['recordExpiry', notify('proposal.expired', 'owners')],
            },
          },
        },
      },
    },
    consultation: {
      on: {
        FILE_CONSULTATION_REPORT: {
          guard: 'mayFileConsultationReport',
          target: 'review',
          actions: [
            'recordConsultationReport',
            notify('consultation.reported', 'secretariat'),
            notify('review.started', 'reviewers'),
          ],
        },
        ...WITHDRAW,
      },
    },
    review: {
      on: {
        REVIEW_COMPLETE: {
          guard: 'mayCompleteReview',
          target: 'jointEvaluation',
          actions: notify('evaluation.session_ready', 'committee'),
        },
        ...WITHDRAW,
      },
    },
    jointEvaluation: {
      on: {
        FINALIZE: [
          {
            guard: and(['mayFinalize', 'isProvisionalAdoption']),
            target: 'decided.provisional',
            actions: ['recordDecision', notify('proposal.decided', 'owners')],
          },
          {
            guard: and(['mayFinalize', 'decidedAdopted']),
            target: 'decided.adopted',
            actions: ['recordDecision', notify('proposal.decided', 'owners')],
          },
          {
            guard: and(['mayFinalize', 'decidedWithConditions']),
            target: 'decided.adoptedWithConditions',
            actions: ['recordDecision', notify('proposal.decided', 'owners')],
          },
          {
            guard: 'mayFinalize',
            target: 'decided.notAdopted',
            actions: ['recordDecision', notify('proposal.decided', 'owners')],
          },
        ],
        ...WITHDRAW,
      },
    },
    // decided, disclosed and closed are only entered through explicit targets;
    // XState requires an initial child all the same.
    decided: {
      initial: 'notAdopted',
      states: {
        /** 内定: adopted pending the budget (予算成立). It may be published as 内定 before the budget is decided. */
        provisional: {
          on: {
            ...budgetDecision('', false),
            PUBLISH: publishDecision('#proposal.disclosed.provisional'),
          },
        },
        adopted: { on: { PUBLISH: publishDecision('#proposal.disclosed.adopted') } },
        adoptedWithConditions: { on: { PUBLISH: publishDecision('#proposal.disclosed.adoptedWithConditions') } },
        notAdopted: { on: { PUBLISH: publishDecision('#proposal.disclosed.notAdopted') } },
      },
    },
    disclosed: {
      initial: 'notAdopted',
      states: {
        /** 内定, published as such; the budget decision publishes the result again. */
        provisional: { on: budgetDecision('#proposal.disclosed.', true) },
        adopted: { on: { CONCLUDE_AGREEMENT: concludeAgreement() } },
        adoptedWithConditions: { on: { CONCLUDE_AGREEMENT: concludeAgreement() } },
        notAdopted: { type: 'final' },
      },
    },
    agreement: {
      on: {
        START: { guard: 'mayScreen', target: 'implementation', actions: notify('implementation.started', 'owners') },
      },
    },
    implementation: {
      on: {
        REPORT_PROGRESS: {
          guard: 'mayReportProgress',
          actions: ['recordProgress', notify('progress_report.submitted', 'secretariat')],
        },
        RECORD_MILESTONE: { guard: 'mayRecordMilestone', actions: 'recordMilestone' },
        RESOLVE_CONDITION: { guard: 'mayResolveCondition', actions: 'resolveCondition' },
        END: {
          guard: 'mayScreen',
          target: 'projectEvaluation',
          actions: [notify('evaluation.requested', 'owners'), notify('evaluation.requested', 'partnerDepartment')],
        },
      },
    },
    projectEvaluation: {
      initial: 'selfEvaluation',
      states: {
        /** 自己評価: both partners, in parallel. */
        selfEvaluation: {
          type: 'parallel',
          onDone: { target: 'jointEvaluation', actions: notify('evaluation.session_ready', 'committee') },
          states: {
            group: {
              initial: 'pending',
              states: {
                pending: {
                  on: {
                    SUBMIT_SELF_EVALUATION: {
                      guard: 'maySelfEvaluateGroup',
                      target: 'done',
                      actions: 'recordSelfEvaluation',
                    },
                  },
                },
                done: { type: 'final' },
              },
            },
            department: {
              initial: 'pending',
              states: {
                pending: {
                  on: {
                    SUBMIT_SELF_EVALUATION: {
                      guard: 'maySelfEvaluateDepartment',
                      target: 'done',
                      actions: 'recordSelfEvaluation',
                    },
                  },
                },
                done: { type: 'final' },
              },
            },
          },
        },
        jointEvaluation: {
          on: {
            ASSESS: {
              guard: 'mayAssess',
              target: 'assessed',
              actions: ['recordAssessment', notify('evaluation.assessed', 'owners')],
            },
          },
        },
        assessed: {
          on: {
            PUBLISH: {
              guard: 'mayPublish',
              target: '#proposal.completed',
              actions: [{ type: 'publish', params: { kind: 'assessment' } }, notify('assessment.published', 'owners')],
            },
          },
        },
      },
    },
    completed: { type: 'final' },
    withdrawn: { type: 'final' },
    closed: {
      initial: 'ineligible',
      states: {
        ineligible: { type: 'final' },
        expired: { type: 'final' },
      },
    },
  },
});

function publishDecision(target: string) {
  return {
    guard: 'mayPublish' as const,
    target,
    actions: [
      { type: 'publish' as const, params: { kind: 'decision' as const } },
      notify('proposal.published', 'owners'),
    ],
  };
}

/**
 * 予算成立 / 不成立 of a provisional adoption (内定). `prefix` is '' for the sibling states of `decided`, or the
 * `disclosed` states' id prefix; once the 内定 is published, the outcome is published again as a new version.
 */
function budgetDecision(prefix: string, republish: boolean) {
  const publish = republish ? [{ type: 'publish' as const, params: { kind: 'decision' as const } }] : [];
  return {
    BUDGET_APPROVED: [
      {
        guard: 'approvedPlain' as const,
        target: `${prefix}adopted`,
        actions: ['confirmBudget' as const, notify('budget.approved', 'owners'), ...publish],
      },
      {
        guard: 'approvedWithConditions' as const,
        target: `${prefix}adoptedWithConditions`,
        actions: ['confirmBudget' as const, notify('budget.approved', 'owners'), ...publish],
      },
    ],
    BUDGET_REJECTED: {
      guard: 'mayScreenWithReason' as const,
      target: `${prefix}notAdopted`,
      actions: ['recordBudgetRejection' as const, notify('budget.rejected', 'owners'), ...publish],
    },
  };
}

function concludeAgreement() {
  return {
    guard: 'mayConcludeAgreement' as const,
    target: '#proposal.agreement',
    actions: ['recordAgreement' as const, notify('agreement.concluded', 'owners')],
  };
}
