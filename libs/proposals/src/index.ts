export { ProposalsModule } from './proposals.module';
export { CallsService, type NewCall } from './calls.service';
export { ProposalsService, type NewProposal, type ListQuery, type ProposalEventInput } from './proposals.service';
export { ProposalError, ProposalErrorCode } from './proposal-errors';
export type { ProposalView } from './proposal-view';
