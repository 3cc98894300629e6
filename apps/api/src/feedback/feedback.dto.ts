import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsObject,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { COMMENT_MAX, FEEDBACK_STAGES, type FeedbackStage, RATING_MAX, RATING_MIN } from '@kyodo/feedback';
import { OptionalText } from '../http/text-fields';

export class FeedbackRatingDto {
  @ApiProperty({ example: 'procedure_clarity', maxLength: 60, description: 'The key of one of the stage’s questions' })
  @IsString()
  @MinLength(1)
  @MaxLength(60)
  question: string;

  @ApiProperty({ type: 'integer', minimum: RATING_MIN, maximum: RATING_MAX, example: 4 })
  @IsInt()
  @Min(RATING_MIN)
  @Max(RATING_MAX)
  value: number;
}

/** One anonymous answer to a stage's questionnaire. */
export class FeedbackAnswerDto {
  @ApiProperty({ type: 'string', format: 'uuid', description: 'The proposal whose stage is answered about' })
  @IsUUID()
  proposalId: string;

  @ApiProperty({ enum: FEEDBACK_STAGES })
  @IsIn(FEEDBACK_STAGES)
  stage: FeedbackStage;

  @ApiProperty({ type: [FeedbackRatingDto], description: 'Every question of the stage, once each' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => FeedbackRatingDto)
  ratings: FeedbackRatingDto[];

  @OptionalText(COMMENT_MAX, { example: '様式の記入例があると助かります。' })
  comment?: string;
}

export class FeedbackSummaryQueryDto {
  @ApiProperty({ type: 'integer', minimum: 2000, maximum: 2100, example: 2026, description: 'The fiscal year (年度)' })
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  fiscalYear: number;
}
