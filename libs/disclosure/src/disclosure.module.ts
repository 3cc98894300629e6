import { Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ResultsService } from '@kyodo/review';
import { BuildPublication } from './build-publication.use-case';
import { CorrectPublication } from './correct-publication.use-case';
import { PublicService } from './public.service';

@Module({
  providers: [
    { provide: PublicService, inject: [DataSource], useFactory: (ds: DataSource) => new PublicService(ds) },
    {
      provide: BuildPublication,
      inject: [DataSource, ResultsService],
      useFactory: (ds: DataSource, results: ResultsService) => new BuildPublication(ds, results),
    },
    {
      provide: CorrectPublication,
      inject: [DataSource, BuildPublication],
      useFactory: (ds: DataSource, build: BuildPublication) => new CorrectPublication(ds, build),
    },
  ],
  exports: [PublicService, BuildPublication, CorrectPublication],
})
export class DisclosureModule {}
