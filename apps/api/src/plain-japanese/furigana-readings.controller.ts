import { Body, Controller, Get, Inject, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsObject, IsString, Matches, ValidateNested } from 'class-validator';
import { type Actor } from '@kyodo/platform';
import { FuriganaReadingsService, MAX_FURIGANA_READINGS } from '@kyodo/plain-japanese';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Answer } from '../openapi/answers';
import { FuriganaReadingsResponse } from './plain-japanese.response';

/** A word as written: 1–30 characters, kanji among them (only kanji get ruby), no spaces or control characters. */
const WORD = /^(?=.*[\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF々])[^\s\p{Cc}]{1,30}$/u;
/** Its reading: hiragana (and ー), as the ruby shows it. */
const READING = /^[\u3041-\u3096ー]{1,60}$/;

class FuriganaReadingDto {
  @ApiProperty({ type: 'string', example: '協働', pattern: WORD.source, description: 'the word, with kanji' })
  @IsString()
  @Matches(WORD)
  word: string;

  @ApiProperty({ type: 'string', example: 'きょうどう', pattern: READING.source, description: 'hiragana' })
  @IsString()
  @Matches(READING)
  reading: string;
}

class ReplaceFuriganaReadingsDto {
  @ApiProperty({ type: () => FuriganaReadingDto, isArray: true, maxItems: MAX_FURIGANA_READINGS })
  @IsArray()
  @ArrayMaxSize(MAX_FURIGANA_READINGS)
  // @IsObject each: @ValidateNested alone accepts a list of lists of valid items (it walks into nested lists).
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => FuriganaReadingDto)
  readings: FuriganaReadingDto[];
}

@ApiTags('plain-japanese')
@ApiBearerAuth()
@Controller('api/v1/furigana-readings')
export class FuriganaReadingsController {
  constructor(@Inject(FuriganaReadingsService) private readonly readings: FuriganaReadingsService) {}

  @Get()
  @ApiOperation({ summary: 'The municipality’s corrected ふりがな readings (secretariat, admin)' })
  @Answer(200, 'The readings, by word', FuriganaReadingsResponse)
  async list(@CurrentActor() actor: Actor): Promise<FuriganaReadingsResponse> {
    return { readings: await this.readings.list(actor) };
  }

  @Put()
  @ApiOperation({
    summary:
      'Replace the municipality’s corrected ふりがな readings (secretariat, admin): the portal’s ruby takes them first',
  })
  @Answer(200, 'The readings now, by word', FuriganaReadingsResponse)
  async replace(
    @CurrentActor() actor: Actor,
    @Body() dto: ReplaceFuriganaReadingsDto,
  ): Promise<FuriganaReadingsResponse> {
    return { readings: await this.readings.replace(actor, dto.readings) };
  }
}
