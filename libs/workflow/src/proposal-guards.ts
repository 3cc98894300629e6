import type { ProposalContext, ProposalEvent } from './proposal-types';

type GuardArgs = { context: ProposalContext; event: ProposalEvent };

const text = (value: unknown, max = 20_000): boolean =>
  typeof value === 'string' && value.trim().length > 0 && value.length <= max;
const texts = (value: unknown): value is string[] => Array.isArray(value) && value.every((v) => text(v, 5000));
const isDate = (value: unknown): boolean => typeof value === 'string' && !Number.isNaN(Date.parse(value));

const has = (event: ProposalEvent, role: string) => event.actor.roles.includes(role);
const owner = (event: ProposalEvent) => event.actor.relation === 'owner';
const secretariat = (event: ProposalEvent) => has(event, 'secretariat') && event.actor.relation !== 'owner';
const department = (event: ProposalEvent) => event.actor.relation === 'partnerDepartment';
const chair = (event: ProposalEvent) => has(event, 'committee_chair');
const system = (event: ProposalEvent) => event.actor.relation === 'system';
const field = (event: ProposalEvent, name: string): unknown => (event as unknown as Record<string, unknown>)[name];
const numberRecord = (value: unknown) =>
  value === undefined ||
  (typeof value === 'object' &&
    value !== null &&
    Object.values(value).every((v) => typeof v === 'number' && Number.isFinite(v)));
/** Self-evaluation scores and KPI actuals, when given, are maps of finite numbers. */
const numbers = (event: ProposalEvent) =>
  numberRecord(field(event, 'scores')) && numberRecord(field(event, 'kpiActuals'));

/** 内定: every adoption of a call that says so, or one the committee decided as provisional itself. */
export const isProvisional = (event: ProposalEvent): boolean =>
  (event.facts.provisionalAdoption || field(event, 'provisional') === true) &&
  field(event, 'decision') !== 'notAdopted';

/**
 * Who may do what, and with which payload. The HTTP layer validates shapes
 * too; these guards are the rule of record, so a bad event never moves the
 * machine whoever sends it.
 */
export const proposalGuards = {
  // Drafts are visible to their organisation only, so the proposer records the 事前相談 held with the city.
  mayRecordPreConsultation: ({ event }: GuardArgs) =>
    event.facts.preConsultationEnabled && owner(event) && text(field(event, 'note')),
  maySubmit: ({ event }: GuardArgs) =>
    owner(event) && event.facts.contentComplete && event.facts.beforeSubmissionDeadline,
  mayScreen: ({ event }: GuardArgs) => secretariat(event),
  mayScreenWithReason: ({ event }: GuardArgs) => secretariat(event) && text(field(event, 'reason')),
  mayAcceptToConsultation: ({ event }: GuardArgs) => secretariat(event) && event.facts.consultationRequired,
  mayAcceptToReview: ({ event }: GuardArgs) => secretariat(event) && !event.facts.consultationRequired,
  mayFileConsultationReport: ({ event }: GuardArgs) =>
    (department(event) || secretariat(event)) &&
    text(field(event, 'opinion')) &&
    text(field(event, 'feasibility')) &&
    text(field(event, 'budgetIntent')) &&
    (field(event, 'conditions') === undefined || texts(field(event, 'conditions'))),
  mayCompleteReview: ({ event }: GuardArgs) => secretariat(event) && event.facts.allScoreSheetsSubmitted,
  mayFinalize: ({ event }: GuardArgs) => {
    if (!chair(event) || !event.facts.quorumMet || !text(field(event, 'reason'))) return false;
    const decision = field(event, 'decision');
    const provisional = field(event, 'provisional');
    // 内定 is an adoption pending the budget: a refusal cannot be one.
    if (provisional !== undefined && typeof provisional !== 'boolean') return false;
    if (provisional === true && decision === 'notAdopted') return false;
    const conditions = field(event, 'conditions');
    if (decision === 'adoptedWithConditions') return texts(conditions) && conditions.length > 0;
    return (decision === 'adopted' || decision === 'notAdopted') && (conditions === undefined || texts(conditions));
  },
  isProvisionalAdoption: ({ event }: GuardArgs) => isProvisional(event),
  decidedAdopted: ({ event }: GuardArgs) => field(event, 'decision') === 'adopted',
  decidedWithConditions: ({ event }: GuardArgs) => field(event, 'decision') === 'adoptedWithConditions',
  approvedWithConditions: ({ context, event }: GuardArgs) =>
    secretariat(event) && context.decision?.outcome === 'adoptedWithConditions',
  approvedPlain: ({ context, event }: GuardArgs) => secretariat(event) && context.decision?.outcome === 'adopted',
  mayPublish: ({ event }: GuardArgs) => secretariat(event),
  mayConcludeAgreement: ({ event }: GuardArgs) =>
    secretariat(event) &&
    isDate(field(event, 'termStart')) &&
    isDate(field(event, 'termEnd')) &&
    Date.parse(field(event, 'termEnd') as string) > Date.parse(field(event, 'termStart') as string) &&
    text(field(event, 'roleSharing')) &&
    text(field(event, 'informationSharing')),
  mayReportProgress: ({ event }: GuardArgs) => (owner(event) || department(event)) && text(field(event, 'summary')),
  mayRecordMilestone: ({ event }: GuardArgs) =>
    (owner(event) || department(event) || secretariat(event)) && text(field(event, 'title'), 500),
  mayResolveCondition: ({ context, event }: GuardArgs) =>
    secretariat(event) && context.conditions.some((c) => c.id === field(event, 'conditionId') && c.resolvedAt === null),
  maySelfEvaluateGroup: ({ event }: GuardArgs) =>
    owner(event) && field(event, 'party') === 'group' && text(field(event, 'summary')) && numbers(event),
  maySelfEvaluateDepartment: ({ event }: GuardArgs) =>
    department(event) && field(event, 'party') === 'department' && text(field(event, 'summary')) && numbers(event),
  mayAssess: ({ event }: GuardArgs) =>
    chair(event) && ['A', 'B', 'C'].includes(field(event, 'verdict') as string) && text(field(event, 'comment')),
  mayWithdraw: ({ event }: GuardArgs) => owner(event) && text(field(event, 'reason')),
  isSystem: ({ event }: GuardArgs) => system(event),
};
