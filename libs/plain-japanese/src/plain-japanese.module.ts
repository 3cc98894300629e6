import { Module } from '@nestjs/common';
import { FuriganaService } from './furigana.service';
import { PlainJapaneseService } from './plain-japanese.service';

/** やさしい日本語: the guideline checker for the secretariat and ruby for published texts. */
@Module({
  providers: [FuriganaService, PlainJapaneseService],
  exports: [FuriganaService, PlainJapaneseService],
})
export class PlainJapaneseModule {}
