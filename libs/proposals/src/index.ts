export { ProposalsModule } from './proposals.module';
export { CallsService, type NewCall, type CallChanges, type NewTheme } from './calls.service';
export { CreateProposal, type NewProposal } from './create-proposal/create-proposal.use-case';
export { UpdateDraft, type DraftChanges } from './update-draft/update-draft.use-case';
export { SubmitProposal } from './submit-proposal/submit-proposal.use-case';
export { SendProposalEvent } from './send-proposal-event/send-proposal-event.use-case';
export {
  isSubmission,
  type LifecycleEventInput,
  type ProposalEventInput,
  type SubmissionInput,
} from './proposal-event-input';
export { REVIEW_FACTS_PORT, type QuorumCount, type ReviewFactsPort } from './review-facts.port';
export { PREDECESSOR_PROJECT_PORT, type PredecessorProjectPort } from './continuation/predecessor-project.port';
export { ProposalQueries, type ListQuery, type AuditTimelineEntry } from './proposal-queries';
export { missingForSubmission, diffContent, type ProposalContent } from './proposal-content';
export { ProposalError, ProposalErrorCode } from './proposal-errors';
export type { ProposalView } from './proposal-view';
export type { ConsultationReportRecord, PreConsultationRecord, ProposalRecords, RecordedBy } from './proposal-records';
export { CloseSubmissions, type DeadlineTimer } from './close-submissions.use-case';
export {
  ReleaseAnnouncement,
  type ReleaseAnnouncementTimer,
} from './release-announcement/release-announcement.use-case';
export { AttachmentsService, type AttachmentLimits } from './attachments.service';
export { AttachmentStore } from './attachment-store';
export { detectAttachmentType, safeFilename } from './attachment-types';
export { canSee, isPartnerGroup, recusalMayHide } from './proposal-access';
export {
  ProposalPartners,
  mayReadPartnerContacts,
  type PartnerRole,
  type ProposalPartner,
} from './partners/proposal-partners';
export { PROPOSALS_ENTITIES } from './proposals-entities';
export { CallEntity } from './calls/call.entity';
export { ThemeEntity } from './calls/theme.entity';
export { ProposalEntity } from './proposals/proposal.entity';
export { ProposalVersionEntity } from './proposals/proposal-version.entity';
export { ProposalAttachmentEntity } from './attachments/proposal-attachment.entity';
export { CallRepository, type CallColumns, type PublicCall, type PublicCallDocument } from './calls/call.repository';
export { CallDocumentsService } from './call-documents/call-documents.service';
export { CallDocumentEntity } from './call-documents/call-document.entity';
export {
  ProposalRepository,
  type ProposalListFilter,
  type NewProposalVersion,
  type ReceiptEntry,
  type SubmittedProposal,
  type ProposalSummary,
} from './proposals/proposal.repository';
export { PartnershipHistoryRepository, type PartnershipHistoryRow } from './proposals/partnership-history.repository';
export {
  ProposalFactsRepository,
  type ReviewTarget,
  type ReviewHeading,
  type Proposers,
} from './proposals/proposal-facts.repository';
export { ProposalFunnelRepository, type FunnelFact } from './proposals/proposal-funnel.repository';
export {
  PROPOSAL_TYPES,
  PROPOSER_KINDS,
  ORIGIN_LABELS,
  proposalTypeOf,
  type ProposalType,
  type ProposerKind,
} from './proposal-type';
export {
  ContinuationService,
  type ContinuationCandidate,
  type ContinuationView,
  type PredecessorSummary,
} from './continuation/continuation.service';
export { isAdoptedState } from './continuation/continuation-rules';
export { ContinuationRepository, type ChainLink } from './continuation/continuation.repository';
export { type CallView } from './calls/call-view';
export { type CallDateWarning, type CallDateField, callDateWarnings, closedDay } from './calls/call-calendar';
export { amountRefusal, totalExpenses, type AmountRefusal, type CallMoney } from './calls/call-money';
export {
  ProposalParticipationRepository,
  type ParticipationRole,
  type ProposalParticipation,
} from './participations/proposal-participation.repository';
