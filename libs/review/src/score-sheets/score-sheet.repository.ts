import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { RubricDefinition } from '../rubric-definition';

export interface SubmittedSheet {
  assignmentId: string;
  reviewerId: string;
  stage: string;
  rubricVersion: number;
  scores: Record<string, number>;
  comments: Record<string, string>;
  submittedAt: string;
}

/** What is saved of a sheet so far. */
export interface SavedSheet {
  scores: Record<string, number>;
  comments: Record<string, string>;
  updatedAt: Date;
  submittedAt: Date | null;
}

/** A sheet with the rubric it is checked against on submission. */
export interface SheetForSubmission {
  scores: Record<string, number>;
  comments: Record<string, string>;
  definition: RubricDefinition;
}

/** The rubric version a sheet was opened with. */
export interface SheetRubric {
  id: string;
  version: number;
  definition: RubricDefinition;
}

export interface DraftWrite {
  assignmentId: string;
  municipalityId: string | null;
  rubricId: string;
  scores: Record<string, number>;
  comments: Record<string, string>;
  at: Date;
}

/** 採点票 rows: the scores and comments of each assignment. */
@Injectable()
export class ScoreSheetRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Opens the sheet, or merges the new scores and comments into it (a field not sent keeps its value). */
  async saveDraft(manager: EntityManager, draft: DraftWrite): Promise<void> {
    await manager.query(
      `INSERT INTO score_sheets (assignment_id, municipality_id, rubric_id, scores, comments, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (assignment_id) DO UPDATE SET scores = score_sheets.scores || EXCLUDED.scores,
         comments = score_sheets.comments || EXCLUDED.comments, updated_at = EXCLUDED.updated_at`,
      [draft.assignmentId, draft.municipalityId, draft.rubricId, draft.scores, draft.comments, draft.at],
    );
  }

  async ofAssignment(assignmentId: string): Promise<SavedSheet | null> {
    const [row]: Array<{
      scores: Record<string, number>;
      comments: Record<string, string>;
      updated_at: Date;
      submitted_at: Date | null;
    }> = await this.db.query(
      'SELECT scores, comments, updated_at, submitted_at FROM score_sheets WHERE assignment_id = $1',
      [assignmentId],
    );
    return row
      ? { scores: row.scores, comments: row.comments, updatedAt: row.updated_at, submittedAt: row.submitted_at }
      : null;
  }

  /** The sheet and its rubric read inside the submitting transaction, after the assignment's row lock. */
  async forSubmission(manager: EntityManager, assignmentId: string): Promise<SheetForSubmission | null> {
    const [row]: SheetForSubmission[] = await manager.query(
      `SELECT s.scores, s.comments, r.definition FROM score_sheets s JOIN rubrics r ON r.id = s.rubric_id WHERE s.assignment_id = $1`,
      [assignmentId],
    );
    return row ?? null;
  }

  async markSubmitted(manager: EntityManager, assignmentId: string, at: Date): Promise<void> {
    await manager.query('UPDATE score_sheets SET submitted_at = $2 WHERE assignment_id = $1', [assignmentId, at]);
  }

  async clearSubmitted(manager: EntityManager, assignmentId: string): Promise<void> {
    await manager.query('UPDATE score_sheets SET submitted_at = NULL WHERE assignment_id = $1', [assignmentId]);
  }

  /** The rubric this sheet was opened with, or null when it has not been opened. */
  async rubricOf(assignmentId: string): Promise<SheetRubric | null> {
    const [row]: SheetRubric[] = await this.db.query(
      'SELECT r.id, r.version, r.definition FROM score_sheets s JOIN rubrics r ON r.id = s.rubric_id WHERE s.assignment_id = $1',
      [assignmentId],
    );
    return row ?? null;
  }

  /** The proposal's submitted and locked sheets, by stage and reviewer. */
  async submittedOfProposal(proposalId: string): Promise<SubmittedSheet[]> {
    const rows: Array<{
      id: string;
      reviewer_id: string;
      stage: string;
      scores: Record<string, number>;
      comments: Record<string, string>;
      submitted_at: Date;
      version: number;
    }> = await this.db.query(
      `SELECT a.id, a.reviewer_id, a.stage, s.scores, s.comments, s.submitted_at, r.version
         FROM review_assignments a JOIN score_sheets s ON s.assignment_id = a.id JOIN rubrics r ON r.id = s.rubric_id
        WHERE a.proposal_id = $1 AND a.status IN ('submitted', 'locked') ORDER BY a.stage, a.reviewer_id`,
      [proposalId],
    );
    return rows.map((r) => ({
      assignmentId: r.id,
      reviewerId: r.reviewer_id,
      stage: r.stage,
      rubricVersion: r.version,
      scores: r.scores,
      comments: r.comments,
      submittedAt: new Date(r.submitted_at).toISOString(),
    }));
  }
}
