import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDateString,
  IsIn,
  IsInt,
  IsNumber,
  IsObject,
  ValidateIf,
  ValidateNested,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  registerDecorator,
  type ValidationArguments,
  type ValidationOptions,
} from 'class-validator';
import { TIE_BREAK_RULES, type TieBreakRule } from '@kyodo/review';
import { PARTNERSHIP_FORMS, type PartnershipForm } from '@kyodo/platform';
import { OptionalText, RequiredText } from '../http/text-fields';
import { Optional, OptionalOrNull } from '../http/optional';

/** What a call (募集回) takes: its settings, dates and texts, its themes, the announcement of its results. */
class StageWeightsDto {
  @ApiProperty({ example: 50 }) @IsInt() @Min(0) @Max(100) document: number;
  @ApiProperty({ example: 50 }) @IsInt() @Min(0) @Max(100) presentation: number;
}

class StageCombinationDto {
  @ApiProperty({ enum: ['threshold', 'weighted'] })
  @IsIn(['threshold', 'weighted'])
  kind: 'threshold' | 'weighted';

  @ApiPropertyOptional({ example: 60, description: 'threshold: stage-1 mark (on 100) to go on to stage 2' })
  // Validated whenever sent, not only when it applies: the settings are stored as sent (a list where a
  // number belongs stayed in the call's settings for a later switch of kind to meet).
  @ValidateIf((o: StageCombinationDto) => o.kind === 'threshold' || o.stage1PassMark !== undefined)
  @IsNumber()
  @Min(0)
  @Max(100)
  stage1PassMark?: number;

  @ApiPropertyOptional({ type: StageWeightsDto, description: 'weighted: e.g. 50 / 50' })
  @ValidateIf((o: StageCombinationDto) => o.kind === 'weighted' || o.weights !== undefined)
  // @IsObject: @ValidateNested alone accepted "weighted" without weights, which combine-stages then destructures.
  @IsObject()
  @ValidateNested()
  @Type(() => StageWeightsDto)
  weights?: StageWeightsDto;
}

/** A score shows at least `min` decimals and at most `max`: a minimum above the maximum cannot be displayed. */
function NotAboveMax(options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'notAboveMax',
      target: target.constructor,
      propertyName,
      options: { message: 'min must not exceed max', ...options },
      validator: {
        validate: (value: unknown, args: ValidationArguments) =>
          typeof value !== 'number' ||
          typeof (args.object as ScoreDecimalsDto).max !== 'number' ||
          value <= (args.object as ScoreDecimalsDto).max,
      },
    });
}

class ScoreDecimalsDto {
  @ApiProperty({ example: 0 }) @IsInt() @Min(0) @Max(2) @NotAboveMax() min: number;
  @ApiProperty({ example: 2 }) @IsInt() @Min(0) @Max(2) max: number;
}

class ProjectWeightsDto {
  @ApiProperty({ example: 20 }) @IsInt() @Min(0) @Max(100) group: number;
  @ApiProperty({ example: 20 }) @IsInt() @Min(0) @Max(100) department: number;
  @ApiProperty({ example: 60 }) @IsInt() @Min(0) @Max(100) committee: number;
}

export class EvaluationSettingsDto {
  @ApiPropertyOptional({
    enum: ['renormalize', 'substitute_mean'],
    description: 'the rule for a recused reviewer’s missing score',
  })
  @Optional()
  @IsIn(['renormalize', 'substitute_mean'])
  conflictRule?: 'renormalize' | 'substitute_mean';

  @ApiPropertyOptional({ example: 60, description: 'adoption line, % of full marks' })
  @Optional()
  @IsNumber()
  @Min(0)
  @Max(100)
  thresholdPercent?: number;

  @ApiPropertyOptional({ example: 2, description: 'flag criteria whose max − min reaches this' })
  @Optional()
  @IsNumber()
  @Min(0)
  @Max(100)
  disagreementSpread?: number;

