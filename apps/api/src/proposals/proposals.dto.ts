import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  ArrayMaxSize,
  IsArray,
  IsDateString,
  IsIn,
  IsInt,
  IsObject,
  ValidateBy,
  ValidateNested,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import type { ProposalEventInput } from '@kyodo/proposals';
import { type Outcome, type Party, PROPOSAL_EVENT_TYPES, type ProposalEventType, type Verdict } from '@kyodo/workflow';
import { PageQueryDto } from '../http/page-query.dto';
import { OptionalText, RequiredText } from '../http/text-fields';
import { ProposalContentDto } from './proposal-content.dto';
import { Optional, OptionalOrNull } from '../http/optional';

export class UpdateProposalDto {
  @ApiPropertyOptional({ example: '多世代がつながる地域食堂の運営' })
  @Optional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title?: string;

  @ApiPropertyOptional({ nullable: true, description: '市提案テーマ answered, or null for a free proposal' })
  @OptionalOrNull()
  @IsUUID()
  themeId?: string;

  @ApiPropertyOptional({
    nullable: true,
    description: '継続提案: an adopted proposal of the same organisation in an earlier call; null for a new project',
  })
  @OptionalOrNull()
  @IsUUID()
  predecessorId?: string;

  @ApiPropertyOptional({ type: [String], description: 'partner departments (担当課)' })
  @Optional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsUUID('all', { each: true })
  partnerDepartmentIds?: string[];

  @ApiPropertyOptional({
    type: [String],
    description:
      '協働相手: the citizen groups (registered organisations of the municipality) a department’s proposal names as its partners; a group’s proposal may name none',
  })
  @Optional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsUUID('all', { each: true })
  partnerGroupIds?: string[];

  @ApiPropertyOptional({ type: ProposalContentDto, description: 'parts of the body to replace' })
  @Optional()
  @IsObject()
  @ValidateNested()
  @Type(() => ProposalContentDto)
  content?: ProposalContentDto;
}

export class CreateProposalDto extends UpdateProposalDto {
  @ApiProperty({ description: 'The proposing organisation (the caller must be its proposer)' })
  @IsUUID()
  organizationId: string;

  @RequiredText(200, { example: '多世代がつながる地域食堂の運営' })
  declare title: string;
}

export class VersionDiffQueryDto {
  @ApiProperty({ example: 1, type: 'integer', minimum: 1 })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  from: number;

  @ApiProperty({ example: 2, type: 'integer', minimum: 1 })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  to: number;
}

/**
 * An object of finite numbers, as the document says. The machine checks it only for the event that uses it, so
 * for any other event a map of text or objects went through into the event's record.
 */
const IsNumberMap = () =>
  ValidateBy({
    name: 'isNumberMap',
    validator: {
      validate: (value: unknown) =>
        typeof value === 'object' &&
        value !== null &&
        !Array.isArray(value) &&
        Object.values(value).every((n) => typeof n === 'number' && Number.isFinite(n)),
      defaultMessage: () => '$property must be an object whose every value is a number',
    },
  });

/**
 * An event for the proposal machine: `type` plus the payload that event
 * needs (see docs/workflow.md). The machine's guards are the rule of record;
 * this only bounds shapes and sizes.
 */
export class ProposalEventDto {
  @ApiProperty({ enum: PROPOSAL_EVENT_TYPES, example: 'SUBMIT' })
  @IsIn([...PROPOSAL_EVENT_TYPES])
  type: ProposalEventType;

  @OptionalText(20_000, { description: 'RETURN, REJECT_INELIGIBLE, WITHDRAW, BUDGET_REJECTED; 講評 for FINALIZE' })
  reason?: string;

  @OptionalText(20_000, { description: 'RECORD_PRE_CONSULTATION, RESOLVE_CONDITION' })
  note?: string;

  @OptionalText(20_000, { description: 'FILE_CONSULTATION_REPORT: the department’s opinion' })
  opinion?: string;

