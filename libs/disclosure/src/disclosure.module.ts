import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ProposalsModule } from '@kyodo/proposals';
import { BuildPublication } from './build-publication.use-case';
import { CorrectPublication } from './correct-publication.use-case';
import { PublicDirectoryRepository } from './crossings/public-directory.repository';
import { PublicService } from './public.service';
import { PublicationEntity } from './publications/publication.entity';
import { PublicationRepository } from './publications/publication.repository';

/** 公開: disclosure packages and the public reads. ResultsService comes from the global ReviewModule. */
@Module({
  imports: [TypeOrmModule.forFeature([PublicationEntity]), ProposalsModule],
  providers: [PublicationRepository, PublicDirectoryRepository, PublicService, BuildPublication, CorrectPublication],
  exports: [PublicService, BuildPublication, CorrectPublication],
})
export class DisclosureModule {}
