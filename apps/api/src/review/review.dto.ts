import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsDateString,
  IsIn,
  IsInt,
  IsNumber,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateBy,
  ValidateNested,
  IsObject,
  type ValidationOptions,
} from 'class-validator';
import { MEETING_CLOCK_LIMIT_SECONDS, STAGES } from '@kyodo/review';
import { Optional } from '../http/optional';

const KEY = /^[a-z][a-z0-9_]{0,49}$/;

/** An object whose keys are criterion keys and whose values pass `check`. */
function IsKeyedRecord(check: (value: unknown) => boolean, what: string, options?: ValidationOptions) {
  return ValidateBy(
    {
      name: 'isKeyedRecord',
      validator: {
        validate: (value: unknown) =>
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          Object.keys(value).length <= 100 &&
          Object.entries(value).every(([k, v]) => KEY.test(k) && check(v)),
        defaultMessage: (args) => `${args?.property ?? 'value'} must map criterion keys (a-z, 0-9, _) to ${what}`,
      },
    },
    options,
  );
}

const finiteNumber = (v: unknown) => typeof v === 'number' && Number.isFinite(v);
const boundedText = (v: unknown) => typeof v === 'string' && v.length <= 10_000;

class ScaleDto {
  @ApiProperty({ example: 0 }) @IsNumber() @Min(-1000) @Max(1000) min: number;
  @ApiProperty({ example: 5 }) @IsNumber() @Min(-1000) @Max(1000) max: number;
  @ApiProperty({ example: 1 }) @IsNumber() @Min(0.01) @Max(1000) step: number;
}

class LevelDto {
  @ApiProperty({ example: 5 }) @IsNumber() score: number;
  @ApiProperty({ example: '想定をはるかに上回った' }) @IsString() @MaxLength(200) labelJa: string;
  @ApiProperty({ example: 'Far above expectations' }) @IsString() @MaxLength(200) labelEn: string;
}

export class CriterionDto {
  @ApiProperty({ example: 'public_benefit' }) @Matches(KEY) key: string;
  @ApiProperty({ example: '公益性' }) @IsString() @MinLength(1) @MaxLength(200) labelJa: string;
  @ApiPropertyOptional({ example: 'Public benefit', description: 'Optional: empty or absent shows the Japanese label' })
  @Optional()
  @IsString()
  @MaxLength(200)
  labelEn?: string;
  @ApiPropertyOptional() @Optional() @IsString() @MaxLength(2000) descriptionJa?: string;
  @ApiPropertyOptional() @Optional() @IsString() @MaxLength(2000) descriptionEn?: string;
  @ApiProperty({ example: 10, description: 'points this criterion contributes to the full mark' })
  @IsNumber()
  @Min(0.01)
  @Max(1000)
  weight: number;

  // @IsObject: @ValidateNested alone lets a missing scale through (it only checks what is there).
  @ApiProperty({ type: ScaleDto }) @IsObject() @ValidateNested() @Type(() => ScaleDto) scale: ScaleDto;

  @ApiPropertyOptional({ type: [LevelDto] })
  @Optional()
  @IsArray()
  @ArrayMaxSize(20)
  // @IsObject each: @ValidateNested alone accepts a list of lists of valid items (it walks into nested lists).
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => LevelDto)
  levels?: LevelDto[];

  @ApiPropertyOptional() @Optional() @IsBoolean() commentRequired?: boolean;
}

export class RubricDto {
  @ApiProperty({ example: '書類審査 評価シート' }) @IsString() @MinLength(1) @MaxLength(200) titleJa: string;
  @ApiPropertyOptional({
    example: 'Document review rubric',
    description: 'Optional: empty or absent shows the Japanese title',
  })
  @Optional()
  @IsString()
  @MaxLength(200)
  titleEn?: string;
  @ApiPropertyOptional() @Optional() @IsString() @MaxLength(2000) descriptionJa?: string;
  @ApiPropertyOptional() @Optional() @IsString() @MaxLength(2000) descriptionEn?: string;

  @ApiPropertyOptional({
    enum: ['proportional', 'range'],
    description:
      'How a score counts towards its weight: proportional (default, as practice: weight × score ÷ top score) or range (weight × (score − lowest) ÷ (top − lowest))',
  })
  @Optional()
  @IsIn(['proportional', 'range'])
  scoring?: 'proportional' | 'range';