  @OptionalText(20_000, { description: 'FILE_CONSULTATION_REPORT: feasibility' })
  feasibility?: string;

  @OptionalText(20_000, { description: 'FILE_CONSULTATION_REPORT: budget intent' })
  budgetIntent?: string;

  @ApiPropertyOptional({ enum: ['adopted', 'adoptedWithConditions', 'notAdopted'], description: 'FINALIZE' })
  @Optional()
  @IsIn(['adopted', 'adoptedWithConditions', 'notAdopted'])
  decision?: Outcome;

  @ApiPropertyOptional({ type: [String], description: 'FINALIZE (adoptedWithConditions), FILE_CONSULTATION_REPORT' })
  @Optional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(5000, { each: true })
  conditions?: string[];

  @ApiPropertyOptional({
    type: 'boolean',
    description:
      'FINALIZE: adopt this proposal provisionally (内定), pending the budget, although its call does not make every adoption provisional; never with notAdopted',
  })
  @Optional()
  @IsBoolean()
  provisional?: boolean;

  @ApiPropertyOptional({ description: 'CONCLUDE_AGREEMENT: term start (date)' })
  @Optional()
  @IsDateString({ strict: true })
  termStart?: string;

  @ApiPropertyOptional({ description: 'CONCLUDE_AGREEMENT: term end (date)' })
  @Optional()
  @IsDateString({ strict: true })
  termEnd?: string;

  @OptionalText(20_000, { description: 'CONCLUDE_AGREEMENT: role sharing (役割分担)' })
  roleSharing?: string;

  @OptionalText(20_000, { description: 'CONCLUDE_AGREEMENT: information sharing (情報共有)' })
  informationSharing?: string;

  @OptionalText(20_000, { description: 'REPORT_PROGRESS, SUBMIT_SELF_EVALUATION' })
  summary?: string;

  @OptionalText(500, { description: 'RECORD_MILESTONE' })
  title?: string;

  @ApiPropertyOptional({ description: 'RESOLVE_CONDITION: c1, c2 …' })
  @Optional()
  @Matches(/^c\d{1,3}$/)
  conditionId?: string;

  @ApiPropertyOptional({ enum: ['group', 'department'], description: 'SUBMIT_SELF_EVALUATION' })
  @Optional()
  @IsIn(['group', 'department'])
  party?: Party;

  @ApiPropertyOptional({
    description: 'SUBMIT_SELF_EVALUATION: item → score',
    type: 'object',
    additionalProperties: { type: 'number' },
  })
  @Optional()
  @IsNumberMap()
  scores?: Record<string, number>;

  @ApiPropertyOptional({
    description: 'SUBMIT_SELF_EVALUATION (group): KPI name → actual value',
    type: 'object',
    additionalProperties: { type: 'number' },
  })
  @Optional()
  @IsNumberMap()
  kpiActuals?: Record<string, number>;

  @ApiPropertyOptional({ enum: ['A', 'B', 'C'], description: 'ASSESS' })
  @Optional()
  @IsIn(['A', 'B', 'C'])
  verdict?: Verdict;

  @OptionalText(20_000, { description: 'ASSESS' })
  comment?: string;
}

/**
 * The validated DTO as one of the machine's events. Its `type` is one of the machine's (IsIn) and every field's shape
 * is bounded above; whether the payload that event needs is all there is the machine's guards' to judge, the rule of
 * record, so an event missing a field is refused there (422 with the allowed events), as it always was.
 */
export function toProposalEventInput(dto: ProposalEventDto): ProposalEventInput {
  return { ...dto } as ProposalEventInput;
}

/** A state of the proposal machine, dotted (`submitted.screening`). */
const STATE_PATH = /^[A-Za-z.]{1,100}$/;

export class ListProposalsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @Optional()
  @IsUUID()
  callId?: string;

  @ApiPropertyOptional({ example: 'submitted.screening', pattern: STATE_PATH.source })
  @Optional()
  @Matches(STATE_PATH)
  state?: string;
}
