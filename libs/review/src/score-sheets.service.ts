import type { DataSource, EntityManager } from 'typeorm';
import { appendAudit } from '@kyodo/audit';
import { type Actor, type Clock, hasRole, ValidationFailedError } from '@kyodo/platform';
import { ProposalError, ProposalErrorCode } from '@kyodo/proposals';
import { type Assignment, AssignmentsService, toAssignment } from './assignments.service';
import { ReviewError, ReviewErrorCode } from './review-errors';
import { onScale, type RubricDefinition } from './rubric-definition';
import { latestRubric } from './rubrics.service';

export interface SheetInput {
  scores: Record<string, number>;
  comments?: Record<string, string>;
}

export interface SubmittedSheet {
  assignmentId: string;
  reviewerId: string;
  stage: string;
  rubricVersion: number;
  scores: Record<string, number>;
  comments: Record<string, string>;
  submittedAt: string;
}

/**
 * 採点票: assigned → acknowledged → draft (autosaved) → submitted; the
 * secretariat may reopen with a reason. Opening the first sheet freezes the
 * rubric version it uses. Scores stay blind: a reviewer sees others' only
 * after submitting their own.
 */
export class ScoreSheetsService {
  private readonly assignments: AssignmentsService;

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {
    this.assignments = new AssignmentsService(dataSource, clock);
  }

