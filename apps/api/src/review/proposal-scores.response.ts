import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { STAGES } from '@kyodo/review';
import type { Timestamp } from '../openapi/answers';
import { ResultsProposalStageResponse, ScoreRoundingRuleResponse } from './review-results.response';

/** What a proposal's scores (its sheets, stage results and consensus) and its project evaluation answer. */

@ApiSchema({ name: 'ScoreSheetSubmission', description: 'A submitted score sheet' })
export class ScoreSheetSubmissionResponse {
  @ApiProperty({ type: 'string', format: 'uuid' })
  assignmentId: string;

  @ApiProperty({
    type: 'string',
    format: 'uuid',
    description: 'The evaluator; null for everyone but the secretariat, who see the letter only (docs/evaluation.md)',
    nullable: true,
  })
  reviewerId: string | null;

  @ApiProperty({
    type: 'string',
    pattern: '^[A-Z]+$',
    description:
      'The evaluator’s letter in this call (委員A, 委員B …), the same on every proposal and stage of the call',
  })
  reviewerLabel: string;

  @ApiProperty({ type: 'string', enum: [...STAGES], description: 'Review stage (審査段階)' })
  stage: string;

  @ApiProperty({ type: 'integer', minimum: 1 })
  rubricVersion: number;

  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' }, description: 'Score per criterion key' })
  scores: Record<string, number>;

  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' }, description: 'Text per criterion key' })
  comments: Record<string, string>;

  @ApiProperty({ type: 'string', format: 'date-time' })
  submittedAt: Timestamp;
}

@ApiSchema({ name: 'ConsensusComparisonCriteria' })
export class ConsensusComparisonCriteriaResponse {
  @ApiProperty({ type: 'string' })
  key: string;

  @ApiProperty({ type: 'number' })
  consensus: number;

  @ApiProperty({ type: 'string' })
  reason: string;

  @ApiProperty({ type: 'number', description: 'Mean of the sheets (presentation, else document)', nullable: true })
  individualMean: number | null;

  @ApiProperty({ type: 'number', description: 'consensus − individualMean, hundredths', nullable: true })
  difference: number | null;
}

@ApiSchema({
  name: 'ConsensusComparison',
  description: 'A session’s consensus (合議) beside the individual mean of each criterion',
})
export class ConsensusComparisonResponse {
  @ApiProperty({ type: 'string', format: 'uuid' })
  sessionId: string;

  @ApiProperty({ type: () => ConsensusComparisonCriteriaResponse, isArray: true })
  criteria: ConsensusComparisonCriteriaResponse[];
}

@ApiSchema({ name: 'ScoresOfProposalStages', description: 'The stages where the proposal has a result' })
export class ScoresOfProposalStagesResponse {
  @ApiPropertyOptional({ type: () => ResultsProposalStageResponse })
  document?: ResultsProposalStageResponse;

  @ApiPropertyOptional({ type: () => ResultsProposalStageResponse })
  presentation?: ResultsProposalStageResponse;

  @ApiPropertyOptional({ type: () => ResultsProposalStageResponse })
  project_end?: ResultsProposalStageResponse;
}

@ApiSchema({ name: 'ScoresOfProposal' })
export class ScoresOfProposalResponse {
  @ApiProperty({ type: () => ScoreRoundingRuleResponse })
  rounding: ScoreRoundingRuleResponse;

  @ApiProperty({ type: () => ScoreSheetSubmissionResponse, isArray: true })
  sheets: ScoreSheetSubmissionResponse[];

  @ApiProperty({
    type: () => ScoresOfProposalStagesResponse,
    description: 'The stages where the proposal has a result',
  })
  stages: ScoresOfProposalStagesResponse;

  @ApiProperty({ type: () => ConsensusComparisonResponse, isArray: true })
  consensus: ConsensusComparisonResponse[];
}

@ApiSchema({ name: 'EvaluationOfProjectItem' })
export class EvaluationOfProjectItemResponse {
  @ApiProperty({ type: 'string', description: 'Criterion key of the project_end rubric' })
  key: string;

