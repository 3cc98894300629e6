import { PARTNERSHIP_FORMS } from '@kyodo/platform';
import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import type { Timestamp } from '../openapi/answers';
import { LocalizedTextResponse } from '../openapi/localized-text.response';
import { TieBreakResponse } from '../review/review-results.response';
import { SCORING_METHOD, StageDisplayResponse } from '../review/score-display.response';

/**
 * A package as BuildPublication (libs/disclosure) stored it: immutable once published, so what a reader gets is
 * what the package held on the day — a correction is a new version, never an edit.
 */

@ApiSchema({ name: 'PublicationPackageProposalKpi' })
export class PublicationPackageProposalKpiResponse {
  @ApiProperty({ type: 'string', enum: ['outcome', 'activity'], description: '成果目標 / 活動指標' })
  kind: string;

  @ApiProperty({ type: 'string' })
  name: string;

  @ApiProperty({ type: 'string' })
  unit: string;

  @ApiPropertyOptional({ type: 'number' })
  baseline?: number;

  @ApiProperty({ type: 'number' })
  target: number;
}

@ApiSchema({ name: 'PublicationPackageProposal' })
export class PublicationPackageProposalResponse {
  @ApiProperty({ type: 'string', format: 'uuid' })
  id: string;

  @ApiProperty({ type: 'string', nullable: true, description: 'Receipt number (受付番号)' })
  receiptNumber: string | null;

  @ApiProperty({ type: 'string' })
  title: string;

  @ApiProperty({ type: 'string', enum: ['group', 'department'], description: 'The proposer’s kind' })
  origin: string;

  @ApiPropertyOptional({
    type: 'string',
    enum: ['theme', 'free'],
    description:
      'テーマ設定型 or 自由提案型; absent from packages published before it was recorded (theme set or not says it)',
  })
  proposalType?: 'theme' | 'free';

  @ApiProperty({
    type: () => LocalizedTextResponse,
    description: 'The proposing group or department',
  })
  organization: LocalizedTextResponse;

  @ApiProperty({ type: () => LocalizedTextResponse, isArray: true })
  partnerDepartments: LocalizedTextResponse[];

  @ApiPropertyOptional({
    type: () => LocalizedTextResponse,
    isArray: true,
    description:
      '協働相手 named by a department’s proposal, by name (absent in packages published before they were recorded)',
  })
  partnerGroups?: LocalizedTextResponse[];

  @ApiProperty({
    type: 'string',
    nullable: true,
    description: 'The department theme answered (市提案テーマ), in Japanese',
  })
  theme: string | null;

  @ApiProperty({ type: 'string', nullable: true })
  summary: string | null;

  @ApiProperty({ type: 'string', nullable: true, description: 'The local need addressed (課題・地域ニーズ)' })
  background: string | null;

  @ApiProperty({ type: 'string', nullable: true })
  objectives: string | null;

  @ApiProperty({ type: () => PublicationPackageProposalKpiResponse, isArray: true })
  kpis: PublicationPackageProposalKpiResponse[];

  @ApiProperty({ type: 'array', items: { type: 'string' }, description: 'Keys of the municipality’s activity fields' })
  activityFields: string[];

  @ApiProperty({ type: 'integer', minimum: 0, nullable: true, description: 'Yen' })
  requestedAmount: number | null;
}

@ApiSchema({ name: 'PublicationPackageCall' })
export class PublicationPackageCallResponse {
  @ApiProperty({ type: 'string', format: 'uuid' })
  id: string;

  @ApiProperty({ type: 'integer' })
  fiscalYear: number;

  @ApiProperty({ type: () => LocalizedTextResponse })
  title: LocalizedTextResponse;

  @ApiPropertyOptional({
    type: 'string',
    enum: PARTNERSHIP_FORMS,
    nullable: true,
    description:
      '協働の形態 the call funded, which names the amount (委託料, 補助金, 負担金 …); null when the call did not say, absent in packages published before calls said it',
  })
  partnershipForm?: string | null;
}

@ApiSchema({ name: 'PublicationPackageBudgetRejection' })
export class PublicationPackageBudgetRejectionResponse {
  @ApiProperty({ type: 'string', description: '予算不成立の理由' })
  reason: string;

  @ApiProperty({ type: 'string', format: 'date-time' })
  at: Timestamp;
}

@ApiSchema({ name: 'PublicationPackageDecision' })
export class PublicationPackageDecisionResponse {
  @ApiProperty({ type: 'string', enum: ['adopted', 'adoptedWithConditions', 'notAdopted'] })
  outcome: string;

