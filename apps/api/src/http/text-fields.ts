import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, type ApiPropertyOptions } from '@nestjs/swagger';
import { IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { Optional } from './optional';

/** A required text of at most `max` characters with something in it (spaces alone are no name or title). */
export const RequiredText = (max: number, api: ApiPropertyOptions = {}) =>
  applyDecorators(
    ApiProperty({ maxLength: max, pattern: '\\S', ...api } as ApiPropertyOptions),
    IsString(),
    MinLength(1),
    MaxLength(max),
    Matches(/\S/, { message: '$property must not be blank' }),
  );

/** An optional text of at most `max` characters. */
export const OptionalText = (max: number, api: ApiPropertyOptions = {}) =>
  applyDecorators(
    ApiPropertyOptional({ maxLength: max, ...api } as ApiPropertyOptions),
    Optional(),
    IsString(),
    MaxLength(max),
  );