  async save(
    actor: Actor,
    assignmentId: string,
    input: SheetInput,
  ): Promise<{ status: string; rubricVersion: number }> {
    const assignment = await this.writable(actor, assignmentId);
    const [proposal] = await this.dataSource.query('SELECT call_id FROM proposals WHERE id = $1', [
      assignment.proposalId,
    ]);
    const rubric = await this.sheetRubric(assignmentId, proposal.call_id, assignment.stage);
    checkScores(rubric.definition, input);
    await this.dataSource.transaction(async (manager) => {
      // First, and conditional: it locks the assignment, so a submission running at the same moment either
      // happens before (and this save is refused) or after (and submits what this save wrote).
      await claimOpenSheet(manager, assignmentId, 'draft');
      await manager.query('UPDATE rubrics SET frozen_at = $2 WHERE id = $1 AND frozen_at IS NULL', [
        rubric.id,
        this.clock.now(),
      ]);
      await manager.query(
        `INSERT INTO score_sheets (assignment_id, municipality_id, rubric_id, scores, comments, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (assignment_id) DO UPDATE SET scores = score_sheets.scores || EXCLUDED.scores,
           comments = score_sheets.comments || EXCLUDED.comments, updated_at = EXCLUDED.updated_at`,
        [assignmentId, actor.municipalityId, rubric.id, input.scores, input.comments ?? {}, this.clock.now()],
      );
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
    const [proposal] = await this.dataSource.query('SELECT call_id, title FROM proposals WHERE id = $1', [
      assignment.proposalId,
    ]);
    const [sheet] = await this.dataSource.query(
      'SELECT scores, comments, updated_at, submitted_at FROM score_sheets WHERE assignment_id = $1',
      [assignmentId],
    );
    const rubric = await this.sheetRubric(assignmentId, proposal.call_id, assignment.stage);
    return {
      assignment: { ...assignment, title: proposal.title as string, callId: proposal.call_id as string },
      rubric: { version: rubric.version, definition: rubric.definition },
      scores: (sheet?.scores ?? {}) as Record<string, number>,
      comments: (sheet?.comments ?? {}) as Record<string, string>,
      updatedAt: sheet ? new Date(sheet.updated_at).toISOString() : null,
      submittedAt: sheet?.submitted_at ? new Date(sheet.submitted_at).toISOString() : null,
    };
  }

  async submit(actor: Actor, assignmentId: string): Promise<{ status: 'submitted' }> {
    const assignment = await this.writable(actor, assignmentId);
    await this.dataSource.transaction(async (manager) => {
      // Of many submissions at once, one moves the sheet on; the others find it submitted (409), so the
      // audit entry and the notices happen once. The sheet is read after the lock: what is checked is what is submitted.
      await claimOpenSheet(manager, assignmentId, 'submitted');
      const [sheet] = await manager.query(
        `SELECT s.scores, s.comments, r.definition FROM score_sheets s JOIN rubrics r ON r.id = s.rubric_id WHERE s.assignment_id = $1`,
        [assignmentId],
      );
      const definition: RubricDefinition | undefined = sheet?.definition;
      const missing = (definition?.criteria ?? [])
        .filter((c) => typeof sheet.scores[c.key] !== 'number' || (c.commentRequired && !sheet.comments[c.key]?.trim()))
        .map((c) => c.key);
      if (!sheet || missing.length > 0)
        throw new ReviewError(ReviewErrorCode.SheetIncomplete, { missing: sheet ? missing : ['*'] });
      await manager.query('UPDATE score_sheets SET submitted_at = $2 WHERE assignment_id = $1', [
        assignmentId,
        this.clock.now(),
      ]);
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

  async reopen(actor: Actor, assignmentId: string, reason: string): Promise<{ status: 'draft' }> {
    if (!hasRole(actor, 'secretariat')) throw new ReviewError(ReviewErrorCode.NotAllowed);
    const [row] = await this.dataSource.query(
      'SELECT a.*, p.municipality_id AS proposal_municipality FROM review_assignments a JOIN proposals p ON p.id = a.proposal_id WHERE a.id = $1',
      [assignmentId],
    );
    if (!row || row.proposal_municipality !== actor.municipalityId)
      throw new ReviewError(ReviewErrorCode.AssignmentNotFound);
    if (!['submitted', 'locked'].includes(row.status))
      throw new ReviewError(ReviewErrorCode.SheetNotSubmitted, { sheetStatus: row.status });
    await this.dataSource.transaction(async (manager) => {
      await manager.query('UPDATE score_sheets SET submitted_at = NULL WHERE assignment_id = $1', [assignmentId]);
      await manager.query(`UPDATE review_assignments SET status = 'draft', version = version + 1 WHERE id = $1`, [
        assignmentId,
      ]);
      await appendAudit(manager, {
        municipalityId: actor.municipalityId,
        stream: `proposal:${row.proposal_id}`,
        action: 'review.sheet_reopened',
        actorId: actor.userId,
        actorRole: 'secretariat',
        requestId: actor.requestId,
        after: { assignmentId, reviewerId: row.reviewer_id, reason },
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
    const [proposal] = await this.dataSource.query('SELECT municipality_id, state FROM proposals WHERE id = $1', [
      proposalId,
    ]);
    if (!proposal || proposal.municipality_id !== actor.municipalityId || proposal.state === 'draft') {
      throw new ProposalError(ProposalErrorCode.ProposalNotFound);
    }
    const mine: Assignment[] = (
      await this.dataSource.query('SELECT * FROM review_assignments WHERE proposal_id = $1 AND reviewer_id = $2', [
        proposalId,
        actor.userId,
      ])
    ).map(toAssignment);
    const staff = hasRole(actor, 'secretariat', 'committee_member', 'committee_chair');
    if (mine.some((a) => a.status === 'conflicted')) throw new ProposalError(ProposalErrorCode.ProposalNotFound);
    if (!staff) {
      if (mine.length === 0) throw new ProposalError(ProposalErrorCode.ProposalNotFound);
      if (!mine.some((a) => a.status === 'submitted' || a.status === 'locked')) {
        throw new ReviewError(ReviewErrorCode.BlindUntilSubmitted);
      }
    }
    const rows = await this.dataSource.query(
      `SELECT a.id, a.reviewer_id, a.stage, s.scores, s.comments, s.submitted_at, r.version
         FROM review_assignments a JOIN score_sheets s ON s.assignment_id = a.id JOIN rubrics r ON r.id = s.rubric_id
        WHERE a.proposal_id = $1 AND a.status IN ('submitted', 'locked') ORDER BY a.stage, a.reviewer_id`,
      [proposalId],
    );
    return rows.map((r: Record<string, unknown>) => ({
      assignmentId: r.id as string,
      reviewerId: r.reviewer_id as string,
      stage: r.stage as string,
      rubricVersion: r.version as number,
      scores: r.scores as Record<string, number>,
      comments: r.comments as Record<string, string>,
      submittedAt: new Date(r.submitted_at as string).toISOString(),
    }));
  }

  private async writable(actor: Actor, assignmentId: string): Promise<Assignment> {
    const assignment = await this.assignments.own(actor, assignmentId);
    if (assignment.status === 'conflicted') throw new ReviewError(ReviewErrorCode.Conflicted);
    if (assignment.status === 'submitted' || assignment.status === 'locked')
      throw new ReviewError(ReviewErrorCode.SheetLocked);
    return assignment;
  }

  /** The rubric this sheet was opened with, or the current one for a new sheet. */
  private async sheetRubric(assignmentId: string, callId: string, stage: Assignment['stage']) {
    const [existing] = await this.dataSource.query(
      'SELECT r.id, r.version, r.definition FROM score_sheets s JOIN rubrics r ON r.id = s.rubric_id WHERE s.assignment_id = $1',
      [assignmentId],
    );
    if (existing) return existing as { id: string; version: number; definition: RubricDefinition };
    const rubric = await latestRubric(this.dataSource, callId, stage);
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

/**
 * Moves an open assignment to `status` and bumps its version, or refuses
 * (409) if it was submitted, locked or recused meanwhile. Takes the row lock.
 */
async function claimOpenSheet(manager: EntityManager, assignmentId: string, status: 'draft' | 'submitted') {
  const [rows] = await manager.query(
    `UPDATE review_assignments SET status = $2, version = version + 1
      WHERE id = $1 AND status NOT IN ('submitted', 'locked', 'conflicted') RETURNING id`,
    [assignmentId, status],
  );
  if (rows.length === 0) throw new ReviewError(ReviewErrorCode.SheetLocked);
}
