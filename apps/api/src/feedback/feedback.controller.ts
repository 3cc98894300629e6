import { Body, Controller, Get, Inject, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { FeedbackService } from '@kyodo/feedback';
import type { Actor } from '@kyodo/platform';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Answer } from '../openapi/answers';
import { Problems } from '../openapi/problem-answers';
import { FeedbackAnswerDto, FeedbackSummaryQueryDto } from './feedback.dto';
import { FeedbackAnsweredResponse, FeedbackInvitationResponse, FeedbackSummaryResponse } from './feedback.response';

/** 制度の振り返りアンケート: invitations and anonymous answers of those who took part; the secretariat's summary. */
@ApiTags('feedback')
@ApiBearerAuth()
@Controller('api/v1')
export class FeedbackController {
  constructor(@Inject(FeedbackService) private readonly feedback: FeedbackService) {}

  @Get('me/feedback')
  @ApiOperation({
    summary: 'The questionnaires the caller is asked to answer (stages their proposals reached, not answered yet)',
  })
  @Answer(200, 'The invitations', [FeedbackInvitationResponse])
  invitations(@CurrentActor() actor: Actor): Promise<FeedbackInvitationResponse[]> {
    return this.feedback.invitations(actor);
  }

  @Post('me/feedback')
  @Problems(409)
  @ApiOperation({
    summary: 'Answer a stage’s questionnaire, anonymously and once',
    description:
      'The answer is kept with the municipality, fiscal year and stage only; that the caller answered is kept apart ' +
      '(409 feedback_already_answered the second time; 422 feedback_not_invited for a stage not reached or a ' +
      'proposal the caller’s organisations do not take part in; 422 feedback_questions_mismatch).',
  })
  @Answer(201, 'Kept', FeedbackAnsweredResponse)
  answer(@CurrentActor() actor: Actor, @Body() dto: FeedbackAnswerDto): Promise<FeedbackAnsweredResponse> {
    return this.feedback.answer(actor, dto);
  }

  @Get('feedback/summary')
  @ApiOperation({ summary: 'A fiscal year’s questionnaire summary per stage (secretariat, admin)' })
  @Answer(200, 'The summary; a stage with fewer answers than the minimum shows nothing', FeedbackSummaryResponse)
  summary(@CurrentActor() actor: Actor, @Query() query: FeedbackSummaryQueryDto): Promise<FeedbackSummaryResponse> {
    return this.feedback.summary(actor, query.fiscalYear);
  }
}
