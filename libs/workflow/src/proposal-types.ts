/**
 * Types of the proposal lifecycle. Plain JSON only: ids, numbers, ISO dates.
 */
export type Role =
  'proposer' | 'reviewer' | 'committee_member' | 'committee_chair' | 'secretariat' | 'admin' | 'system';

export type Relation =
  'owner' | 'partnerDepartment' | 'assignedReviewer' | 'committee' | 'secretariat' | 'system' | 'other';

export interface Actor {
  userId: string;
  roles: readonly string[];
  relation: Relation;
}

/** What the service knows about the world at the moment of the event. */
export interface ProposalFacts {
  beforeSubmissionDeadline: boolean;
  contentComplete: boolean;
  allScoreSheetsSubmitted: boolean;
  /** A session with the proposal on its agenda, whose committee the acting person chairs, has its quorum. */
  quorumMet: boolean;
  consultationRequired: boolean;
  provisionalAdoption: boolean;
  preConsultationEnabled: boolean;
}

export type Outcome = 'adopted' | 'adoptedWithConditions' | 'notAdopted';
export type Verdict = 'A' | 'B' | 'C';
export type Party = 'group' | 'department';

interface EventBase {
  actor: Actor;
  at: string;
  facts: ProposalFacts;
}

export type ProposalEvent = EventBase &
  (
    | { type: 'RECORD_PRE_CONSULTATION'; note: string }
    | { type: 'SUBMIT' }
    | { type: 'RETURN'; reason: string }
    | { type: 'RESUBMIT' }
    | { type: 'ACCEPT' }
    | { type: 'REJECT_INELIGIBLE'; reason: string }
    | {
        type: 'FILE_CONSULTATION_REPORT';
        opinion: string;
        feasibility: string;
        budgetIntent: string;
        conditions?: string[];
      }
    | { type: 'REVIEW_COMPLETE' }
    | {
        type: 'FINALIZE';
        decision: Outcome;
        reason: string;
        conditions?: string[];
        /** 内定 for this proposal alone, pending the budget, in a call that does not make every adoption provisional. */
        provisional?: boolean;
      }
    | { type: 'BUDGET_APPROVED' }
    | { type: 'BUDGET_REJECTED'; reason: string }
    | { type: 'PUBLISH' }
    | {
        type: 'CONCLUDE_AGREEMENT';
        termStart: string;
        termEnd: string;
        roleSharing: string;
        informationSharing: string;
      }
    | { type: 'START' }
    | { type: 'REPORT_PROGRESS'; summary: string }
    | { type: 'RECORD_MILESTONE'; title: string }
    | { type: 'RESOLVE_CONDITION'; conditionId: string; note?: string }
    | { type: 'END' }
    | {
        type: 'SUBMIT_SELF_EVALUATION';
        party: Party;
        summary: string;
        scores?: Record<string, number>;
        kpiActuals?: Record<string, number>;
      }
    | { type: 'ASSESS'; verdict: Verdict; comment: string }
    | { type: 'WITHDRAW'; reason: string }
    | { type: 'SUBMISSION_DEADLINE_PASSED' }
  );

export type ProposalEventType = ProposalEvent['type'];

export const PROPOSAL_EVENT_TYPES = [
  'RECORD_PRE_CONSULTATION',
  'SUBMIT',
  'RETURN',
  'RESUBMIT',
  'ACCEPT',
  'REJECT_INELIGIBLE',
  'FILE_CONSULTATION_REPORT',
  'REVIEW_COMPLETE',
  'FINALIZE',
  'BUDGET_APPROVED',
  'BUDGET_REJECTED',
  'PUBLISH',
  'CONCLUDE_AGREEMENT',
  'START',
  'REPORT_PROGRESS',
  'RECORD_MILESTONE',
  'RESOLVE_CONDITION',
  'END',
  'SUBMIT_SELF_EVALUATION',
  'ASSESS',
  'WITHDRAW',
  'SUBMISSION_DEADLINE_PASSED',
] as const satisfies readonly ProposalEventType[];

export interface Recorded {
  at: string;
  by: string;
}

export interface ProposalContext {
  proposalId: string;
  callId: string;
  origin: 'group' | 'department';
  preConsultations: Array<Recorded & { note: string }>;
  returns: Array<Recorded & { reason: string }>;
  consultationReport:
    (Recorded & { opinion: string; feasibility: string; budgetIntent: string; conditions: string[] }) | null;
  /**
   * The committee's decision; `reason` is its 講評 and stays so. When the budget of a provisional adoption falls,
   * `budgetRejection` keeps the secretariat's reason beside it (absent in snapshots written before it existed).
   */
  decision:
    | (Recorded & {
        outcome: Outcome;
        reason: string;
        provisional: boolean;
        budgetRejection?: (Recorded & { reason: string }) | null;
      })
    | null;
  /** Conditions of an adoption with conditions, tracked until resolved. */
  conditions: Array<{ id: string; text: string; resolvedAt: string | null; note: string | null }>;
  agreement:
    (Recorded & { termStart: string; termEnd: string; roleSharing: string; informationSharing: string }) | null;
  progressReports: Array<Recorded & { summary: string }>;
  milestones: Array<Recorded & { title: string }>;
  selfEvaluations: Record<
    Party,
    (Recorded & { summary: string; scores: Record<string, number>; kpiActuals: Record<string, number> }) | null
  >;
  assessment: (Recorded & { verdict: Verdict; comment: string }) | null;
  /** Why the proposal ended early: withdrawal, ineligibility, an expired deadline. */
  closure: (Recorded & { kind: 'withdrawn' | 'ineligible' | 'expired'; reason: string }) | null;
}

/**
 * Side effects the machine declares; the persistence side carries them out in the transaction of the change:
 * notices and publications as outbox rows, the receipt number (受付番号, once) and a frozen copy of the submitted
 * content (one per freeze) as rows of their own.
 */
export type Effect =
  | { type: 'notify'; template: string; audience: Audience }
  | { type: 'schedule'; timer: string }
  | { type: 'cancelSchedule'; timer: string }
  | { type: 'publish'; kind: 'decision' | 'assessment' }
  | { type: 'assignReceiptNumber' }
  | { type: 'freezeVersion' };

export type Audience = 'secretariat' | 'owners' | 'partnerDepartment' | 'reviewers' | 'committee' | 'public';
