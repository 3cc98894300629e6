import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsBoolean,
  IsDateString,
  IsIn,
  IsInt,
  IsObject,
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

  @ApiProperty({ example: '2026-04-01T00:00:00+09:00' })
  @IsDateString({ strict: true })
  submissionOpensAt: string;

  @ApiProperty({ example: '2026-06-30T17:00:00+09:00' })
  @IsDateString({ strict: true })
  submissionClosesAt: string;

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

export class CreateProposalDto {
  @ApiProperty({ description: 'The proposing organisation (the caller must be its proposer)' })
  @IsUUID()
  organizationId: string;

  @ApiProperty({ example: '多世代がつながる地域食堂の運営' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title: string;

  @ApiPropertyOptional({ description: 'Proposal body: summary, background, objectives, budget …' })
  @IsOptional()
  @IsObject()
  content?: Record<string, unknown>;
}

export class UpdateProposalDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title?: string;

  @ApiPropertyOptional({ description: 'Fields to replace in the proposal body' })
  @IsOptional()
  @IsObject()
  content?: Record<string, unknown>;
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
