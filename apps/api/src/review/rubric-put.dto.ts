import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsObject,
  IsString,
  MaxLength,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { ValidationFailedError } from '@kyodo/platform';
import type { RubricInput } from '@kyodo/review';
import { Optional } from '../http/optional';
import { CriterionDto, RubricDto } from './review.dto';

/** The old flat body's members are checked only when the rubric is sent flat (without `definition`). */
const Flat = () => ValidateIf((body: RubricPutDto) => body.definition === undefined);
const DEPRECATED = 'Deprecated: the flat form of before; send the rubric under `definition`.';

/**
 * `PUT …/rubrics/{stage}` takes the rubric as `GET` answers it, under `definition`, so that what a client reads it
 * can send back. The flat body of before (the rubric's members at the top) is still read, for clients written
 * against it; one body may not mix the two.
 */
export class RubricPutDto {
  @ApiPropertyOptional({ type: () => RubricDto, description: 'The rubric (評価シート), as GET answers it' })
  @Optional()
  @IsObject()
  @ValidateNested()
  @Type(() => RubricDto)
  definition?: RubricDto;

  @ApiPropertyOptional({ deprecated: true, description: DEPRECATED })
  @Flat()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  titleJa?: string;
  @ApiPropertyOptional({ deprecated: true, description: DEPRECATED })
  @Flat()
  @Optional()
  @IsString()
  @MaxLength(200)
  titleEn?: string;
  @ApiPropertyOptional({ deprecated: true, description: DEPRECATED })
  @Flat()
  @Optional()
  @IsString()
  @MaxLength(2000)
  descriptionJa?: string;
  @ApiPropertyOptional({ deprecated: true, description: DEPRECATED })
  @Flat()
  @Optional()
  @IsString()
  @MaxLength(2000)
  descriptionEn?: string;
  @ApiPropertyOptional({ enum: ['proportional', 'range'], deprecated: true, description: DEPRECATED })
  @Flat()
  @Optional()
  @IsIn(['proportional', 'range'])
  scoring?: 'proportional' | 'range';
  @ApiPropertyOptional({ type: [CriterionDto], deprecated: true, description: DEPRECATED })
  @Flat()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => CriterionDto)
  criteria?: CriterionDto[];
}

/** The rubric the body carries, in either form; both at once is refused. */
export function rubricOf(body: RubricPutDto): RubricInput {
  const { definition, ...flat } = body;
  if (definition === undefined) return flat as RubricInput;
  const mixed = Object.keys(flat).filter((key) => (flat as Record<string, unknown>)[key] !== undefined);
  if (mixed.length > 0) {
    throw new ValidationFailedError(
      mixed.map((field) => ({ field, messages: ['send the rubric under definition only (not beside it)'] })),
    );
  }
  return definition as RubricInput;
}
