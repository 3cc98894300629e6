import { Body, Controller, HttpCode, Inject, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsString, MaxLength } from 'class-validator';
import { type Actor } from '@kyodo/platform';
import { KANJI_LEVELS, type KanjiLevel, PlainJapaneseService } from '@kyodo/plain-japanese';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Optional } from '../http/optional';
import { Answer } from '../openapi/answers';
import { PlainJapaneseCheckResponse } from './plain-japanese.response';

/** A call's description or a 講評 is a few thousand characters; this bounds the work of one check. */
const MAX_TEXT = 20_000;

class CheckPlainJapaneseDto {
  @ApiProperty({ type: 'string', maxLength: MAX_TEXT, example: '提出しなければなりません。' })
  @IsString()
  @MaxLength(MAX_TEXT)
  text: string;

  @ApiPropertyOptional({ enum: KANJI_LEVELS, description: 'default grade2' })
  @Optional()
  @IsIn(KANJI_LEVELS)
  kanjiLevel?: KanjiLevel;
}

@ApiTags('plain-japanese')
@ApiBearerAuth()
@Controller('api/v1/plain-japanese')
export class PlainJapaneseController {
  constructor(@Inject(PlainJapaneseService) private readonly plainJapanese: PlainJapaneseService) {}

  @Post('check')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Check a text against the やさしい日本語 guideline (secretariat, admin): long sentences and clauses, double negatives, kanji, loanwords, honorifics',
  })
  @Answer(200, 'The findings, with suggestions', PlainJapaneseCheckResponse)
  check(@CurrentActor() actor: Actor, @Body() dto: CheckPlainJapaneseDto): PlainJapaneseCheckResponse {
    return this.plainJapanese.check(actor, dto.text, dto.kanjiLevel);
  }
}
