import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AttachmentStore } from './attachment-store';
import { AttachmentRepository } from './attachments/attachment.repository';
import { AttachmentsService } from './attachments.service';
import { CallRepository } from './calls/call.repository';
import { CallsService } from './calls.service';
import { CloseSubmissions } from './close-submissions.use-case';
import { DirectoryLookupRepository } from './crossings/directory-lookup.repository';
import { HeldNoticesRepository } from './crossings/held-notices.repository';
import { ProposalAuditTrailRepository } from './crossings/proposal-audit-trail.repository';
import { PROPOSALS_ENTITIES } from './proposals-entities';
import { ProposalQueries } from './proposal-queries';
import { ProposalRows } from './proposal-rows';
import { ProposalRepository } from './proposals/proposal.repository';
import { ProposalFactsRepository } from './proposals/proposal-facts.repository';
import { ProposalsService } from './proposals.service';

/**
 * Calls, themes, proposals and their attachments. ProposalsService needs the review engine's REVIEW_FACTS_PORT:
 * libs/review provides it from its global ReviewModule, so every app that imports this module imports that one too
 * (this module cannot import ReviewModule: review depends on proposals).
 */
@Module({
  imports: [TypeOrmModule.forFeature([...PROPOSALS_ENTITIES])],
  providers: [
    CallRepository,
    ProposalRepository,
    ProposalFactsRepository,
    AttachmentRepository,
    DirectoryLookupRepository,
    HeldNoticesRepository,
    ProposalAuditTrailRepository,
    ProposalRows,
    AttachmentStore,
    CallsService,
    ProposalsService,
    ProposalQueries,
    CloseSubmissions,
    AttachmentsService,
  ],
  exports: [
    CallsService,
    ProposalsService,
    ProposalQueries,
    CloseSubmissions,
    AttachmentsService,
    CallRepository,
    ProposalRepository,
    ProposalFactsRepository,
  ],
})
export class ProposalsModule {}
