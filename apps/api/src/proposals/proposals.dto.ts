import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDateString,
  IsIn,
  IsInt,
  ValidateNested,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { PROPOSAL_EVENT_TYPES } from '@kyodo/workflow';
import { PageQueryDto } from '../http/page-query.dto';
import { ProposalContentDto } from './proposal-content.dto';

export class CreateCallDto {
  @ApiProperty({ example: 2026, description: '年度 (fiscal year)' })
  @IsInt()
  @Min(2000)
  @Max(2100)
  fiscalYear: number;

  @ApiProperty({ example: '令和8年度 協働事業提案制度' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  titleJa: string;

  @ApiProperty({ example: 'FY2026 Collaborative Project Proposals' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  titleEn: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(20_000)
  descriptionJa?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(20_000)
  descriptionEn?: string;

  @ApiPropertyOptional({ example: 1_000_000, description: 'Maximum requested amount in yen' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1_000_000_000_000)
  maxRequestedAmount?: number;

  @ApiPropertyOptional({ description: '応募資格' })
  @IsOptional()
  @IsString()
  @MaxLength(20_000)
  eligibilityJa?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(20_000)
  eligibilityEn?: string;

  @ApiPropertyOptional({ description: '対象外となる事業' })
  @IsOptional()
  @IsString()
  @MaxLength(20_000)
  exclusionsJa?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(20_000)
  exclusionsEn?: string;

  @ApiPropertyOptional({ type: [String], description: 'activity field keys in scope; empty = all' })
  @IsOptional()
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

  @ApiPropertyOptional({ description: '形式審査' })
  @IsOptional()
  @IsDateString({ strict: true })
  screeningAt?: string;

  @ApiPropertyOptional({ description: '審査（採点）締切' })
  @IsOptional()
  @IsDateString({ strict: true })
  reviewDeadlineAt?: string;

  @ApiPropertyOptional({ description: '合同評価会議' })
  @IsOptional()
  @IsDateString({ strict: true })
  jointEvaluationAt?: string;

  @ApiPropertyOptional({ description: '結果公表' })
  @IsOptional()
  @IsDateString({ strict: true })
  publicationAt?: string;

  @ApiPropertyOptional({ description: '担当課協議 required before review' })
  @IsOptional()
  @IsBoolean()
  consultationRequired?: boolean;

  @ApiPropertyOptional({ description: 'Adoption is provisional (内定) until the budget passes' })
  @IsOptional()
  @IsBoolean()
  provisionalAdoption?: boolean;

  @ApiPropertyOptional({ description: '事前相談 recorded before submission' })
  @IsOptional()
  @IsBoolean()
  preConsultation?: boolean;
}

export class UpdateCallDto extends PartialType(CreateCallDto) {}

export class CreateThemeDto {
  @ApiProperty({ description: 'The department posting the theme' })
  @IsUUID()
  departmentId: string;

  @ApiProperty({ example: '子どもの居場所づくり' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  titleJa: string;

  @ApiProperty({ example: 'Places for children' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  titleEn: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(20_000)
  descriptionJa?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(20_000)
  descriptionEn?: string;
}

export class UpdateProposalDto {
  @ApiPropertyOptional({ example: '多世代がつながる地域食堂の運営' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title?: string;

  @ApiPropertyOptional({ description: '市提案テーマ answered, or null for a free proposal' })
  @IsOptional()
  @IsUUID()
  themeId?: string;

  @ApiPropertyOptional({ type: [String], description: 'partner departments (担当課)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsUUID('all', { each: true })
  partnerDepartmentIds?: string[];

  @ApiPropertyOptional({ type: ProposalContentDto, description: 'parts of the body to replace' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ProposalContentDto)
  content?: ProposalContentDto;
}

export class CreateProposalDto extends UpdateProposalDto {
  @ApiProperty({ description: 'The proposing organisation (the caller must be its proposer)' })
  @IsUUID()
  organizationId: string;

  @ApiProperty({ example: '多世代がつながる地域食堂の運営' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  declare title: string;
}

export class VersionDiffQueryDto {
  @ApiProperty({ example: 1 })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  from: number;

  @ApiProperty({ example: 2 })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  to: number;
}

export class ProposalEventDto {
  @ApiProperty({ enum: PROPOSAL_EVENT_TYPES, example: 'SUBMIT' })
  @IsIn([...PROPOSAL_EVENT_TYPES])
  type: string;

  @ApiPropertyOptional({ description: 'Reason (returns, rejections, withdrawals, decisions)' })
  @IsOptional()
  @IsString()
  @MaxLength(10_000)
  reason?: string;
}

export class ListProposalsQueryDto extends PageQueryDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  callId?: string;

  @ApiPropertyOptional({ example: 'submitted.screening' })
  @IsOptional()
  @Matches(/^[A-Za-z.]{1,100}$/)
  state?: string;
}
