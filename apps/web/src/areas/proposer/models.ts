import type { LocalizedText, Page, Schema } from '../../api/models';

/** The proposer's answers, named from the API's document (openapi.gen.ts): a changed answer fails the type check. */
export type Kpi = Schema<'ProposalKpi'>;
export type RoleShare = Schema<'ProposalRoleShare'>;
export type BudgetLine = Schema<'ProposalBudgetLine'>;
/** The proposal body as the API stores it (every part optional while drafting). */
export type ProposalContent = Schema<'ProposalContent'>;

export type Proposal = Schema<'Proposal'>;

export type Call = Schema<'Call'>;

export type Attachment = Schema<'Attachment'>;

export type { ActivityField } from '../../api/models';

export type InboxItem = Schema<'Notification'>;

export type Preference = Schema<'NotificationPreference'>;

/** A call's stored rubric (GET /api/v1/calls/{id}/rubrics/{stage}). */
export type Rubric = Schema<'Rubric'>;

export type { LocalizedText, Page };