  @ApiProperty({ type: 'number', description: 'The group’s self-evaluation; null if not given', nullable: true })
  group: number | null;

  @ApiProperty({ type: 'number', description: 'The department’s self-evaluation; null if not given', nullable: true })
  department: number | null;

  @ApiProperty({ type: 'boolean' })
  differsBy2: boolean;
}

@ApiSchema({ name: 'EvaluationOfProjectTotals' })
export class EvaluationOfProjectTotalsResponse {
  @ApiProperty({
    type: 'number',
    nullable: true,
    description: 'The group’s self-evaluation on 100, counted by the rubric’s scoring method; null until submitted',
  })
  group: number | null;

  @ApiProperty({
    type: 'number',
    nullable: true,
    description: 'The department’s self-evaluation on 100; null until submitted',
  })
  department: number | null;

  @ApiProperty({
    type: 'number',
    nullable: true,
    description: 'The committee’s total on 100; null until its project_end sheets are in (never taken as 0)',
  })
  committee: number | null;

  @ApiProperty({
    type: 'number',
    nullable: true,
    description: 'Weighted by the call’s project weights; null while a part is missing',
  })
  combined: number | null;
}

@ApiSchema({ name: 'EvaluationOfProjectKpi', description: 'A KPI of the proposal content with its actual value' })
export class EvaluationOfProjectKpiResponse {
  @ApiProperty({
    type: 'string',
    enum: ['outcome', 'activity'],
    description: '成果目標 (outcome) or 活動指標 (activity)',
  })
  // Optional to the compiler only: the evaluation's KPI rows are the content's KPIs spread, `kind` with them.
  kind?: string;

  @ApiProperty({ type: 'string' })
  name: string;

  @ApiProperty({ type: 'string' })
  unit: string;

  @ApiPropertyOptional({ type: 'number' })
  baseline?: number;

  @ApiProperty({ type: 'number' })
  target: number;

  @ApiProperty({ type: 'number', description: 'From the group’s self-evaluation; null if not given', nullable: true })
  actual: number | null;

  @ApiProperty({ type: 'number', description: 'actual ÷ target × 100; null without both', nullable: true })
  achievementPercent: number | null;
}

@ApiSchema({
  name: 'EvaluationOfProject',
  description: '事業評価: self-evaluations side by side, the combined verdict, KPIs planned against actual',
})
export class EvaluationOfProjectResponse {
  @ApiProperty({ type: () => EvaluationOfProjectItemResponse, isArray: true })
  items: EvaluationOfProjectItemResponse[];

  @ApiProperty({
    type: 'array',
    items: { type: 'string' },
    description: 'Items 2 or more apart, which seed the mutual evaluation (相互評価)',
  })
  mutualEvaluationItems: string[];

  @ApiProperty({ type: () => EvaluationOfProjectTotalsResponse })
  totals: EvaluationOfProjectTotalsResponse;

  @ApiProperty({
    type: 'string',
    enum: ['A', 'B', 'C'],
    nullable: true,
    description: 'A ≥ 80, B ≥ 60, else C; null while a part is missing',
  })
  verdict: string | null;

  @ApiProperty({
    type: 'array',
    items: { type: 'string', enum: ['group', 'department', 'committee'] },
    description:
      'The parts not there yet (a self-evaluation not submitted, the committee’s sheets not in): no combined total or verdict until empty',
  })
  missing: string[];

  @ApiProperty({
    type: 'string',
    enum: ['proportional', 'range'],
    description: 'How the project_end rubric counts a score (docs/evaluation.md)',
  })
  scoring: string;

  @ApiProperty({ type: () => EvaluationOfProjectKpiResponse, isArray: true })
  kpis: EvaluationOfProjectKpiResponse[];

  @ApiProperty({
    type: 'string',
    enum: ['A', 'B', 'C'],
    description: 'The committee’s recorded assessment',
    nullable: true,
  })
  committeeVerdict: string | null;

  @ApiProperty({ type: () => ScoreRoundingRuleResponse })
  rounding: ScoreRoundingRuleResponse;
}