  @ApiProperty({ type: [CriterionDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => CriterionDto)
  criteria: CriterionDto[];
}

export class AssignDto {
  @ApiProperty({ type: [String] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  reviewerIds: string[];

  @ApiProperty({ enum: STAGES }) @IsIn([...STAGES]) stage: (typeof STAGES)[number];
}

export class AutoAssignDto {
  @ApiProperty({ example: 3, description: 'reviewers per proposal' }) @IsInt() @Min(1) @Max(20) perProposal: number;
  @ApiProperty({ enum: STAGES }) @IsIn([...STAGES]) stage: (typeof STAGES)[number];

  @ApiPropertyOptional({
    type: [String],
    description: 'limit to these reviewers (default: everyone with the reviewer role)',
  })
  @Optional()
  @IsArray()
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true })
  reviewerIds?: string[];
}

export class ReasonDto {
  @ApiProperty({ example: '提案団体の理事を務めているため' }) @IsString() @MinLength(1) @MaxLength(5000) reason: string;
}

export class ScoreSheetDto {
  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' }, example: { public_benefit: 4 } })
  @IsKeyedRecord(finiteNumber, 'numbers')
  scores: Record<string, number>;

  @ApiPropertyOptional({ type: 'object', additionalProperties: { type: 'string' } })
  @Optional()
  @IsKeyedRecord(boundedText, 'texts')
  comments?: Record<string, string>;
}

class SlotMinutesDto {
  @ApiProperty({ example: 7 }) @IsInt() @Min(1) @Max(120) presentation: number;
  @ApiProperty({ example: 8 }) @IsInt() @Min(0) @Max(120) questions: number;
}

class SessionGuestDto {
  @ApiProperty({ enum: ['department', 'presenter'], description: 'department representative or presenting proposer' })
  @IsIn(['department', 'presenter'])
  kind: 'department' | 'presenter';

  @ApiProperty({ description: 'the agenda item they attend' }) @IsUUID() proposalId: string;
  @ApiProperty({ example: 'こども家庭課 課長 田中' }) @IsString() @MinLength(1) @MaxLength(200) name: string;
  @ApiPropertyOptional() @Optional() @IsUUID() organizationId?: string;
}

export class CreateSessionDto {
  @ApiProperty() @IsUUID() committeeId: string;
  @ApiProperty({ enum: STAGES }) @IsIn([...STAGES]) stage: (typeof STAGES)[number];
  @ApiProperty({ example: '2026-08-20T13:30:00+09:00' }) @IsDateString({ strict: true }) startsAt: string;
  @ApiProperty({ example: '市役所 第3会議室 / オンライン併用' })
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  place: string;
  @ApiProperty({ example: 3 }) @IsInt() @Min(1) @Max(100) quorum: number;
  // @IsObject: @ValidateNested alone let a session without slotMinutes through to a 500.
  @ApiProperty({ type: SlotMinutesDto })
  @IsObject()
  @ValidateNested()
  @Type(() => SlotMinutesDto)
  slotMinutes: SlotMinutesDto;

  @ApiProperty({ type: [String] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true })
  proposalIds: string[];

  @ApiPropertyOptional({ type: [SessionGuestDto], description: 'department representatives and proposer presenters' })
  @Optional()
  @IsArray()
  @ArrayMaxSize(500)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => SessionGuestDto)
  guests?: SessionGuestDto[];
}

export class AttendanceDto {
  @ApiProperty({ type: [String] })
  @IsArray()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  present: string[];
}

export class ConsensusDto {
  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' } })
  @IsKeyedRecord(finiteNumber, 'numbers')
  scores: Record<string, number>;

  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' } })
  @IsKeyedRecord(boundedText, 'texts')
  reasons: Record<string, string>;
}

/** The room's slot timer as the chair sets it (libs/review/src/meeting-clock.ts). */
export class MeetingClockDto {
  @ApiProperty({ minimum: 0, maximum: 999, description: 'index of the agenda item' })
  @IsInt()
  @Min(0)
  @Max(999)
  agendaIndex: number;

  @ApiProperty({ enum: ['presentation', 'questions'] })
  @IsIn(['presentation', 'questions'])
  phase: 'presentation' | 'questions';

  @ApiProperty() @IsBoolean() running: boolean;

  @ApiProperty({ minimum: -36000, maximum: 36000, description: 'seconds left when set; negative once over time' })
  @IsInt()
  @Min(-MEETING_CLOCK_LIMIT_SECONDS)
  @Max(MEETING_CLOCK_LIMIT_SECONDS)
  remainingSeconds: number;
}

export class MinutesDto {
  @ApiProperty({ example: '議事録：…' }) @IsString() @MinLength(1) @MaxLength(200_000) text: string;
}
