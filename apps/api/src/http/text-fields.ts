import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, type ApiPropertyOptions } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { Optional } from './optional';

/** A required, non-empty text of at most `max` characters. */
export const RequiredText = (max: number, api: ApiPropertyOptions = {}) =>
  applyDecorators(
    ApiProperty({ maxLength: max, ...api } as ApiPropertyOptions),
    IsString(),
    MinLength(1),
    MaxLength(max),
  );

/** An optional text of at most `max` characters. */
export const OptionalText = (max: number, api: ApiPropertyOptions = {}) =>
  applyDecorators(
    ApiPropertyOptional({ maxLength: max, ...api } as ApiPropertyOptions),
    Optional(),
    IsString(),
    MaxLength(max),
  );
