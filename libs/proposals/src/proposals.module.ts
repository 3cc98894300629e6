import { Module } from '@nestjs/common';
import { BlobsModule } from '@kyodo/blobs';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@kyodo/audit';
import { IdentityModule } from '@kyodo/identity';
import { QueuesModule } from '@kyodo/queues';
import { AttachmentStore } from './attachment-store';
import { AttachmentRepository } from './attachments/attachment.repository';
import { AttachmentsService } from './attachments.service';
import { CallRepository } from './calls/call.repository';
import { CallsService } from './calls.service';
import { CallDocumentRepository } from './call-documents/call-document.repository';
import { CallDocumentsService } from './call-documents/call-documents.service';
import { CloseSubmissions } from './close-submissions.use-case';
import { PROPOSALS_ENTITIES } from './proposals-entities';
import { ProposalQueries } from './proposal-queries';
import { ProposalRecordsReader } from './proposal-records.reader';
import { ProposalRows } from './proposal-rows';
import { ProposalRepository } from './proposals/proposal.repository';
import { ProposalFactsRepository } from './proposals/proposal-facts.repository';
import { ProposalFunnelRepository } from './proposals/proposal-funnel.repository';
import { PartnershipHistoryRepository } from './proposals/partnership-history.repository';
import { CreateProposal } from './create-proposal/create-proposal.use-case';
import { LifecycleFacts } from './lifecycle/lifecycle-facts';
import { ProposalTransition } from './lifecycle/proposal-transition';
import { ProposalWriter } from './lifecycle/proposal-writer';
import { ProposalReferences } from './proposal-references';
import { SendProposalEvent } from './send-proposal-event/send-proposal-event.use-case';
import { SubmitProposal } from './submit-proposal/submit-proposal.use-case';
import { UpdateDraft } from './update-draft/update-draft.use-case';
import { ReleaseAnnouncement } from './release-announcement/release-announcement.use-case';
import { ContinuationCheck } from './continuation/continuation-check';
import { ContinuationRepository } from './continuation/continuation.repository';
import { ContinuationService } from './continuation/continuation.service';
import { ProposalPartners } from './partners/proposal-partners';
import { ProposalParticipationRepository } from './participations/proposal-participation.repository';

/**
 * Calls, themes, proposals and their attachments. The lifecycle needs the review engine's REVIEW_FACTS_PORT:
 * libs/review provides it from its global ReviewModule, so every app that imports this module imports that one too
 * (this module cannot import ReviewModule: review depends on proposals).
 */
@Module({
  imports: [TypeOrmModule.forFeature([...PROPOSALS_ENTITIES]), IdentityModule, AuditModule, QueuesModule, BlobsModule],
  providers: [
    CallRepository,
    ProposalRepository,
    ProposalFactsRepository,
    ProposalFunnelRepository,
    PartnershipHistoryRepository,
    AttachmentRepository,
    ProposalRows,
    ProposalReferences,
    ProposalWriter,
    LifecycleFacts,
    ProposalTransition,
    AttachmentStore,
    CallsService,
    CreateProposal,
    UpdateDraft,
    SubmitProposal,
    SendProposalEvent,
    ProposalQueries,
    ProposalRecordsReader,
    CloseSubmissions,
    ReleaseAnnouncement,
    AttachmentsService,
    CallDocumentRepository,
    CallDocumentsService,
    ContinuationRepository,
    ContinuationCheck,
    ContinuationService,
    ProposalPartners,
    ProposalParticipationRepository,
  ],
  exports: [
    ProposalPartners,
    ProposalParticipationRepository,
    CallsService,
    CreateProposal,
    UpdateDraft,
    SubmitProposal,
    SendProposalEvent,
    ProposalQueries,
    CloseSubmissions,
    ReleaseAnnouncement,
    AttachmentsService,
    CallRepository,
    ProposalRepository,
    ProposalFactsRepository,
    ProposalFunnelRepository,
    PartnershipHistoryRepository,
    CallDocumentsService,
    ContinuationService,
    ContinuationRepository,
  ],
})
export class ProposalsModule {}
