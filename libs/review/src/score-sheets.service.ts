import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { appendAudit } from '@kyodo/audit';
import { type Actor, Clock, hasRole, ValidationFailedError } from '@kyodo/platform';
import { ProposalError, ProposalErrorCode, ProposalFactsRepository } from '@kyodo/proposals';
import { AssignmentRepository } from './assignments/assignment.repository';
import { type Assignment, AssignmentsService } from './assignments.service';
import { ReviewError, ReviewErrorCode } from './review-errors';
import { onScale, type RubricDefinition } from './rubric-definition';
import { RubricRepository } from './rubrics/rubric.repository';
import { claimOpenSheet, writableSheet } from './score-sheets/open-sheet';
import { ScoreSheetRepository, type SheetRubric, type SubmittedSheet } from './score-sheets/score-sheet.repository';

export type { SubmittedSheet };

export interface SheetInput {
  scores: Record<string, number>;
  comments?: Record<string, string>;
}

/**
 * 採点票: assigned → acknowledged → draft (autosaved) → submitted; the
 * secretariat may reopen with a reason. Opening the first sheet freezes the
 * rubric version it uses. Scores stay blind: a reviewer sees others' only
 * after submitting their own. Submitting is a use case of its own (SubmitScoreSheet).
 */
@Injectable()
export class ScoreSheetsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(AssignmentsService) private readonly assignments: AssignmentsService,
    @Inject(AssignmentRepository) private readonly assignmentRows: AssignmentRepository,
    @Inject(ScoreSheetRepository) private readonly sheets: ScoreSheetRepository,
    @Inject(RubricRepository) private readonly rubrics: RubricRepository,
    @Inject(ProposalFactsRepository) private readonly proposals: ProposalFactsRepository,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  async save(
    actor: Actor,
    assignmentId: string,
    input: SheetInput,
  ): Promise<{ status: string; rubricVersion: number }> {
    const assignment = writableSheet(await this.assignments.own(actor, assignmentId));
    const proposal = await this.proposalOf(assignment);
    const rubric = await this.sheetRubric(assignmentId, proposal.callId, assignment.stage);
    checkScores(rubric.definition, input);
    await this.dataSource.transaction(async (manager) => {
      // First, and conditional: it locks the assignment, so a submission running at the same moment either
      // happens before (and this save is refused) or after (and submits what this save wrote).
      await claimOpenSheet(this.assignmentRows, manager, assignmentId, 'draft');
      await this.rubrics.freeze(manager, rubric.id, this.clock.now());
      await this.sheets.saveDraft(manager, {
        assignmentId,
        municipalityId: actor.municipalityId,
        rubricId: rubric.id,
        scores: input.scores,
        comments: input.comments ?? {},
        at: this.clock.now(),
      });
    });
    return { status: 'draft', rubricVersion: rubric.version };
  }

  /**
   * My own sheet with everything the score sheet page needs: the assignment, the proposal's title, the rubric
   * the sheet is (or will be) frozen to, and what is saved so far.
   */
  async mine(actor: Actor, assignmentId: string) {
    const assignment = await this.assignments.own(actor, assignmentId);
    if (assignment.status === 'conflicted') throw new ReviewError(ReviewErrorCode.Conflicted);
    const proposal = await this.proposalOf(assignment);
    const sheet = await this.sheets.ofAssignment(assignmentId);
    const rubric = await this.sheetRubric(assignmentId, proposal.callId, assignment.stage);
    return {
      assignment: { ...assignment, title: proposal.title, callId: proposal.callId },
      rubric: { version: rubric.version, definition: rubric.definition },
      scores: sheet?.scores ?? {},
      comments: sheet?.comments ?? {},
      updatedAt: sheet ? new Date(sheet.updatedAt).toISOString() : null,
      submittedAt: sheet?.submittedAt ? new Date(sheet.submittedAt).toISOString() : null,
    };
  }

  async reopen(actor: Actor, assignmentId: string, reason: string): Promise<{ status: 'draft' }> {
    if (!hasRole(actor, 'secretariat')) throw new ReviewError(ReviewErrorCode.NotAllowed);
    const assignment = await this.assignmentRows.findById(assignmentId);
    // The assignment's proposal exists (foreign key): its municipality is the secretariat's scope.
    const proposal = assignment ? await this.proposals.scopeOf(assignment.proposalId) : null;
    if (!assignment || proposal?.municipalityId !== actor.municipalityId)
      throw new ReviewError(ReviewErrorCode.AssignmentNotFound);
    if (!['submitted', 'locked'].includes(assignment.status))
      throw new ReviewError(ReviewErrorCode.SheetNotSubmitted, { sheetStatus: assignment.status });
    await this.dataSource.transaction(async (manager) => {
      await this.sheets.clearSubmitted(manager, assignmentId);
      await this.assignmentRows.reopen(manager, assignmentId);
      await appendAudit(manager, {
        municipalityId: actor.municipalityId,
        stream: `proposal:${assignment.proposalId}`,
        action: 'review.sheet_reopened',
        actorId: actor.userId,
        actorRole: 'secretariat',
        requestId: actor.requestId,
        after: { assignmentId, reviewerId: assignment.reviewerId, reason },
        at: this.clock.now(),
      });
    });
    return { status: 'draft' };
  }

  /**
   * The submitted sheets of a proposal for whoever may see them: the
   * secretariat and the committee always; a reviewer only after submitting
   * their own (403 before); a conflicted reviewer or anyone else: not found.
   */
  async submittedSheets(actor: Actor, proposalId: string): Promise<SubmittedSheet[]> {
    const proposal = await this.proposals.scopeOf(proposalId);
    if (!proposal || proposal.municipalityId !== actor.municipalityId || proposal.state === 'draft') {
      throw new ProposalError(ProposalErrorCode.ProposalNotFound);
    }
    const mine = await this.assignmentRows.ofReviewerOnProposal(proposalId, actor.userId);
    const staff = hasRole(actor, 'secretariat', 'committee_member', 'committee_chair');
    if (mine.some((a) => a.status === 'conflicted')) throw new ProposalError(ProposalErrorCode.ProposalNotFound);
    if (!staff) {
      if (mine.length === 0) throw new ProposalError(ProposalErrorCode.ProposalNotFound);
      if (!mine.some((a) => a.status === 'submitted' || a.status === 'locked')) {
        throw new ReviewError(ReviewErrorCode.BlindUntilSubmitted);
      }
    }
    return this.sheets.submittedOfProposal(proposalId);
  }

  /**
   * The blind rule as a yes or no, for what else waits on it (a continuing proposal's predecessor record): the
   * secretariat and the committee see it; an assigned reviewer once one of their sheets on the proposal is in; a
   * reviewer not assigned, or recused, does not; anyone else who may see the proposal (its proposer) does.
   */
  async blindLifted(actor: Actor, proposalId: string): Promise<boolean> {
    const mine = await this.assignmentRows.ofReviewerOnProposal(proposalId, actor.userId);
    if (mine.some((a) => a.status === 'conflicted')) return false;
    if (hasRole(actor, 'secretariat', 'committee_member', 'committee_chair')) return true;
    if (mine.length > 0) return mine.some((a) => a.status === 'submitted' || a.status === 'locked');
    return !hasRole(actor, 'reviewer');
  }

  /** The assignment's proposal; its foreign key guarantees one. */
  private async proposalOf(assignment: Assignment) {
    return (await this.proposals.headingOf(assignment.proposalId))!;
  }

  /** The rubric this sheet was opened with, or the current one for a new sheet. */
  private async sheetRubric(assignmentId: string, callId: string, stage: Assignment['stage']): Promise<SheetRubric> {
    const existing = await this.sheets.rubricOf(assignmentId);
    if (existing) return existing;
    const rubric = await this.rubrics.latest(callId, stage);
    if (!rubric) throw new ReviewError(ReviewErrorCode.RubricMissing, { stage });
    return rubric;
  }
}

function checkScores(rubric: RubricDefinition, input: SheetInput): void {
  const problems: Array<{ field: string; messages: string[] }> = [];
  for (const [key, value] of Object.entries(input.scores)) {
    const criterion = rubric.criteria.find((c) => c.key === key);
    if (!criterion) problems.push({ field: `scores.${key}`, messages: ['not a criterion of this rubric'] });
    else if (!onScale(criterion, value)) {
      problems.push({
        field: `scores.${key}`,
        messages: [
          `must be between ${criterion.scale.min} and ${criterion.scale.max} in steps of ${criterion.scale.step}`,
        ],
      });
    }
  }
  for (const key of Object.keys(input.comments ?? {})) {
    if (!rubric.criteria.some((c) => c.key === key))
      problems.push({ field: `comments.${key}`, messages: ['not a criterion of this rubric'] });
  }
  if (problems.length > 0) throw new ValidationFailedError(problems);
}
