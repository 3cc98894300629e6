import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import type { Timestamp } from '../openapi/answers';
import { LocalizedTextResponse } from '../openapi/localized-text.response';

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

  @ApiProperty({ type: 'string', enum: ['group', 'department'], description: 'Group proposal or department theme' })
  origin: string;

  @ApiProperty({
    type: () => LocalizedTextResponse,
    description: 'The proposing group or department',
  })
  organization: LocalizedTextResponse;

  @ApiProperty({ type: () => LocalizedTextResponse, isArray: true })
  partnerDepartments: LocalizedTextResponse[];

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
}

@ApiSchema({ name: 'PublicationPackageDecision' })
export class PublicationPackageDecisionResponse {
  @ApiProperty({ type: 'string', enum: ['adopted', 'adoptedWithConditions', 'notAdopted'] })
  outcome: string;

  @ApiProperty({ type: 'string', description: 'The committee’s comment (講評)' })
  comment: string;

  @ApiProperty({ type: 'string', format: 'date-time' })
  decidedAt: Timestamp;
}

@ApiSchema({ name: 'PublicationPackageCondition' })
export class PublicationPackageConditionResponse {
  @ApiProperty({ type: 'string' })
  text: string;

  @ApiProperty({ type: 'boolean' })
  resolved: boolean;
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

  @ApiProperty({ type: 'integer', minimum: 1, description: 'Ties share a rank (1, 2, 2, 4)' })
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

@ApiSchema({ name: 'PublicationPackageRounding', description: 'How the scores were rounded' })
export class PublicationPackageRoundingResponse {
  @ApiProperty({ type: 'string' })
  ja: string;

  @ApiProperty({ type: 'string' })
  en: string;
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
