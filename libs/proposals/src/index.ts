export { ProposalsModule } from './proposals.module';
export { CallsService, type NewCall, type CallChanges, type NewTheme } from './calls.service';
export { ProposalsService, type NewProposal, type ProposalEventInput } from './proposals.service';
export { NoReviewEngineYet, type ReviewFactsPort } from './review-facts.port';
export { ProposalQueries, type ListQuery, type AuditTimelineEntry } from './proposal-queries';
export { missingForSubmission, diffContent, type ProposalContent } from './proposal-content';
export { ProposalError, ProposalErrorCode } from './proposal-errors';
export type { ProposalView } from './proposal-view';
export { CloseSubmissions, type DeadlineTimer } from './close-submissions.use-case';
