import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEmail,
  IsIn,
  IsInt,
  IsNumber,
  IsObject,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { Optional } from '../http/optional';

const TEXT = 20_000;

export class KpiDto {
  @ApiProperty({ enum: ['outcome', 'activity'], description: '成果目標 (outcome) or 活動指標 (activity)' })
  @IsIn(['outcome', 'activity'])
  kind: 'outcome' | 'activity';

  @ApiProperty({ example: '食堂の延べ利用者数' })
  @IsString()
  @MaxLength(200)
  name: string;

  @ApiProperty({ example: '人' })
  @IsString()
  @MaxLength(50)
  unit: string;

  @ApiPropertyOptional()
  @Optional()
  @IsNumber()
  baseline?: number;

  @ApiProperty({ example: 1200 })
  @IsNumber()
  target: number;
}

export class RoleShareDto {
  @ApiProperty({ example: '会場の確保' }) @IsString() @MaxLength(500) task: string;
  @ApiProperty({ example: '運営スタッフの配置' }) @IsString() @MaxLength(1000) group: string;
  @ApiProperty({ example: '公共施設の優先予約' }) @IsString() @MaxLength(1000) city: string;

  @ApiProperty({ enum: ['group', 'city', 'shared'], description: 'who bears the cost' })
  @IsIn(['group', 'city', 'shared'])
  costBorneBy: 'group' | 'city' | 'shared';
}

export class BudgetLineDto {
  @ApiProperty({ enum: ['income', 'expense'] }) @IsIn(['income', 'expense']) kind: 'income' | 'expense';
  @ApiProperty({ example: '食材費' }) @IsString() @MaxLength(200) item: string;

  @ApiProperty({ example: 240000, description: 'yen' })
  @IsInt()
  @Min(0)
  @Max(1_000_000_000_000)
  amount: number;
}

export class ScheduleItemDto {
  @ApiProperty({ example: '2026年4月〜6月' }) @IsString() @MaxLength(100) period: string;
  @ApiProperty({ example: '準備・ボランティア募集' }) @IsString() @MaxLength(1000) activity: string;
}

export class OrganizationProfileDto {
  @ApiPropertyOptional() @Optional() @IsString() @MaxLength(200) representative?: string;
  @ApiPropertyOptional({ example: '2019-04' }) @Optional() @IsString() @MaxLength(50) founded?: string;
  @ApiPropertyOptional() @Optional() @IsInt() @Min(0) @Max(10_000_000) members?: number;
  @ApiPropertyOptional() @Optional() @IsString() @MaxLength(TEXT) activities?: string;
}

export class ContactPersonDto {
  @ApiPropertyOptional() @Optional() @IsString() @MaxLength(100) name?: string;
  @ApiPropertyOptional() @Optional() @IsEmail() @MaxLength(254) email?: string;

  @ApiPropertyOptional({ example: '0467-00-0000' })
  @Optional()
  @Matches(/^[0-9+\-() ]{6,20}$/)
  phone?: string;
}

/** 提案書: every part optional while drafting; submission checks completeness. */
export class ProposalContentDto {
  @ApiPropertyOptional({ description: '事業の概要' }) @Optional() @IsString() @MaxLength(TEXT) summary?: string;
  @ApiPropertyOptional({ description: '課題・地域ニーズ' })
  @Optional()
  @IsString()
  @MaxLength(TEXT)
  background?: string;
  @ApiPropertyOptional({ description: '事業の目的' }) @Optional() @IsString() @MaxLength(TEXT) objectives?: string;

  @ApiPropertyOptional({ type: [KpiDto] })
  @Optional()
  @IsArray()
  @ArrayMaxSize(50)
  // @IsObject each: @ValidateNested alone accepts a list of lists of valid items (it walks into nested lists).
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => KpiDto)
  kpis?: KpiDto[];

  @ApiPropertyOptional({ type: [RoleShareDto], description: '役割分担表' })
  @Optional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => RoleShareDto)
  roleSharing?: RoleShareDto[];

  @ApiPropertyOptional({ type: [BudgetLineDto], description: '収支予算' })
  @Optional()
  @IsArray()
  @ArrayMaxSize(200)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => BudgetLineDto)
  budget?: BudgetLineDto[];

  @ApiPropertyOptional({ description: 'requested amount in yen, at most the call’s maximum' })
  @Optional()
  @IsInt()
  @Min(0)
  @Max(1_000_000_000_000)
  requestedAmount?: number;

  @ApiPropertyOptional({ type: [ScheduleItemDto] })
  @Optional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => ScheduleItemDto)
  schedule?: ScheduleItemDto[];

  @ApiPropertyOptional({ type: [String], example: ['child_development'] })
  @Optional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(50, { each: true })
  activityFields?: string[];

  @ApiPropertyOptional({ type: OrganizationProfileDto, description: '団体概要' })
  @Optional()
  // @IsObject: @ValidateNested alone accepts a list (it validates each item, and an empty list has none).
  @IsObject()
  @ValidateNested()
  @Type(() => OrganizationProfileDto)
  organizationProfile?: OrganizationProfileDto;

  @ApiPropertyOptional({ type: ContactPersonDto, description: 'personal data: never public' })
  @Optional()
  @IsObject()
  @ValidateNested()
  @Type(() => ContactPersonDto)
  contactPerson?: ContactPersonDto;
}
