import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@kyodo/audit';
import { IdentityModule } from '@kyodo/identity';
import { ProposalsModule } from '@kyodo/proposals';
import { BuildPublication } from './build-publication.use-case';
import { CorrectPublication } from './correct-publication.use-case';
import { PublicService } from './public.service';
import { PublicationEntity } from './publications/publication.entity';
import { PublicationRepository } from './publications/publication.repository';

/** 公開: disclosure packages and the public reads. ResultsService and SessionRepository come from the global ReviewModule. */
@Module({
  imports: [TypeOrmModule.forFeature([PublicationEntity]), ProposalsModule, IdentityModule, AuditModule],
  providers: [PublicationRepository, PublicService, BuildPublication, CorrectPublication],
  exports: [PublicService, BuildPublication, CorrectPublication],
})
export class DisclosureModule {}
