import { Body, Controller, Get, Inject, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@kyodo/platform';
import {
  ConcludeAgreement,
  FileResultsReport,
  PartnershipQueries,
  RequestPlanChange,
  ReviewPlanChange,
  ReviewResultsReport,
  UpdateMilestone,
  RecordMilestone,
  ReportProgress,
  ReviewProgressReport,
} from '@kyodo/partnership';
import { CurrentActor } from '../auth/current-actor.decorator';
import { IfMatch } from '../http/if-match';
import { uuidPipe } from '../http/uuid.pipe';
import { Answer } from '../openapi/answers';
import { Problems } from '../openapi/problem-answers';
import {
  ConcludeAgreementDto,
  FileResultsReportDto,
  RecordMilestoneDto,
  ReportProgressDto,
  RequestPlanChangeDto,
  ReviewPlanChangeDto,
  ReviewProgressReportDto,
  ReviewResultsReportDto,
  UpdateMilestoneDto,
} from './partnership.dto';
import { PartnershipResponse } from './partnership.response';

const IF_MATCH = { name: 'If-Match', required: true, description: 'The proposal’s version last read, e.g. "7"' };

/** After adoption: the agreement, progress reports and milestones. Each write answers the partnership as it now is. */
@ApiTags('partnership')
@ApiBearerAuth()
@Controller('api/v1/proposals/:id')
export class PartnershipController {
  constructor(
    @Inject(PartnershipQueries) private readonly queries: PartnershipQueries,
    @Inject(ConcludeAgreement) private readonly concludeAgreement: ConcludeAgreement,
    @Inject(ReportProgress) private readonly reportProgress: ReportProgress,
    @Inject(ReviewProgressReport) private readonly reviewProgressReport: ReviewProgressReport,
    @Inject(RecordMilestone) private readonly recordMilestone: RecordMilestone,
    @Inject(UpdateMilestone) private readonly updateMilestone: UpdateMilestone,
    @Inject(RequestPlanChange) private readonly requestPlanChange: RequestPlanChange,
    @Inject(ReviewPlanChange) private readonly reviewPlanChange: ReviewPlanChange,
    @Inject(FileResultsReport) private readonly fileResultsReport: FileResultsReport,
    @Inject(ReviewResultsReport) private readonly reviewResultsReport: ReviewResultsReport,
  ) {}

  @Get('partnership')
  @ApiOperation({ summary: 'The agreement (or the form’s defaults), conditions, KPIs, progress reports, milestones' })
  @Answer(200, 'The partnership', PartnershipResponse)
  get(@CurrentActor() actor: Actor, @Param('id', uuidPipe) id: string): Promise<PartnershipResponse> {
    return this.queries.overview(actor, id);
  }

  @Post('agreement')
  @ApiHeader(IF_MATCH)
  @ApiOperation({ summary: 'Conclude the agreement (協定) of a disclosed adopted proposal (CONCLUDE_AGREEMENT)' })
  @Answer(201, 'The partnership with its agreement, the proposal in `agreement`', PartnershipResponse)
  async conclude(
    @CurrentActor() actor: Actor,
    @Param('id', uuidPipe) id: string,
    @IfMatch() version: number,
    @Body() dto: ConcludeAgreementDto,
  ): Promise<PartnershipResponse> {
    await this.concludeAgreement.execute(actor, id, version, dto);
    return this.queries.overview(actor, id);
  }

  @Post('progress-reports')
  @ApiHeader(IF_MATCH)
  @ApiOperation({
    summary: 'File a progress report (中間報告, REPORT_PROGRESS) as the group or the partner department',
  })
  @Answer(201, 'The partnership with the report, submitted', PartnershipResponse)
  async report(
    @CurrentActor() actor: Actor,
    @Param('id', uuidPipe) id: string,
    @IfMatch() version: number,
    @Body() dto: ReportProgressDto,
  ): Promise<PartnershipResponse> {
    await this.reportProgress.execute(actor, id, version, {
      periodFrom: dto.periodFrom,
      periodTo: dto.periodTo,
      summary: dto.summary,
      kpiActuals: Object.fromEntries(dto.kpiActuals.map((k) => [k.name, k.actual])),
    });
    return this.queries.overview(actor, id);
  }

  @Post('progress-reports/:reportId/review')
  @ApiOperation({ summary: 'Accept a progress report, or return it with what to correct (secretariat)' })
  @Answer(201, 'The partnership with the report accepted or returned', PartnershipResponse)
  async review(
    @CurrentActor() actor: Actor,
    @Param('id', uuidPipe) id: string,
    @Param('reportId', uuidPipe) reportId: string,
    @Body() dto: ReviewProgressReportDto,
  ): Promise<PartnershipResponse> {
    await this.reviewProgressReport.execute(actor, id, reportId, dto);
    return this.queries.overview(actor, id);
  }

  @Post('milestones')
  @ApiHeader(IF_MATCH)
  @ApiOperation({ summary: 'Record a milestone (工程, RECORD_MILESTONE)' })
  @Answer(201, 'The partnership with the milestone', PartnershipResponse)
  async milestone(
    @CurrentActor() actor: Actor,
    @Param('id', uuidPipe) id: string,
    @IfMatch() version: number,
    @Body() dto: RecordMilestoneDto,
  ): Promise<PartnershipResponse> {
    await this.recordMilestone.execute(actor, id, version, dto);
    return this.queries.overview(actor, id);
  }

  @Post('milestones/:milestoneId/status')
  @ApiOperation({
    summary: 'Set a milestone done on a day, or delayed with a note (a partner or the secretariat, while it runs)',
  })
  @Answer(201, 'The partnership with the milestone’s status', PartnershipResponse)
  @Problems(409)
  async milestoneStatus(
    @CurrentActor() actor: Actor,
    @Param('id', uuidPipe) id: string,
    @Param('milestoneId', uuidPipe) milestoneId: string,
    @Body() dto: UpdateMilestoneDto,
  ): Promise<PartnershipResponse> {
    await this.updateMilestone.execute(actor, id, milestoneId, dto);
    return this.queries.overview(actor, id);
  }

  @Post('plan-changes')
  @ApiOperation({ summary: 'Request a plan change (計画変更) as the group or the partner department, while it runs' })
  @Answer(201, 'The partnership with the request, submitted', PartnershipResponse)
  async planChange(
    @CurrentActor() actor: Actor,
    @Param('id', uuidPipe) id: string,
    @Body() dto: RequestPlanChangeDto,
  ): Promise<PartnershipResponse> {
    await this.requestPlanChange.execute(actor, id, dto);
    return this.queries.overview(actor, id);
  }

  @Post('plan-changes/:changeId/review')
  @ApiOperation({ summary: 'Approve a plan change request, or return it with a note (secretariat)' })
  @Answer(201, 'The partnership with the request approved or returned', PartnershipResponse)
  @Problems(409)
  async reviewChange(
    @CurrentActor() actor: Actor,
    @Param('id', uuidPipe) id: string,
    @Param('changeId', uuidPipe) changeId: string,
    @Body() dto: ReviewPlanChangeDto,
  ): Promise<PartnershipResponse> {
    await this.reviewPlanChange.execute(actor, id, changeId, dto);
    return this.queries.overview(actor, id);
  }

  @Post('results-reports')
  @ApiOperation({
    summary: 'File the results report and accounts (実績報告・収支決算) as the group, once the project has ended',
  })
  @Answer(201, 'The partnership with the report, submitted, its totals and settlement computed', PartnershipResponse)
  @Problems(409)
  async results(
    @CurrentActor() actor: Actor,
    @Param('id', uuidPipe) id: string,
    @Body() dto: FileResultsReportDto,
  ): Promise<PartnershipResponse> {
    await this.fileResultsReport.execute(actor, id, {
      summary: dto.summary,
      kpiActuals: Object.fromEntries(dto.kpiActuals.map((k) => [k.name, k.actual])),
      accounts: dto.accounts.map((a) => ({ kind: a.kind, item: a.item, actual: a.actual })),
      incomeTotal: dto.incomeTotal,
      expenseTotal: dto.expenseTotal,
      usedAmount: dto.usedAmount,
    });
    return this.queries.overview(actor, id);
  }

  @Post('results-reports/:reportId/review')
  @ApiOperation({ summary: 'Accept the results report, or return it with what to correct (secretariat)' })
  @Answer(201, 'The partnership with the report accepted or returned', PartnershipResponse)
  @Problems(409)
  async reviewResults(
    @CurrentActor() actor: Actor,
    @Param('id', uuidPipe) id: string,
    @Param('reportId', uuidPipe) reportId: string,
    @Body() dto: ReviewResultsReportDto,
  ): Promise<PartnershipResponse> {
    await this.reviewResultsReport.execute(actor, id, reportId, dto);
    return this.queries.overview(actor, id);
  }
}
