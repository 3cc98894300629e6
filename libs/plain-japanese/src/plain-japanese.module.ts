import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@kyodo/identity';
import { ProposalsModule } from '@kyodo/proposals';
import { FuriganaService } from './furigana.service';
import { PlainJapaneseService } from './plain-japanese.service';
import { FuriganaReadingEntity } from './readings/furigana-reading.entity';
import { FuriganaReadingRepository } from './readings/furigana-reading.repository';
import { FuriganaReadingsService } from './readings/furigana-readings.service';
import { PlainJapaneseVersionEntity } from './versions/plain-japanese-version.entity';
import { PlainJapaneseVersionRepository } from './versions/plain-japanese-version.repository';
import { PlainJapaneseVersionsService } from './versions/plain-japanese-versions.service';

/**
 * やさしい日本語: the guideline checker for the secretariat, ruby for published texts with its corrected readings, and the
 * やさしい日本語 versions published beside the originals.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([FuriganaReadingEntity, PlainJapaneseVersionEntity]),
    IdentityModule,
    ProposalsModule,
  ],
  providers: [
    FuriganaService,
    PlainJapaneseService,
    FuriganaReadingRepository,
    FuriganaReadingsService,
    PlainJapaneseVersionRepository,
    PlainJapaneseVersionsService,
  ],
  exports: [FuriganaService, PlainJapaneseService, FuriganaReadingsService, PlainJapaneseVersionsService],
})
export class PlainJapaneseModule {}
