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
}
