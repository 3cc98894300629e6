import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@kyodo/audit';
import { IdentityModule } from '@kyodo/identity';
import { PartnershipModule } from '@kyodo/partnership';
import { ProposalsModule } from '@kyodo/proposals';
import { BuildPublication } from './build-publication.use-case';
import { ComparisonService } from './comparison/comparison.service';
import { ContinuationRecord } from './continuation-record.use-case';
import { CorrectPublication } from './correct-publication.use-case';
import { ProjectAssessment } from './project-assessment';
import { PublicService } from './public.service';
import { PublicStatisticsService } from './statistics/public-statistics.service';
import { PublicationEntity } from './publications/publication.entity';
import { PublicationRepository } from './publications/publication.repository';

/** 公開: disclosure packages and the public reads. ResultsService and SessionRepository come from the global ReviewModule. */
@Module({
  imports: [
    TypeOrmModule.forFeature([PublicationEntity]),
    ProposalsModule,
    IdentityModule,
    AuditModule,
    PartnershipModule,
  ],
  providers: [
    PublicationRepository,
    PublicService,
    PublicStatisticsService,
    BuildPublication,
    CorrectPublication,
    ContinuationRecord,
    ProjectAssessment,
    ComparisonService,
  ],
  exports: [
    PublicService,
    ComparisonService,
    BuildPublication,
    CorrectPublication,
    ContinuationRecord,
    PublicationRepository,
  ],
})
export class DisclosureModule {}
