import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { LocalizedTextResponse } from '../openapi/localized-text.response';

const STAGES = ['application', 'review', 'agreement', 'end_of_term'];

@ApiSchema({ name: 'FeedbackQuestion' })
export class FeedbackQuestionResponse {
  @ApiProperty({ type: 'string' })
  key: string;

  @ApiProperty({ type: () => LocalizedTextResponse })
  text: LocalizedTextResponse;
}

@ApiSchema({ name: 'FeedbackQuestionnaire', description: 'A stage’s five-point questions and its free-text question' })
export class FeedbackQuestionnaireResponse {
  @ApiProperty({ type: 'string', enum: STAGES })
  stage: string;

  @ApiProperty({ type: () => LocalizedTextResponse })
  title: LocalizedTextResponse;

  @ApiProperty({ type: () => FeedbackQuestionResponse, isArray: true })
  questions: FeedbackQuestionResponse[];

  @ApiProperty({ type: () => LocalizedTextResponse })
  comment: LocalizedTextResponse;
}

@ApiSchema({
  name: 'FeedbackInvitation',
  description: 'A stage of a proposal the caller took part in, not answered yet',
})
export class FeedbackInvitationResponse {
  @ApiProperty({ type: 'string', format: 'uuid' })
  proposalId: string;

  @ApiProperty({ type: 'string' })
  proposalTitle: string;

  @ApiProperty({ type: 'string', enum: STAGES })
  stage: string;

  @ApiProperty({ type: 'integer', description: 'The fiscal year the answer counts in' })
  fiscalYear: number;

  @ApiProperty({ type: () => FeedbackQuestionnaireResponse })
  questionnaire: FeedbackQuestionnaireResponse;
}

@ApiSchema({ name: 'FeedbackAnswered', description: 'What is kept of the answer beside its content' })
export class FeedbackAnsweredResponse {
  @ApiProperty({ type: 'integer' })
  fiscalYear: number;

  @ApiProperty({ type: 'string', enum: STAGES })
  stage: string;
}

@ApiSchema({ name: 'FeedbackQuestionSummary' })
export class FeedbackQuestionSummaryResponse {
  @ApiProperty({ type: 'string' })
  key: string;

  @ApiProperty({ type: () => LocalizedTextResponse })
  text: LocalizedTextResponse;

  @ApiProperty({ type: 'number', nullable: true, description: 'Mean rating; null when the stage is hidden' })
  mean: number | null;

  @ApiProperty({
    type: 'integer',
    isArray: true,
    description: 'How many rated 1, 2, 3, 4, 5; empty when the stage is hidden',
  })
  counts: number[];
}

@ApiSchema({ name: 'FeedbackStageSummary' })
export class FeedbackStageSummaryResponse {
  @ApiProperty({ type: 'string', enum: STAGES })
  stage: string;

  @ApiProperty({ type: () => LocalizedTextResponse })
  title: LocalizedTextResponse;

  @ApiProperty({ type: 'boolean', description: 'Fewer answers than the minimum: nothing of the stage is shown' })
  hidden: boolean;

  @ApiProperty({ type: 'integer', nullable: true, description: 'How many answered; null when hidden' })
  answers: number | null;

  @ApiProperty({ type: () => FeedbackQuestionSummaryResponse, isArray: true })
  questions: FeedbackQuestionSummaryResponse[];

  @ApiProperty({ type: 'string', isArray: true, description: 'The free texts, in no telling order; empty when hidden' })
  comments: string[];
}

@ApiSchema({ name: 'FeedbackSummary', description: 'A fiscal year’s answers per stage, small stages hidden' })
export class FeedbackSummaryResponse {
  @ApiProperty({ type: 'integer' })
  fiscalYear: number;

  @ApiProperty({ type: 'integer', description: 'The fewest answers a stage needs to be shown' })
  minimumAnswers: number;

  @ApiProperty({ type: 'integer', isArray: true, description: 'The fiscal years with answers, latest first' })
  fiscalYears: number[];

  @ApiProperty({ type: () => FeedbackStageSummaryResponse, isArray: true })
  stages: FeedbackStageSummaryResponse[];
}
