import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Assignment } from '../assignment';
import type { Stage } from '../rubric-definition';

/** One assignment of a stage as the aggregation reads it: whose, how far, and the scores if a sheet exists. */
export interface StageSheet {
  proposalId: string;
  reviewerId: string;
  status: Assignment['status'];
  scores: Record<string, number> | null;
}

/** A sheet as a report prints it: its comments too. */
export interface CommentedStageSheet extends StageSheet {
  comments: Record<string, string> | null;
}

/** The read side of results: every assignment of a call's stage with its sheet's scores. */
@Injectable()
export class StageSheetsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** By proposal, then reviewer. */
  async ofCallStage(callId: string, stage: Stage): Promise<StageSheet[]> {
    const rows: Array<{
      proposal_id: string;
      reviewer_id: string;
      status: Assignment['status'];
      scores: Record<string, number> | null;
    }> = await this.db.query(
      `SELECT a.proposal_id, a.reviewer_id, a.status, s.scores
           FROM review_assignments a LEFT JOIN score_sheets s ON s.assignment_id = a.id
          WHERE a.call_id = $1 AND a.stage = $2 ORDER BY a.proposal_id, a.reviewer_id`,
      [callId, stage],
    );
    return rows.map((r) => ({
      proposalId: r.proposal_id,
      reviewerId: r.reviewer_id,
      status: r.status,
      scores: r.scores,
    }));
  }

  /** Every sheet of the proposals at the stage, whatever its status, by reviewer id. */
  async ofProposalsStage(proposalIds: string[], stage: Stage): Promise<CommentedStageSheet[]> {
    const rows: Array<{
      proposal_id: string;
      reviewer_id: string;
      status: Assignment['status'];
      scores: Record<string, number> | null;
      comments: Record<string, string> | null;
    }> = await this.db.query(
      `SELECT a.proposal_id, a.reviewer_id, a.status, s.scores, s.comments
         FROM review_assignments a LEFT JOIN score_sheets s ON s.assignment_id = a.id
        WHERE a.proposal_id = ANY($1::uuid[]) AND a.stage = $2 ORDER BY a.reviewer_id`,
      [proposalIds, stage],
    );
    return rows.map((r) => ({
      proposalId: r.proposal_id,
      reviewerId: r.reviewer_id,
      status: r.status,
      scores: r.scores,
      comments: r.comments,
    }));
  }

  /** The scores of the proposal's submitted (or locked) sheets at the stage, by reviewer id. */
  submittedScoresOf(proposalId: string, stage: Stage): Promise<Array<{ scores: Record<string, number> }>> {
    return this.db.query(
      `SELECT s.scores FROM review_assignments a JOIN score_sheets s ON s.assignment_id = a.id
        WHERE a.proposal_id = $1 AND a.stage = $2 AND a.status IN ('submitted', 'locked') ORDER BY a.reviewer_id`,
      [proposalId, stage],
    );
  }
}
