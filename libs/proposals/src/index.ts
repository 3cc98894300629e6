export { ProposalsModule } from './proposals.module';
export { CallsService, type NewCall, type CallChanges, type NewTheme } from './calls.service';
export { releaseHeldNotices } from './crossings/held-notices.repository';
export { ProposalsService, type NewProposal, type ProposalEventInput } from './proposals.service';
export { REVIEW_FACTS_PORT, type ReviewFactsPort } from './review-facts.port';
export { ProposalQueries, type ListQuery, type AuditTimelineEntry } from './proposal-queries';
export { missingForSubmission, diffContent, type ProposalContent } from './proposal-content';
export { ProposalError, ProposalErrorCode } from './proposal-errors';
export type { ProposalView } from './proposal-view';
export { CloseSubmissions, type DeadlineTimer } from './close-submissions.use-case';
export { AttachmentsService, type AttachmentLimits } from './attachments.service';
export { AttachmentStore } from './attachment-store';
export { detectAttachmentType, safeFilename } from './attachment-types';
export { canSee } from './proposal-access';
export { PROPOSALS_ENTITIES } from './proposals-entities';
export { CallEntity } from './calls/call.entity';
export { ThemeEntity } from './calls/theme.entity';
export { ProposalEntity } from './proposals/proposal.entity';
export { ProposalVersionEntity } from './proposals/proposal-version.entity';
export { ProposalAttachmentEntity } from './attachments/proposal-attachment.entity';
export { CallRepository, type CallColumns, type PublicCall } from './calls/call.repository';
export {
  ProposalRepository,
  type ProposalListFilter,
  type NewProposalVersion,
  type ReceiptEntry,
  type SubmittedProposal,
  type ProposalSummary,
} from './proposals/proposal.repository';
export { DirectoryLookupRepository, type OrganizationFacts } from './crossings/directory-lookup.repository';
export { HeldNoticesRepository } from './crossings/held-notices.repository';