  @ApiPropertyOptional({ type: StageCombinationDto })
  @Optional()
  // @IsObject: @ValidateNested alone accepts a list (it validates each item, and an empty list has none).
  @IsObject()
  @ValidateNested()
  @Type(() => StageCombinationDto)
  stageCombination?: StageCombinationDto;

  @ApiPropertyOptional({ type: ProjectWeightsDto })
  @Optional()
  @IsObject()
  @ValidateNested()
  @Type(() => ProjectWeightsDto)
  projectWeights?: ProjectWeightsDto;

  @ApiPropertyOptional({
    enum: TIE_BREAK_RULES,
    description:
      'how tied totals are ordered: committee (総合的な優劣, the default: the tie is kept), majority (多数決), ' +
      'lower_amount (見積金額が低い者から), rank_sum (順位合計方式)',
  })
  @Optional()
  @IsIn(TIE_BREAK_RULES)
  tieBreak?: TieBreakRule;

  @ApiPropertyOptional({
    type: ScoreDecimalsDto,
    description:
      'Decimals published scores show: { min: 0, max: 2 } (default) is 4.4, 4, 4.13; min must not exceed max',
  })
  @Optional()
  @IsObject()
  @ValidateNested()
  @Type(() => ScoreDecimalsDto)
  scoreDecimals?: ScoreDecimalsDto;

  @ApiPropertyOptional({
    description:
      'Show the 100-point conversion (100点換算) beside the total on the rubric’s full marks (default false)',
  })
  @Optional()
  @IsBoolean()
  showOnHundred?: boolean;
}

export class CreateCallDto {
  @ApiProperty({ example: 2026, description: '実施年度: the fiscal year (April–March) the adopted projects run in' })
  @IsInt()
  @Min(2000)
  @Max(2100)
  fiscalYear: number;

  @ApiPropertyOptional({
    example: 2025,
    description: '募集年度: the fiscal year the call recruits in, at most fiscalYear; absent, the same as fiscalYear',
  })
  @Optional()
  @IsInt()
  @Min(2000)
  @Max(2100)
  recruitmentFiscalYear?: number;

  @RequiredText(200, { example: '令和8年度 協働事業提案制度' })
  titleJa: string;

  @OptionalText(200, {
    example: 'FY2026 Collaborative Project Proposals',
    description: 'Optional: empty or absent shows the Japanese title',
  })
  titleEn?: string;

  @OptionalText(20_000)
  descriptionJa?: string;

  @OptionalText(20_000)
  descriptionEn?: string;

  @ApiPropertyOptional({
    nullable: true,
    example: 1_000_000,
    description: 'Maximum requested amount in yen; null = no maximum',
  })
  @OptionalOrNull()
  @IsInt()
  @Min(0)
  @Max(1_000_000_000_000)
  maxRequestedAmount?: number;

  @ApiPropertyOptional({
    type: 'string',
    nullable: true,
    enum: PARTNERSHIP_FORMS,
    description: '協働の形態 the call funds (委託 / 補助 / 負担金 / 共催 / 後援 / その他); null = not said',
  })
  @OptionalOrNull()
  @IsIn([...PARTNERSHIP_FORMS])
  partnershipForm?: PartnershipForm | null;

  @ApiPropertyOptional({
    type: 'integer',
    nullable: true,
    example: 2,
    description: '補助率 numerator: 経費の3分の2以内 is 2 / 3; given with subsidyRatioDenominator, or neither',
  })
  @OptionalOrNull()
  @IsInt()
  @Min(1)
  @Max(1000)
  subsidyRatioNumerator?: number | null;

  @ApiPropertyOptional({ type: 'integer', nullable: true, example: 3, description: '補助率 denominator' })
  @OptionalOrNull()
  @IsInt()
  @Min(1)
  @Max(1000)
  subsidyRatioDenominator?: number | null;

  @ApiPropertyOptional({
    type: 'integer',
    isArray: true,
    example: [500000, 400000, 300000],
    description:
      'The cap of each year of a continuing project in yen, the first year first; later years take the last; empty = none',
  })
  @Optional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsInt({ each: true })
  @Min(0, { each: true })
  @Max(1_000_000_000_000, { each: true })
  yearlyCaps?: number[];

