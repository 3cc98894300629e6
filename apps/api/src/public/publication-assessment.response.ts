import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import type { Timestamp } from '../openapi/answers';
import { LocalizedTextResponse } from '../openapi/localized-text.response';

/**
 * The end-of-term assessment of a published package: KPIs planned against actual, self-evaluations, the combined
 * score; and the rounding note that both it and the package's scores carry.
 */

@ApiSchema({ name: 'PublicationPackageRounding', description: 'How the scores were rounded' })
export class PublicationPackageRoundingResponse {
  @ApiProperty({ type: 'string' })
  ja: string;

  @ApiProperty({ type: 'string' })
  en: string;
}

@ApiSchema({ name: 'PublicationAssessmentKpi', description: 'A KPI planned against its actual (目標 / 実績 / 達成率)' })
export class PublicationAssessmentKpiResponse {
  @ApiProperty({ type: 'string', enum: ['outcome', 'activity'], description: '成果目標 / 活動指標' })
  kind: string;

  @ApiProperty({ type: 'string' })
  name: string;

  @ApiProperty({ type: 'string' })
  unit: string;

  @ApiProperty({ type: 'number', nullable: true })
  baseline: number | null;

  @ApiProperty({ type: 'number', description: 'Planned target (目標)' })
  target: number;

  @ApiProperty({
    type: 'number',
    nullable: true,
    description: 'Actual achieved (実績), from the latest accepted report; null when none was reported',
  })
  actual: number | null;

  @ApiProperty({
    type: 'number',
    nullable: true,
    description: '達成率: actual ÷ target × 100, rounded half up to one decimal; null without an actual or a target',
  })
  achievementPercent: number | null;
}

@ApiSchema({ name: 'PublicationSelfEvaluation', description: 'One partner’s self-evaluation (自己評価), no author' })
export class PublicationSelfEvaluationResponse {
  @ApiProperty({ type: 'string' })
  summary: string;

  @ApiProperty({ type: 'string', format: 'date-time' })
  submittedAt: Timestamp;
}

@ApiSchema({ name: 'PublicationSelfEvaluationScale' })
export class PublicationSelfEvaluationScaleResponse {
  @ApiProperty({ type: 'number' })
  min: number;

  @ApiProperty({ type: 'number' })
  max: number;
}

@ApiSchema({
  name: 'PublicationSelfEvaluationCriterion',
  description: 'One item of the project_end rubric with both partners’ scores side by side',
})
export class PublicationSelfEvaluationCriterionResponse {
  @ApiProperty({ type: 'string' })
  key: string;

  @ApiProperty({
    type: () => LocalizedTextResponse,
    nullable: true,
    description: 'Null when the rubric no longer lists it',
  })
  label: LocalizedTextResponse | null;

  @ApiProperty({ type: () => PublicationSelfEvaluationScaleResponse, nullable: true })
  scale: PublicationSelfEvaluationScaleResponse | null;

  @ApiProperty({ type: 'number', nullable: true, description: 'The group’s score (団体の自己評価)' })
  group: number | null;

  @ApiProperty({ type: 'number', nullable: true, description: 'The department’s score (担当課の自己評価)' })
  department: number | null;

  @ApiProperty({ type: 'boolean', description: 'The two scores are 2 or more apart (相互評価の対象)' })
  differsBy2: boolean;
}

@ApiSchema({ name: 'PublicationSelfEvaluations', description: 'Both partners’ self-evaluations side by side' })
export class PublicationSelfEvaluationsResponse {
  @ApiProperty({ type: () => PublicationSelfEvaluationResponse, nullable: true })
  group: PublicationSelfEvaluationResponse | null;

  @ApiProperty({ type: () => PublicationSelfEvaluationResponse, nullable: true })
  department: PublicationSelfEvaluationResponse | null;

  @ApiProperty({ type: () => PublicationSelfEvaluationCriterionResponse, isArray: true })
  criteria: PublicationSelfEvaluationCriterionResponse[];
}

@ApiSchema({ name: 'PublicationProjectWeights' })
export class PublicationProjectWeightsResponse {
  @ApiProperty({ type: 'number' })
  group: number;

  @ApiProperty({ type: 'number' })
  department: number;

  @ApiProperty({ type: 'number' })
  committee: number;
}

@ApiSchema({
  name: 'PublicationCombinedScore',
  description: 'Self-evaluations and the committee’s total on 100, combined by the call’s weights (e.g. 20/20/60)',
})
export class PublicationCombinedScoreResponse {
  @ApiProperty({ type: () => PublicationProjectWeightsResponse })
  weights: PublicationProjectWeightsResponse;

  @ApiProperty({ type: 'number' })
  group: number;

  @ApiProperty({ type: 'number' })
  department: number;

  @ApiProperty({ type: 'number' })
  committee: number;

  @ApiProperty({ type: 'number' })
  combined: number;

  @ApiProperty({
    type: 'string',
    enum: ['A', 'B', 'C'],
    description: 'The band of the combined score (A ≥ 80, B ≥ 60)',
  })
  grade: string;
}

@ApiSchema({
  name: 'PublicationPackageAssessment',
  description: 'The committee’s assessment of the finished project (事業評価); only in an assessment package',
})
export class PublicationPackageAssessmentResponse {
  @ApiProperty({ type: 'string', enum: ['A', 'B', 'C'] })
  verdict: string;

  @ApiProperty({ type: 'string' })
  comment: string;

  @ApiProperty({ type: 'string', format: 'date-time' })
  assessedAt: Timestamp;

  @ApiPropertyOptional({
    type: () => PublicationAssessmentKpiResponse,
    isArray: true,
    description: 'KPIs planned against actual; absent from packages published before it was carried',
  })
  kpis?: PublicationAssessmentKpiResponse[];

  @ApiPropertyOptional({ type: () => PublicationPackageRoundingResponse, description: 'How 達成率 is rounded' })
  achievementRounding?: PublicationPackageRoundingResponse;

  @ApiPropertyOptional({
    type: () => PublicationSelfEvaluationsResponse,
    description: 'Both self-evaluations side by side; absent from packages published before it was carried',
  })
  selfEvaluations?: PublicationSelfEvaluationsResponse;

  @ApiPropertyOptional({
    type: () => PublicationCombinedScoreResponse,
    nullable: true,
    description: 'Null until the committee’s project_end sheets are in; absent from older packages',
  })
  combined?: PublicationCombinedScoreResponse | null;
}
