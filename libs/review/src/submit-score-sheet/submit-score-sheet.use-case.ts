import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { appendAudit } from '@kyodo/audit';
import { type Actor, Clock } from '@kyodo/platform';
import { AssignmentRepository } from '../assignments/assignment.repository';
import { AssignmentsService } from '../assignments.service';
import { ReviewError, ReviewErrorCode } from '../review-errors';
import { claimOpenSheet, writableSheet } from '../score-sheets/open-sheet';
import { ScoreSheetRepository } from '../score-sheets/score-sheet.repository';
import { describeGaps, sheetGaps } from './sheet-gaps';

/**
 * The reviewer submits their score sheet (採点票の提出): every criterion scored, every required comment given.
 * Submitted, the sheet is closed to its reviewer (the secretariat may reopen it) and the others' scores open to them.
 */
@Injectable()
export class SubmitScoreSheet {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(AssignmentsService) private readonly assignments: AssignmentsService,
    @Inject(AssignmentRepository) private readonly assignmentRows: AssignmentRepository,
    @Inject(ScoreSheetRepository) private readonly sheets: ScoreSheetRepository,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  async execute(actor: Actor, assignmentId: string): Promise<{ status: 'submitted' }> {
    const assignment = writableSheet(await this.assignments.own(actor, assignmentId));
    await this.dataSource.transaction(async (manager) => {
      // Of many submissions at once, one moves the sheet on; the others find it submitted (409), so the
      // audit entry and the notices happen once. The sheet is read after the lock: what is checked is what is submitted.
      await claimOpenSheet(this.assignmentRows, manager, assignmentId, 'submitted');
      const sheet = await this.sheets.forSubmission(manager, assignmentId);
      if (!sheet) throw new ReviewError(ReviewErrorCode.SheetIncomplete, { missing: ['*'], gaps: [] });
      const gaps = sheetGaps(sheet.definition, sheet.scores, sheet.comments);
      if (gaps.length > 0) {
        // `missing` (the criteria's keys) stays for clients that read it; `gaps` says what each one lacks.
        throw new ReviewError(ReviewErrorCode.SheetIncomplete, {
          missing: gaps.map((g) => g.criterion),
          gaps,
          detail: describeGaps(sheet.definition, gaps),
        });
      }
      await this.sheets.markSubmitted(manager, assignmentId, this.clock.now());
      await appendAudit(manager, {
        municipalityId: actor.municipalityId,
        stream: `proposal:${assignment.proposalId}`,
        action: 'review.sheet_submitted',
        actorId: actor.userId,
        actorRole: 'reviewer',
        requestId: actor.requestId,
        after: { assignmentId, stage: assignment.stage, scores: sheet.scores },
        at: this.clock.now(),
      });
    });
    return { status: 'submitted' };
  }
}