  @OptionalText(20_000, { description: '応募資格' })
  eligibilityJa?: string;

  @OptionalText(20_000)
  eligibilityEn?: string;

  @OptionalText(20_000, { description: '対象外となる事業' })
  exclusionsJa?: string;

  @OptionalText(20_000)
  exclusionsEn?: string;

  @ApiPropertyOptional({ type: [String], description: 'activity field keys in scope; empty = all' })
  @Optional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(50, { each: true })
  activityFields?: string[];

  @ApiProperty({ example: '2026-04-01T00:00:00+09:00' })
  @IsDateString({ strict: true })
  submissionOpensAt: string;

  @ApiProperty({ example: '2026-06-30T17:00:00+09:00' })
  @IsDateString({ strict: true })
  submissionClosesAt: string;

  @ApiPropertyOptional({ nullable: true, description: '形式審査' })
  @OptionalOrNull()
  @IsDateString({ strict: true })
  screeningAt?: string;

  @ApiPropertyOptional({ nullable: true, description: '審査（採点）締切' })
  @OptionalOrNull()
  @IsDateString({ strict: true })
  reviewDeadlineAt?: string;

  @ApiPropertyOptional({ nullable: true, description: '合同評価会議' })
  @OptionalOrNull()
  @IsDateString({ strict: true })
  jointEvaluationAt?: string;

  @ApiPropertyOptional({ nullable: true, description: '結果公表' })
  @OptionalOrNull()
  @IsDateString({ strict: true })
  publicationAt?: string;

  @ApiPropertyOptional({ description: '担当課協議 required before review' })
  @Optional()
  @IsBoolean()
  consultationRequired?: boolean;

  @ApiPropertyOptional({ description: 'Adoption is provisional (内定) until the budget passes' })
  @Optional()
  @IsBoolean()
  provisionalAdoption?: boolean;

  @ApiPropertyOptional({ type: EvaluationSettingsDto })
  @Optional()
  @IsObject()
  @ValidateNested()
  @Type(() => EvaluationSettingsDto)
  evaluationSettings?: EvaluationSettingsDto;

  @ApiPropertyOptional({ description: '一斉通知: hold decision notices until released for the whole call' })
  @Optional()
  @IsBoolean()
  holdDecisionNotices?: boolean;

  @ApiPropertyOptional({ description: '事前相談 recorded before submission' })
  @Optional()
  @IsBoolean()
  preConsultation?: boolean;

  @ApiPropertyOptional({ description: '継続提案: a proposal may continue a project adopted in an earlier call' })
  @Optional()
  @IsBoolean()
  continuationAllowed?: boolean;

  @ApiPropertyOptional({
    type: 'integer',
    minimum: 2,
    maximum: 10,
    example: 3,
    description: 'The most consecutive years a project may run, the first year counting as 1 (default 3)',
  })
  @Optional()
  @IsInt()
  @Min(2)
  @Max(10)
  continuationMaxYears?: number;
}

/** Every field optional; an explicit null only where the field may be cleared (OptionalOrNull), else refused. */
export class UpdateCallDto extends PartialType(CreateCallDto, { skipNullProperties: false }) {}

export class CreateThemeDto {
  @ApiProperty({ description: 'The department posting the theme' })
  @IsUUID()
  departmentId: string;

  @RequiredText(200, { example: '子どもの居場所づくり' })
  titleJa: string;

  @OptionalText(200, {
    example: 'Places for children',
    description: 'Optional: empty or absent shows the Japanese title',
  })
  titleEn?: string;

  @OptionalText(20_000)
  descriptionJa?: string;

  @OptionalText(20_000)
  descriptionEn?: string;
}

export class AnnouncementDto {
  @ApiPropertyOptional({
    nullable: true,
    example: '2027-02-15T10:00:00+09:00',
    description: 'when to release; omitted or null = now',
  })
  @OptionalOrNull()
  @IsDateString({ strict: true })
  releaseAt?: string;
}
