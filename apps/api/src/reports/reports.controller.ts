import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsUUID, Max, Min } from 'class-validator';
import type { FastifyReply } from 'fastify';
import { type Actor, LOCALES, type Locale } from '@kyodo/platform';
import { REPORT_KINDS, type ReportKind, ReportsService } from '@kyodo/reports';
import { CurrentActor } from '../auth/current-actor.decorator';
import { uuidPipe } from '../http/uuid.pipe';
import { Answer, FileAnswer } from '../openapi/answers';
import { Problems } from '../openapi/problem-answers';
import { ReportPageResponse, ReportResponse } from './report.response';
import { REPORT_MEDIA_TYPES } from './report.response';
import { Optional } from '../http/optional';
import { PageLimit } from '../http/page-query.dto';

class RequestReportDto {
  @ApiProperty({
    enum: REPORT_KINDS,
    description:
      'call-summary-pdf: 審査結果一覧; evaluation-sheet-pdf: 評価シート of one proposal; call-workbook-xlsx: the secretariat’s workbook (results, one sheet per stage)',
  })
  @IsIn(REPORT_KINDS)
  kind: ReportKind;

  @ApiProperty({ format: 'uuid' }) @IsUUID() callId: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'required for evaluation-sheet-pdf' })
  @Optional()
  @IsUUID()
  proposalId?: string;

  @ApiPropertyOptional({ enum: LOCALES, description: 'language of the report; default: the caller’s' })
  @Optional()
  @IsIn(LOCALES)
  locale?: Locale;
}

class ReportListQueryDto {
  @PageLimit(20)
  limit?: number;

  @ApiPropertyOptional({ type: 'integer', minimum: 0, maximum: 1_000_000, default: 0 })
  @Optional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  offset?: number;
}

@ApiTags('reports')
@ApiBearerAuth()
@Controller('api/v1/reports')
export class ReportsController {
  constructor(@Inject(ReportsService) private readonly reports: ReportsService) {}

  @Post()
  @HttpCode(202)
  @ApiOperation({
    summary: 'Ask for a report (secretariat, admin): 202 with the report resource; poll it, then download its file',
  })
  @Answer(202, 'Accepted and queued; `Location` is the report resource to poll', ReportResponse)
  async request(
    @CurrentActor() actor: Actor,
    @Body() dto: RequestReportDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ReportResponse> {
    const report = await this.reports.request(actor, dto);
    void reply.header('location', `/api/v1/reports/${report.id}`);
    return report;
  }

  @Get()
  @ApiOperation({ summary: 'Reports of the municipality, newest first (secretariat, admin)' })
  @Answer(200, 'A page of reports', ReportPageResponse)
  list(@CurrentActor() actor: Actor, @Query() query: ReportListQueryDto): Promise<ReportPageResponse> {
    return this.reports.list(actor, query.limit ?? 20, query.offset ?? 0);
  }

  @Get(':id')
  @ApiOperation({ summary: 'A report: queued, ready (with size and SHA-256) or failed' })
  @Answer(200, 'The report', ReportResponse)
  get(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string): Promise<ReportResponse> {
    return this.reports.get(actor, id);
  }

  @Get(':id/file')
  @Problems(409)
  @ApiOperation({ summary: 'Download a ready report (409 while it is being built)' })
  @FileAnswer(200, 'The file (PDF or XLSX, by kind), ETag its SHA-256', REPORT_MEDIA_TYPES)
  async file(
    @CurrentActor() actor: Actor,
    @Param('id', uuidPipe) id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { report, stream } = await this.reports.file(actor, id);
    void reply.header('etag', `"${report.sha256}"`).header('cache-control', 'private, no-cache');
    return new StreamableFile(stream, {
      type: report.mediaType!,
      length: report.byteSize ?? undefined,
      disposition: `attachment; filename="${report.fileName}"; filename*=UTF-8''${encodeURIComponent(report.fileName!)}`,
    });
  }
}
