import { Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Clock } from '@kyodo/platform';
import { AppConfig } from '@kyodo/config';
import { AttachmentStore } from './attachment-store';
import { AttachmentsService } from './attachments.service';
import { CallsService } from './calls.service';
import { CloseSubmissions } from './close-submissions.use-case';
import { ProposalQueries } from './proposal-queries';
import { ProposalsService } from './proposals.service';
import { REVIEW_FACTS_PORT, type ReviewFactsPort } from './review-facts.port';

@Module({
  providers: [
    {
      provide: CallsService,
      inject: [DataSource, Clock],
      useFactory: (ds: DataSource, c: Clock) => new CallsService(ds, c),
    },
    {
      provide: ProposalsService,
      inject: [DataSource, Clock, { token: REVIEW_FACTS_PORT, optional: true }],
      useFactory: (ds: DataSource, c: Clock, facts?: ReviewFactsPort) => new ProposalsService(ds, c, facts),
    },
    { provide: ProposalQueries, inject: [DataSource], useFactory: (ds: DataSource) => new ProposalQueries(ds) },
    {
      provide: CloseSubmissions,
      inject: [DataSource, ProposalsService],
      useFactory: (ds: DataSource, proposals: ProposalsService) => new CloseSubmissions(ds, proposals),
    },
    {
      provide: AttachmentsService,
      inject: [DataSource, Clock, AppConfig],
      useFactory: (ds: DataSource, clock: Clock, config: AppConfig) =>
        new AttachmentsService(ds, new AttachmentStore(config.KYODO_DATA_DIR), clock, {
          maxBytes: config.ATTACHMENT_MAX_BYTES,
          maxPerProposal: 20,
        }),
    },
  ],
  exports: [CallsService, ProposalsService, ProposalQueries, CloseSubmissions, AttachmentsService],
})
export class ProposalsModule {}
