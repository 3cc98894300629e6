import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@kyodo/identity';
import { FuriganaService } from './furigana.service';
import { PlainJapaneseService } from './plain-japanese.service';
import { FuriganaReadingEntity } from './readings/furigana-reading.entity';
import { FuriganaReadingRepository } from './readings/furigana-reading.repository';
import { FuriganaReadingsService } from './readings/furigana-readings.service';

/** やさしい日本語: the guideline checker for the secretariat, ruby for published texts and its corrected readings. */
@Module({
  imports: [TypeOrmModule.forFeature([FuriganaReadingEntity]), IdentityModule],
  providers: [FuriganaService, PlainJapaneseService, FuriganaReadingRepository, FuriganaReadingsService],
  exports: [FuriganaService, PlainJapaneseService, FuriganaReadingsService],
})
export class PlainJapaneseModule {}
