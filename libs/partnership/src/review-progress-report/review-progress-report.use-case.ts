import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditLog } from '@kyodo/audit';
import { type Actor, Clock, hasRole } from '@kyodo/platform';
import { PartnershipError, PartnershipErrorCode } from '../partnership-errors';
import { PartnershipNotices } from '../partnership-notices';
import { ProgressReportRepository } from '../progress-reports/progress-report.repository';
import { ProjectReader } from '../project-reader';

export interface ReportReview {
  decision: 'accepted' | 'returned';
  /** Required to return a report: what to correct. */
  note?: string;
}

/** The secretariat accepts a progress report (it then counts on the public page) or returns it with what to correct. */
@Injectable()
export class ReviewProgressReport {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly projects: ProjectReader,
    private readonly reports: ProgressReportRepository,
    private readonly notices: PartnershipNotices,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
  ) {}

  async execute(actor: Actor, proposalId: string, reportId: string, review: ReportReview): Promise<void> {
    const project = await this.projects.load(actor, proposalId);
    if (!hasRole(actor, 'secretariat')) throw new PartnershipError(PartnershipErrorCode.ReviewNotAllowed);
    const report = await this.reports.find(project.municipalityId, proposalId, reportId);
    if (!report) throw new PartnershipError(PartnershipErrorCode.ReportNotFound);
    const note = review.note?.trim() ? review.note.trim() : null;
    if (review.decision === 'returned' && !note) throw new PartnershipError(PartnershipErrorCode.ReturnNeedsNote);
    const now = this.clock.now();
    await this.db.transaction(async (manager) => {
      if (!(await this.reports.review(manager, reportId, review.decision, note, actor.userId, now)))
        throw new PartnershipError(PartnershipErrorCode.ReportAlreadyReviewed, { status: report.status });
      await this.notices.enqueue(manager, `progress_report.${review.decision}`, {
        municipalityId: project.municipalityId,
        proposalId,
        recordId: reportId,
      });
      await this.audit.append(manager, {
        municipalityId: project.municipalityId,
        stream: `proposal:${proposalId}`,
        action: `progress_report.${review.decision}`,
        actorId: actor.userId,
        actorRole: 'secretariat',
        requestId: actor.requestId,
        before: { reportId, status: report.status },
        after: { reportId, status: review.decision, note },
        at: now,
      });
    });
  }
}
