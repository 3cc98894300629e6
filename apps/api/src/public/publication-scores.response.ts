import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { LocalizedTextResponse } from '../openapi/localized-text.response';
import { TieBreakResponse } from '../review/review-results.response';
import { SCORING_METHOD, StageDisplayResponse } from '../review/score-display.response';

/** The aggregated scores of a published package: each stage's result, item by item, and the committee's consensus. */

@ApiSchema({ name: 'PublicationCriterionResultScale' })
export class PublicationCriterionResultScaleResponse {
  @ApiProperty({ type: 'number' })
  min: number;

  @ApiProperty({ type: 'number' })
  max: number;

  @ApiProperty({ type: 'number' })
  step: number;
}

@ApiSchema({ name: 'PublicationCriterionResult' })
export class PublicationCriterionResultResponse {
  @ApiProperty({ type: 'string' })
  key: string;

  @ApiProperty({ type: 'integer', minimum: 0, description: 'Scores counted' })
  count: number;

  @ApiProperty({ type: 'number' })
  mean: number;

  @ApiProperty({ type: 'number' })
  median: number;

  @ApiProperty({ type: 'number' })
  min: number;

  @ApiProperty({ type: 'number' })
  max: number;

  @ApiProperty({ type: 'number', minimum: 0, description: 'Population standard deviation' })
  stdDev: number;

  @ApiProperty({ type: 'boolean', description: 'The spread reached the call’s disagreement threshold' })
  disagreement: boolean;

  @ApiPropertyOptional({ type: () => LocalizedTextResponse })
  label?: LocalizedTextResponse;

  @ApiPropertyOptional({ type: () => PublicationCriterionResultScaleResponse })
  scale?: PublicationCriterionResultScaleResponse;

  @ApiPropertyOptional({
    type: 'number',
    description: 'Points the mean earns of the weight; absent from older packages',
  })
  points?: number;
}

@ApiSchema({
  name: 'PublicationStageResult',
  description: 'One stage’s aggregate for the public: no reviewer, no other proposal’s id',
})
export class PublicationStageResultResponse {
  @ApiProperty({ type: 'integer', minimum: 1 })
  rubricVersion: number;

  @ApiProperty({ type: () => PublicationCriterionResultResponse, isArray: true })
  criteria: PublicationCriterionResultResponse[];

  @ApiProperty({ type: 'number', minimum: 0, maximum: 100, description: 'Weighted total on 100' })
  total: number;

  @ApiProperty({
    type: 'integer',
    minimum: 1,
    description: 'Ties share a rank (1, 2, 2, 4) unless the call’s tie-break rule ordered them',
  })
  rank: number;

  @ApiProperty({ type: 'boolean', description: 'Whether the total reaches the adoption line' })
  passes: boolean;

  @ApiProperty({
    type: 'string',
    enum: ['renormalize', 'substitute_mean'],
    description: 'How recused members’ missing scores were treated',
  })
  conflictRule: string;

  @ApiProperty({ type: 'integer', minimum: 0, description: 'Recused members whose score the mean stood in for' })
  substituted: number;

  @ApiProperty({ type: 'boolean', description: 'Whether another proposal has the same total' })
  tied: boolean;

  @ApiPropertyOptional({
    type: () => TieBreakResponse,
    nullable: true,
    description: 'Where the total was tied: the rule that ranked the tied proposals, and whether it did here',
  })
  tieBreak?: TieBreakResponse | null;

  @ApiPropertyOptional({
    type: 'number',
    description: 'The total on the rubric’s own full marks; absent from packages published before it was shown',
  })
  points?: number;

  @ApiPropertyOptional({ type: 'number', description: 'The rubric’s full marks (the sum of its weights)' })
  fullMarks?: number;

  @ApiPropertyOptional(SCORING_METHOD)
  scoring?: string;

  @ApiPropertyOptional({ type: () => StageDisplayResponse, description: 'The published form, rounded once' })
  display?: StageDisplayResponse;

  @ApiPropertyOptional({ type: () => LocalizedTextResponse, description: 'The scoring method in words' })
  scoringText?: LocalizedTextResponse;
}

@ApiSchema({ name: 'PublicationPackageScores', description: 'The aggregated result of each stage that has one' })
export class PublicationPackageScoresResponse {
  @ApiPropertyOptional({ type: () => PublicationStageResultResponse })
  document?: PublicationStageResultResponse;

  @ApiPropertyOptional({ type: () => PublicationStageResultResponse })
  presentation?: PublicationStageResultResponse;

  @ApiPropertyOptional({ type: () => PublicationStageResultResponse })
  project_end?: PublicationStageResultResponse;
}

@ApiSchema({
  name: 'PublicationPackageConsensus',
  description: 'The latest consensus scores the committee recorded, with their reasons, by criterion key',
})
export class PublicationPackageConsensusResponse {
  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' } })
  scores: Record<string, number>;

  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' } })
  reasons: Record<string, string>;
}
