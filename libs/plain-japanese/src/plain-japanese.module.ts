import { Module } from '@nestjs/common';
import { FuriganaService } from './furigana.service';

/** やさしい日本語: the guideline checker (pure) and ruby for published texts. */
@Module({
  providers: [FuriganaService],
  exports: [FuriganaService],
})
export class PlainJapaneseModule {}
