import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsString, Max, MaxLength, Min } from 'class-validator';
import { Optional } from './optional';

/** How many items a list answers: 1 to 100 (DESIGN §6), `fallback` when not asked. */
export const PageLimit = (fallback: number) =>
  applyDecorators(
    ApiPropertyOptional({ minimum: 1, maximum: 100, default: fallback }),
    Optional(),
    Type(() => Number),
    IsInt(),
    Min(1),
    Max(100),
  );

export class PageQueryDto {
  @PageLimit(20)
  limit?: number;

  @ApiPropertyOptional({ description: 'Opaque cursor from the previous page' })
  @Optional()
  @IsString()
  @MaxLength(200)
  cursor?: string;
}
