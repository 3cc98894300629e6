import { Controller, Get, Inject, Param, Query, Req, Res } from '@nestjs/common';
import { ApiExtraModels, ApiOperation, ApiProduces, ApiResponse, ApiTags, getSchemaPath } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { COMPARISON_JSON_SCHEMA, ComparisonService } from '@kyodo/disclosure';
import { NotFoundError } from '@kyodo/platform';
import { Public } from '../auth/public.decorator';
import { Answer } from '../openapi/answers';
import { ComparisonDatasetResponse, ComparisonResponse } from './comparison.response';
import { OpenDataJsonSchemaResponse } from './open-data.response';
import { binary, cacheable, type Json, CsvOptionsQueryDto, NotModified } from './public-reads';

/** 自治体間比較: the municipalities that joined it, side by side, and the dataset behind the page. */
@ApiTags('public')
@ApiExtraModels(ComparisonDatasetResponse)
@Public()
@Controller('api/v1/public/comparison')
export class PublicComparisonController {
  constructor(@Inject(ComparisonService) private readonly comparison: ComparisonService) {}

  @Get()
  @ApiOperation({
    summary:
      'The funnel (received to implemented, 採択率, 実施率) of every municipality that joined the comparison, by fiscal year',
  })
  @Answer(200, 'The municipalities that joined, by code', ComparisonResponse)
  @NotModified()
  async summary(
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Json<ComparisonResponse> | undefined> {
    return cacheable<ComparisonResponse>(req, reply, await this.comparison.summary());
  }

  @Get('schema.json')
  @ApiOperation({ summary: 'JSON Schema of the comparison dataset’s JSON' })
  @Answer(200, 'The JSON Schema (draft 2020-12)', OpenDataJsonSchemaResponse)
  schema(): OpenDataJsonSchemaResponse {
    return COMPARISON_JSON_SCHEMA;
  }

  @Get(':file')
  @ApiOperation({
    summary:
      'The dataset: dataset.csv (RFC 4180; UTF-8, a BOM on request, or Shift_JIS) or dataset.json — one row per received proposal of the municipalities that joined, with no name, title or id',
  })
  @ApiProduces('text/csv', 'application/json')
  @ApiResponse({
    status: 200,
    description: 'The file, as an attachment',
    content: {
      'text/csv': binary,
      'application/json': { schema: { $ref: getSchemaPath(ComparisonDatasetResponse) } },
    },
  })
  @NotModified()
  async dataset(
    @Param('file') file: string,
    @Query() query: CsvOptionsQueryDto,
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const format = /^dataset\.(csv|json)$/i.exec(file)?.[1]?.toLowerCase() as 'csv' | 'json' | undefined;
    if (!format) throw new NotFoundError({ ja: '比較データ', en: 'The comparison file' });
    const { body, contentType, replacedCharacters } = await this.comparison.dataset(format, {
      encoding: query.encoding ?? 'utf-8',
      bom: query.bom ?? false,
    });
    if (replacedCharacters !== undefined) void reply.header('x-replaced-characters', String(replacedCharacters));
    void reply
      .header('content-type', contentType)
      .header('content-disposition', `attachment; filename="kyodo-comparison.${format}"`);
    return cacheable(req, reply, body);
  }
}
