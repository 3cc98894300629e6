import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditLog } from '@kyodo/audit';
import { type Actor, Clock, hasRole } from '@kyodo/platform';
import { PartnershipError, PartnershipErrorCode } from '../partnership-errors';
import { PartnershipNotices } from '../partnership-notices';
import { reviewNote } from '../partnership-rules';
import { ProjectReader } from '../project-reader';
import { ResultsReportRepository } from '../results-reports/results-report.repository';

export interface ResultsReview {
  decision: 'accepted' | 'returned';
  note?: string;
}

/** The secretariat accepts the results report (its actuals then stand for the term), or returns it with a note. */
@Injectable()
export class ReviewResultsReport {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly projects: ProjectReader,
    private readonly reports: ResultsReportRepository,
    private readonly notices: PartnershipNotices,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
  ) {}

  async execute(actor: Actor, proposalId: string, reportId: string, review: ResultsReview): Promise<void> {
    const project = await this.projects.load(actor, proposalId);
    if (!hasRole(actor, 'secretariat')) throw new PartnershipError(PartnershipErrorCode.ReviewNotAllowed);
    const report = await this.reports.find(project.municipalityId, proposalId, reportId);
    if (!report) throw new PartnershipError(PartnershipErrorCode.ResultsReportNotFound);
    const note = reviewNote(review.decision, review.note);
    const now = this.clock.now();
    await this.db.transaction(async (manager) => {
      if (!(await this.reports.review(manager, reportId, review.decision, note, actor.userId, now)))
        throw new PartnershipError(PartnershipErrorCode.ResultsReportAlreadyReviewed, { status: report.status });
      await this.notices.enqueue(manager, `results_report.${review.decision}`, {
        municipalityId: project.municipalityId,
        proposalId,
        recordId: reportId,
      });
      await this.audit.append(manager, {
        municipalityId: project.municipalityId,
        stream: `proposal:${proposalId}`,
        action: `results_report.${review.decision}`,
        actorId: actor.userId,
        actorRole: 'secretariat',
        requestId: actor.requestId,
        before: { resultsReportId: reportId, status: report.status },
        after: { resultsReportId: reportId, status: review.decision, note },
        at: now,
      });
    });
  }
}
