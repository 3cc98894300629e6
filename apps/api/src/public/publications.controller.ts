import { Body, Controller, Inject, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { CorrectPublication } from '@kyodo/disclosure';
import { type Actor, NotFoundError } from '@kyodo/platform';
import { CurrentActor } from '../auth/current-actor.decorator';
import { uuidPipe } from '../http/uuid.pipe';
import { Answer } from '../openapi/answers';
import { PublicationCorrectionResponse } from './publication.response';

class CorrectionDto {
  @ApiProperty({ example: '講評の誤字を訂正' }) @IsString() @MinLength(1) @MaxLength(5000) reason: string;
}

@ApiTags('public')
@ApiBearerAuth()
@Controller('api/v1/proposals/:id/publications')
export class PublicationsController {
  constructor(@Inject(CorrectPublication) private readonly correct: CorrectPublication) {}

  @Post(':kind/corrections')
  @ApiOperation({
    summary: 'Publish a corrected version with its reason; earlier versions stay readable (secretariat)',
  })
  @Answer(201, 'Published: the new version and its reason', PublicationCorrectionResponse)
  correction(
    @CurrentActor() actor: Actor,
    @Param('id', uuidPipe) id: string,
    @Param('kind') kind: string,
    @Body() dto: CorrectionDto,
  ): Promise<PublicationCorrectionResponse> {
    if (kind !== 'decision' && kind !== 'assessment')
      throw new NotFoundError({ ja: '公開の種類', en: 'That kind of publication' });
    return this.correct.execute(actor, id, kind, dto.reason);
  }
}
