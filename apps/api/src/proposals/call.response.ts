import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import type { Timestamp } from '../openapi/answers';
import { CONFLICT_RULE, ProjectWeightsResponse, StageCombinationResponse } from '../review/review-results.response';

/** What the calls (募集回) and their themes answer. */

@ApiSchema({
  name: 'CallEvaluationSettings',
  description: 'How the call’s reviews are scored and combined, as set; what is left out takes the default',
})
export class CallEvaluationSettingsResponse {
  @ApiPropertyOptional(CONFLICT_RULE)
  conflictRule?: string;

  @ApiPropertyOptional({ type: 'number', minimum: 0, maximum: 100, description: 'Adoption line, % of full marks' })
  thresholdPercent?: number;

  @ApiPropertyOptional({
    type: 'number',
    minimum: 0,
    maximum: 100,
    description: 'Criteria whose max − min score reaches this are flagged',
  })
  disagreementSpread?: number;

  @ApiPropertyOptional({ type: () => StageCombinationResponse })
  stageCombination?: StageCombinationResponse;

  @ApiPropertyOptional({ type: () => ProjectWeightsResponse })
  projectWeights?: ProjectWeightsResponse;
}

@ApiSchema({ name: 'Call', description: '募集回: one round of the scheme' })
export class CallResponse {
  @ApiProperty({ type: 'string', format: 'uuid' })
  id: string;

  @ApiProperty({ type: 'string', format: 'uuid' })
  municipalityId: string;

  @ApiProperty({ type: 'integer', minimum: 2000, maximum: 2100, description: '年度 (fiscal year)' })
  fiscalYear: number;

  @ApiProperty({ type: 'string' })
  titleJa: string;

  @ApiProperty({ type: 'string' })
  titleEn: string;

  @ApiProperty({ type: 'string', description: 'Empty when none was given' })
  descriptionJa: string;

  @ApiProperty({ type: 'string', description: 'Empty when none was given' })
  descriptionEn: string;

  @ApiProperty({ type: 'string', description: '応募資格 (eligibility); empty when none was given' })
  eligibilityJa: string;

  @ApiProperty({ type: 'string' })
  eligibilityEn: string;

  @ApiProperty({ type: 'string', description: '対象外となる事業 (projects excluded); empty when none was given' })
  exclusionsJa: string;

  @ApiProperty({ type: 'string' })
  exclusionsEn: string;

  @ApiProperty({
    type: 'integer',
    nullable: true,
    minimum: 0,
    maximum: 1000000000000,
    description: 'Maximum requested amount in yen; null for no maximum',
  })
  maxRequestedAmount: number | null;

  @ApiProperty({
    type: 'array',
    items: { type: 'string' },
    description: 'Keys of the municipality’s activity fields in scope; empty means all',
  })
  activityFields: string[];

  @ApiProperty({ type: 'string', format: 'date-time' })
  submissionOpensAt: Timestamp;

  @ApiProperty({
    type: 'string',
    format: 'date-time',
    description: 'The submission deadline (a timer closes the call then)',
  })
  submissionClosesAt: Timestamp;

  @ApiProperty({ type: 'string', format: 'date-time', description: '形式審査 (eligibility screening)', nullable: true })
  screeningAt: Timestamp | null;

  @ApiProperty({
    type: 'string',
    format: 'date-time',
    description: '審査（採点）締切 (scoring deadline)',
    nullable: true,
  })
  reviewDeadlineAt: Timestamp | null;

  @ApiProperty({
    type: 'string',
    format: 'date-time',
    description: '合同評価会議 (joint evaluation meeting)',
    nullable: true,
  })
  jointEvaluationAt: Timestamp | null;

  @ApiProperty({
    type: 'string',
    format: 'date-time',
    description: '結果公表 (publication of the results)',
    nullable: true,
  })
  publicationAt: Timestamp | null;

  @ApiProperty({ type: 'boolean', description: '担当課協議 (department consultation) required before review' })
  consultationRequired: boolean;

  @ApiProperty({ type: 'boolean', description: 'Adoption is provisional (内定) until the budget passes' })
  provisionalAdoption: boolean;

  @ApiProperty({ type: 'boolean', description: '事前相談 (pre-consultation) recorded before submission' })
  preConsultation: boolean;

  @ApiProperty({
    type: 'string',
    enum: ['accepting', 'closed_for_submission'],
    description: 'closed_for_submission once the submission deadline has passed',
  })
  phase: string;

  @ApiProperty({ type: 'integer', minimum: 1, description: 'Send as If-Match to edit the call' })
  version: number;

  @ApiProperty({ type: () => CallEvaluationSettingsResponse })
  evaluationSettings: CallEvaluationSettingsResponse;

  @ApiProperty({
    type: 'boolean',
    description: '一斉通知: decision notices wait until the secretariat releases them for the whole call',
  })
  holdDecisionNotices: boolean;

  @ApiProperty({ type: 'string', format: 'date-time' })
  createdAt: Timestamp;

  @ApiProperty({ type: 'string', format: 'date-time' })
  updatedAt: Timestamp;
}

@ApiSchema({ name: 'Theme', description: '市提案テーマ: a theme a department posts in a call for groups to answer' })
export class ThemeResponse {
  @ApiProperty({ type: 'string', format: 'uuid' })
  id: string;

  @ApiProperty({ type: 'string', format: 'uuid' })
  municipalityId: string;

  @ApiProperty({ type: 'string', format: 'uuid' })
  callId: string;

  @ApiProperty({ type: 'string', format: 'uuid', description: 'The department that posted it' })
  departmentId: string;

  @ApiProperty({ type: 'string' })
  titleJa: string;

  @ApiProperty({ type: 'string' })
  titleEn: string;

  @ApiProperty({ type: 'string', description: 'Empty when none was given' })
  descriptionJa: string;

  @ApiProperty({ type: 'string', description: 'Empty when none was given' })
  descriptionEn: string;

  @ApiProperty({ type: 'string', format: 'uuid', description: 'The user who posted it' })
  createdBy: string;

  @ApiProperty({ type: 'string', format: 'date-time' })
  createdAt: Timestamp;
}

@ApiSchema({ name: 'Announcement', description: '一斉通知: the release of a call’s held decision notices' })
export class AnnouncementResponse {
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Decision notices of the call held when asked' })
  held: number;

  @ApiProperty({
    type: 'string',
    format: 'date-time',
    nullable: true,
    description:
      'When the held notices will be released (a future `releaseAt` schedules it); null when they were released now (none sent, or a moment already past)',
  })
  releaseAt: Timestamp | null;
}
