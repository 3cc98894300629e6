import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, Matches, Max, Min } from 'class-validator';
import { CURSOR_PATTERN } from '@kyodo/platform';
import { Optional } from './optional';

/** How many items a list answers: 1 to 100 (DESIGN §6), `fallback` when not asked. */
export const PageLimit = (fallback: number) =>
  applyDecorators(
    ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 100, default: fallback }),
    Optional(),
    Type(() => Number),
    IsInt(),
    Min(1),
    Max(100),
  );

export class PageQueryDto {
  @PageLimit(20)
  limit?: number;

  // The shape only; the list's service decodes it and refuses a cursor it did not issue (400, field `cursor`).
  @ApiPropertyOptional({
    description: 'Opaque cursor: the `nextCursor` of the previous page, passed back unchanged',
    pattern: CURSOR_PATTERN,
    maxLength: 200,
  })
  @Optional()
  @Matches(new RegExp(CURSOR_PATTERN), { message: 'cursor must be the nextCursor of the previous page of this list' })
  cursor?: string;
}
