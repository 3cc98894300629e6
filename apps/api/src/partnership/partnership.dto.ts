import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsDateString,
  IsIn,
  IsInt,
  IsNumber,
  IsObject,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  MILESTONE_STATUSES,
  type MilestoneStatus,
  PARTNERSHIP_FORMS,
  PLAN_CHANGE_KINDS,
  type PartnershipForm,
  type PlanChangeKind,
} from '@kyodo/partnership';
import { Optional } from '../http/optional';
import { OptionalText, RequiredText } from '../http/text-fields';
import { AgreementPartyCorrectionDto } from './agreement-party.dto';

/** A calendar day, YYYY-MM-DD, that exists (2026-02-30 does not). */
const Day = (description: string) =>
  applyDecorators(
    ApiProperty({ type: 'string', format: 'date', example: '2026-04-01', description }),
    Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '$property must be a day, YYYY-MM-DD' }),
    IsDateString({ strict: true }),
  );

/** 協定の締結: the agreement form. The parties' ids come from the proposal; their names are as the 協定書 writes them. */
export class ConcludeAgreementDto {
  @RequiredText(200, { description: 'The group party as the agreement names it (団体名)' })
  groupName: string;

  @RequiredText(200, { description: 'The department party as the agreement names it (担当課名)' })
  departmentName: string;

  @Day('協定期間の開始日')
  termStart: string;

  @Day('協定期間の終了日 (after the start)')
  termEnd: string;

  @RequiredText(20_000, { description: '役割分担' })
  roleSharing: string;

  @RequiredText(20_000, { description: '情報共有の方法' })
  informationSharing: string;

  @RequiredText(20_000, { description: '経費の分担' })
  costSharing: string;

  @ApiProperty({ type: 'integer', minimum: 0, maximum: 10_000_000_000, description: '交付・支出額 in yen' })
  @IsInt()
  @Min(0)
  @Max(10_000_000_000)
  grantedAmount: number;

  @ApiProperty({ enum: PARTNERSHIP_FORMS, description: '委託 / 補助 / 負担金 / 共催 / 後援 / その他' })
  @IsIn([...PARTNERSHIP_FORMS])
  partnershipForm: PartnershipForm;

  @ApiProperty({ maxLength: 50, description: '様式番号 (e.g. 様式第7号); may be empty' })
  @Matches(/^[^\n]{0,50}$/, { message: '$property must be one line of at most 50 characters' })
  formNumber: string;

  @Day('作成日 (the date written on the 協定書)')
  madeOn: string;

  @ApiPropertyOptional({
    type: () => AgreementPartyCorrectionDto,
    isArray: true,
    description:
      'Every party’s name and contact details as the 協定書 prints them; a party left out keeps its record’s',
  })
  @Optional()
  @IsArray()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => AgreementPartyCorrectionDto)
  parties?: AgreementPartyCorrectionDto[];
}

export class KpiActualDto {
  @RequiredText(200, { description: 'The KPI’s name as the proposal states it' })
  name: string;

  @ApiProperty({ type: 'number', description: 'The actual value to date' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-1_000_000_000_000)
  @Max(1_000_000_000_000)
  actual: number;
}

/** 中間報告. */
export class ReportProgressDto {
  @Day('報告期間の開始日')
  periodFrom: string;

  @Day('報告期間の終了日')
  periodTo: string;

  @RequiredText(20_000, { description: 'What was done, and how it went' })
  summary: string;

  @ApiProperty({ type: [KpiActualDto], description: 'Actuals to date, per KPI of the proposal (some may be left out)' })
  @IsArray()
  @ArrayMaxSize(50)
  // @IsObject each: @ValidateNested alone accepts a list of lists of valid items (it walks into nested lists).
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => KpiActualDto)
  kpiActuals: KpiActualDto[];
}

/** The secretariat's answer to a progress report. */
export class ReviewProgressReportDto {
  @ApiProperty({ enum: ['accepted', 'returned'] })
  @IsIn(['accepted', 'returned'])
  decision: 'accepted' | 'returned';

  @OptionalText(5000, { description: 'What to correct (required to return)' })
  note?: string;
}

/** 工程. */
export class RecordMilestoneDto {
  @RequiredText(500)
  title: string;

  @ApiPropertyOptional({ type: 'string', format: 'date', example: '2026-09-30', description: '期限' })
  @Optional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '$property must be a day, YYYY-MM-DD' })
  @IsDateString({ strict: true })
  dueOn?: string;

  @ApiProperty({ enum: MILESTONE_STATUSES })
  @IsIn([...MILESTONE_STATUSES])
  status: MilestoneStatus;
}

const YEN = { type: 'integer', minimum: 0, maximum: 10_000_000_000 } as const;

/** 工程の状況: done on a day, or delayed with a note. */
export class UpdateMilestoneDto {
  @ApiProperty({ enum: ['done', 'delayed'] })
  @IsIn(['done', 'delayed'])
  status: 'done' | 'delayed';

  @ApiPropertyOptional({ type: 'string', format: 'date', example: '2026-08-20', description: '完了日 (for done)' })
  @Optional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '$property must be a day, YYYY-MM-DD' })
  @IsDateString({ strict: true })
  doneOn?: string;

  @OptionalText(2000, { description: '遅れの理由 (for delayed)' })
  note?: string;
}

