import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { PARTNERSHIP_FORMS } from '@kyodo/platform';
import type { Timestamp } from '../openapi/answers';
import {
  CONFLICT_RULE,
  ProjectWeightsResponse,
  StageCombinationResponse,
  TIE_BREAK_RULE,
} from '../review/review-results.response';
import { ScoreDecimalsResponse } from '../review/score-display.response';
import { LocalizedTextResponse } from '../openapi/localized-text.response';

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

  @ApiPropertyOptional(TIE_BREAK_RULE)
  tieBreak?: string;

  @ApiPropertyOptional({ type: () => ScoreDecimalsResponse })
  scoreDecimals?: ScoreDecimalsResponse;

  @ApiPropertyOptional({ type: 'boolean', description: 'Published scores add the 100-point conversion' })
  showOnHundred?: boolean;
}

@ApiSchema({ name: 'CallDateWarning', description: 'A date of a call to look at twice (never a refusal)' })
export class CallDateWarningResponse {
  @ApiProperty({
    type: 'string',
    enum: ['outside_recruitment_year', 'recruits_year_before', 'deadline_on_closed_day'],
    description:
      'outside_recruitment_year: the date is not in 募集年度 (April–March); recruits_year_before: every date is in the year before 実施年度 while 募集年度 says the same year; deadline_on_closed_day: a deadline on a weekend, national holiday or 年末年始',
  })
  code: string;

  @ApiProperty({
    type: 'string',
    enum: [
      'submissionOpensAt',
      'submissionClosesAt',
      'screeningAt',
      'reviewDeadlineAt',
      'jointEvaluationAt',
      'publicationAt',
    ],
  })
  field: string;

  @ApiProperty({ type: 'string', format: 'date', description: 'The day in Japan' })
  day: string;

  @ApiProperty({ type: () => LocalizedTextResponse })
  message: LocalizedTextResponse;
}

@ApiSchema({ name: 'Call', description: '募集回: one round of the scheme' })
export class CallResponse {
  @ApiProperty({ type: 'string', format: 'uuid' })
  id: string;

  @ApiProperty({ type: 'string', format: 'uuid' })
  municipalityId: string;

  @ApiProperty({
    type: 'integer',
    minimum: 2000,
    maximum: 2100,
    description: '実施年度 (the fiscal year projects run in)',
  })
  fiscalYear: number;

  @ApiProperty({
    type: 'integer',
    minimum: 2000,
    maximum: 2100,
    description:
      '募集年度 (the fiscal year the call recruits in; the year before fiscalYear for schemes recruiting ahead)',
  })
  recruitmentFiscalYear: number;

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

  @ApiProperty({ type: 'string', enum: PARTNERSHIP_FORMS, nullable: true, description: '協働の形態 the call funds' })
  partnershipForm: string | null;

  @ApiProperty({ type: 'integer', nullable: true, description: '補助率 numerator (経費の3分の2以内: 2)' })
  subsidyRatioNumerator: number | null;

  @ApiProperty({ type: 'integer', nullable: true, description: '補助率 denominator (経費の3分の2以内: 3)' })
  subsidyRatioDenominator: number | null;

  @ApiProperty({
    type: 'array',
    items: { type: 'integer' },
    description: 'Cap of each year of a continuing project, first year first (later years take the last); empty = none',
  })
  yearlyCaps: number[];

  @ApiProperty({
    type: () => CallDateWarningResponse,
    isArray: true,
    description: 'What the call’s dates deserve a second look for; warnings only, the call is saved',
  })
  dateWarnings: CallDateWarningResponse[];

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

  @ApiProperty({
    type: 'boolean',
    description: '継続提案: a proposal may continue a project adopted in an earlier call',
  })
  continuationAllowed: boolean;

  @ApiProperty({
    type: 'integer',
    minimum: 2,
    maximum: 10,
    description: 'The most consecutive years a project may run, the first year counting as 1',
  })
  continuationMaxYears: number;

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
