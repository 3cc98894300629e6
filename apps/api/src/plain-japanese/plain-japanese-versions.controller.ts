import { Body, Controller, Get, Inject, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';
import { type Actor } from '@kyodo/platform';
import { PlainJapaneseVersionsService } from '@kyodo/plain-japanese';
import { CurrentActor } from '../auth/current-actor.decorator';
import { uuidPipe } from '../http/uuid.pipe';
import { Answer } from '../openapi/answers';
import { CallPlainJapaneseResponse } from './plain-japanese.response';

const MAX_TEXT = 20_000;

class SaveCallPlainJapaneseDto {
  @ApiProperty({
    type: 'string',
    maxLength: MAX_TEXT,
    example: '市と いっしょに する 事業の アイデアを 募集します。',
    description: 'the やさしい日本語 version; empty withdraws it',
  })
  @IsString()
  @MaxLength(MAX_TEXT)
  text: string;
}

@ApiTags('plain-japanese')
@ApiBearerAuth()
@Controller('api/v1/calls/:id/plain-japanese')
export class PlainJapaneseVersionsController {
  constructor(@Inject(PlainJapaneseVersionsService) private readonly versions: PlainJapaneseVersionsService) {}

  @Get()
  @ApiOperation({ summary: 'A call’s description beside its やさしい日本語 version (secretariat, admin)' })
  @Answer(200, 'The original and the version (null when none is written)', CallPlainJapaneseResponse)
  get(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string): Promise<CallPlainJapaneseResponse> {
    return this.versions.forCall(actor, id);
  }

  @Put()
  @ApiOperation({
    summary:
      'Write the やさしい日本語 version of a call’s description (secretariat, admin): published beside it at once',
  })
  @Answer(200, 'The original and the version now', CallPlainJapaneseResponse)
  save(
    @CurrentActor() actor: Actor,
    @Param('id', uuidPipe) id: string,
    @Body() dto: SaveCallPlainJapaneseDto,
  ): Promise<CallPlainJapaneseResponse> {
    return this.versions.saveForCall(actor, id, dto.text);
  }
}
