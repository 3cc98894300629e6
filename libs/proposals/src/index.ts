export { ProposalsModule } from './proposals.module';
export { CallsService, type NewCall, type CallChanges, type NewTheme } from './calls.service';
export { ProposalsService, type NewProposal, type ProposalEventInput, type ExternalFacts } from './proposals.service';
export { ProposalQueries, type ListQuery, type AuditTimelineEntry } from './proposal-queries';
export { missingForSubmission, diffContent, type ProposalContent } from './proposal-content';
export { ProposalError, ProposalErrorCode } from './proposal-errors';
export type { ProposalView } from './proposal-view';
