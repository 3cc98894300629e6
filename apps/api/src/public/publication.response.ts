import { PARTNERSHIP_FORMS } from '@kyodo/platform';
import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import type { Timestamp } from '../openapi/answers';
import { LocalizedTextResponse } from '../openapi/localized-text.response';
import {
  PublicationPackageAssessmentResponse,
  PublicationPackageRoundingResponse,
} from './publication-assessment.response';
import { PublicationPackageConsensusResponse, PublicationPackageScoresResponse } from './publication-scores.response';

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