/** An optional calendar day, YYYY-MM-DD, that exists. */
const OptionalDay = (description: string) =>
  applyDecorators(
    ApiPropertyOptional({ type: 'string', format: 'date', example: '2027-03-31', description }),
    Optional(),
    Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '$property must be a day, YYYY-MM-DD' }),
    IsDateString({ strict: true }),
  );

export class KpiTargetDto {
  @RequiredText(200, { description: 'The KPI’s name as the proposal states it' })
  name: string;

  @ApiProperty({ type: 'number', description: 'The target after the change' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(1_000_000_000_000)
  target: number;
}

/** What a plan change sets once approved; each term only when it changes, and of a kind the request names. */
export class PlanTermsDto {
  @OptionalDay('協定期間の開始日 after the change (period)')
  termStart?: string;

  @OptionalDay('協定期間の終了日 after the change (period)')
  termEnd?: string;

  @OptionalText(20_000, { description: '役割分担 after the change (activities)' })
  @Matches(/\S/, { message: '$property must not be blank' })
  roleSharing?: string;

  @OptionalText(20_000, { description: '経費の分担 after the change (budget)' })
  @Matches(/\S/, { message: '$property must not be blank' })
  costSharing?: string;

  @ApiPropertyOptional({ ...YEN, description: '交付・支出額 after the change, yen (budget)' })
  @Optional()
  @IsInt()
  @Min(0)
  @Max(10_000_000_000)
  grantedAmount?: number;

  @ApiPropertyOptional({ type: [KpiTargetDto], description: 'KPIs’ targets after the change (kpis)' })
  @Optional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => KpiTargetDto)
  kpiTargets?: KpiTargetDto[];
}

/** 計画変更の申請. */
export class RequestPlanChangeDto {
  @ApiProperty({
    enum: PLAN_CHANGE_KINDS,
    isArray: true,
    description: 'What changes: period, activities, budget, KPIs',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(4)
  @IsIn([...PLAN_CHANGE_KINDS], { each: true })
  kinds: PlanChangeKind[];

  @RequiredText(5000, { description: '変更の理由' })
  reason: string;

  @RequiredText(20_000, { description: '変更の内容' })
  description: string;

  @ApiPropertyOptional({ ...YEN, description: '変更後の予算総額 (yen), when the budget changes' })
  @Optional()
  @IsInt()
  @Min(0)
  @Max(10_000_000_000)
  budgetTotal?: number;

  @ApiPropertyOptional({
    type: () => PlanTermsDto,
    description: 'The terms the change sets once the secretariat approves it (the agreement’s, the KPIs’ targets)',
  })
  @Optional()
  @IsObject()
  @ValidateNested()
  @Type(() => PlanTermsDto)
  terms?: PlanTermsDto;
}

/** The secretariat's answer to a plan change request. */
export class ReviewPlanChangeDto {
  @ApiProperty({ enum: ['approved', 'returned'] })
  @IsIn(['approved', 'returned'])
  decision: 'approved' | 'returned';

  @OptionalText(5000, { description: 'What to reconsider (required to return)' })
  note?: string;
}

export class ResultsKpiDto {
  @RequiredText(200, { description: 'The KPI’s name as the proposal states it' })
  name: string;

  @ApiProperty({ type: 'number', description: 'The actual at term end' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-1_000_000_000_000)
  @Max(1_000_000_000_000)
  actual: number;
}

export class AccountLineDto {
  @ApiProperty({ enum: ['income', 'expense'] })
  @IsIn(['income', 'expense'])
  kind: 'income' | 'expense';

  @RequiredText(200, { description: 'The budget line as the proposal names it, or a line it did not plan' })
  item: string;

  @ApiProperty({ ...YEN, description: '実績額 (yen)' })
  @IsInt()
  @Min(0)
  @Max(10_000_000_000)
  actual: number;
}

/** 実績報告・収支決算. */
export class FileResultsReportDto {
  @RequiredText(20_000, { description: '実施内容: what was done' })
  summary: string;

  @ApiProperty({ type: [ResultsKpiDto], description: 'The actual of every KPI of the proposal' })
  @IsArray()
  @ArrayMaxSize(50)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => ResultsKpiDto)
  kpiActuals: ResultsKpiDto[];

  @ApiProperty({ type: [AccountLineDto], description: 'Every budget line of the proposal with its actual, and others' })
  @IsArray()
  @ArrayMaxSize(100)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => AccountLineDto)
  accounts: AccountLineDto[];

  @ApiProperty({ ...YEN, description: '収入合計: must be the sum of the income lines' })
  @IsInt()
  @Min(0)
  @Max(10_000_000_000)
  incomeTotal: number;

  @ApiProperty({ ...YEN, description: '支出合計: must be the sum of the expense lines' })
  @IsInt()
  @Min(0)
  @Max(10_000_000_000)
  expenseTotal: number;

  @ApiProperty({ ...YEN, description: '交付金の使用額 (at most the expenditure total)' })
  @IsInt()
  @Min(0)
  @Max(10_000_000_000)
  usedAmount: number;
}

/** The secretariat's answer to a results report. */
export class ReviewResultsReportDto {
  @ApiProperty({ enum: ['accepted', 'returned'] })
  @IsIn(['accepted', 'returned'])
  decision: 'accepted' | 'returned';

  @OptionalText(5000, { description: 'What to correct (required to return)' })
  note?: string;
}