  @ApiProperty({ type: 'string', description: 'The committee’s comment (講評), kept when the budget falls' })
  comment: string;

  @ApiProperty({ type: 'string', format: 'date-time' })
  decidedAt: Timestamp;

  @ApiPropertyOptional({
    type: 'boolean',
    description:
      '内定: adopted pending the budget; a new version follows the budget decision (absent in packages published before it was recorded)',
  })
  provisional?: boolean;

  @ApiPropertyOptional({
    type: () => PublicationPackageBudgetRejectionResponse,
    nullable: true,
    description:
      '予算不成立: why the budget of a provisional adoption fell, beside the committee’s 講評; null otherwise',
  })
  budgetRejection?: PublicationPackageBudgetRejectionResponse | null;
}

@ApiSchema({ name: 'PublicationPackageCondition' })
export class PublicationPackageConditionResponse {
  @ApiProperty({ type: 'string' })
  text: string;

  @ApiProperty({ type: 'boolean' })
  resolved: boolean;
}

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

@ApiSchema({ name: 'PublicationPackageCommittee' })
export class PublicationPackageCommitteeResponse {
  @ApiProperty({ type: 'string' })
  name: string;

  @ApiProperty({ type: 'string', enum: ['member', 'chair'] })
  position: string;

  @ApiProperty({ type: 'string', nullable: true, description: 'e.g. 学識経験者, 市民委員' })
  affiliation: string | null;
}

@ApiSchema({ name: 'PublicationPackage' })
export class PublicationPackageResponse {
  @ApiProperty({ type: 'string', enum: ['decision', 'assessment'] })
  kind: string;

  @ApiProperty({ type: () => PublicationPackageProposalResponse })
  proposal: PublicationPackageProposalResponse;

  @ApiProperty({ type: () => PublicationPackageCallResponse })
  call: PublicationPackageCallResponse;

  @ApiProperty({ type: () => PublicationPackageDecisionResponse, nullable: true })
  decision: PublicationPackageDecisionResponse | null;

  @ApiProperty({
    type: () => PublicationPackageConditionResponse,
    isArray: true,
    description: 'Conditions of an adoption with conditions (付帯条件)',
  })
  conditions: PublicationPackageConditionResponse[];

  @ApiProperty({
    type: () => PublicationPackageAssessmentResponse,
    nullable: true,
    description: 'The committee’s assessment of the finished project (事業評価); only in an assessment package',
  })
  assessment: PublicationPackageAssessmentResponse | null;

  @ApiProperty({
    type: () => PublicationPackageScoresResponse,
    description: 'The aggregated result of each stage that has one',
  })
  scores: PublicationPackageScoresResponse;

  @ApiProperty({
    type: () => PublicationPackageConsensusResponse,
    nullable: true,
    description: 'The latest consensus scores the committee recorded, with their reasons, by criterion key',
  })
  consensus: PublicationPackageConsensusResponse | null;

  @ApiProperty({ type: () => PublicationPackageRoundingResponse, description: 'How the scores were rounded' })
  rounding: PublicationPackageRoundingResponse;

  @ApiPropertyOptional({
    type: () => LocalizedTextResponse,
    description:
      'The standard note 「※端数処理の関係で合計が合わない場合があります。」, shown beside a stage whose display.roundingNote is true; absent from older packages',
  })
  roundingNote?: LocalizedTextResponse;

  @ApiProperty({
    type: () => PublicationPackageCommitteeResponse,
    isArray: true,
    nullable: true,
    description: 'The committee, named only where the municipality chose to — never beside a score',
  })
  committee: PublicationPackageCommitteeResponse[] | null;

  @ApiProperty({
    type: 'string',
    description: 'The proposal’s state when the package was built (e.g. `decided.adopted`)',
  })
  state: string;
}

@ApiSchema({
  name: 'PublicationVersion',
  description: 'One version of a package, with when it was published and, for a correction, why',
})
export class PublicationVersionResponse extends PublicationPackageResponse {
  @ApiProperty({ type: 'integer', minimum: 1 })
  version: number;

  @ApiProperty({ type: 'string', format: 'date-time' })
  publishedAt: Timestamp;

  @ApiProperty({ type: 'string', nullable: true })
  correctionReason: string | null;
}

@ApiSchema({ name: 'PublicationCorrection' })
export class PublicationCorrectionResponse {
  @ApiProperty({
    type: 'integer',
    minimum: 2,
    nullable: true,
    description: 'The new version; null if the package could not be rebuilt',
  })
  version: number | null;

  @ApiProperty({ type: 'string' })
  reason: string;
}
