import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Stage } from '@kyodo/review';

/** One reviewer's sheet of a proposal at a stage, as the workbook lists it. */
export interface StageSheet {
  proposalId: string;
  reviewer: string;
  status: string;
  scores: Record<string, number> | null;
  comments: Record<string, string> | null;
}

/**
 * What reports print from other libraries' tables: municipality and organisation names (libs/identity), and the
 * review sheets with their reviewers (libs/review, libs/identity). Crossings not yet folded into those libraries'
 * exported APIs (issue 16): kept here, typed, until they are.
 */
@Injectable()
export class ReportSourcesRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async municipalityNames(id: string): Promise<{ ja: string; en: string } | null> {
    const [row]: Array<{ name_ja: string; name_en: string }> = await this.db.query(
      'SELECT name_ja, name_en FROM municipalities WHERE id = $1',
      [id],
    );
    return row ? { ja: row.name_ja, en: row.name_en } : null;
  }

  /** The Japanese name of each organisation, by id. */
  async organizationNames(ids: string[]): Promise<Map<string, string>> {
    const rows: Array<{ id: string; name_ja: string }> = await this.db.query(
      'SELECT id, name_ja FROM organizations WHERE id = ANY($1::uuid[])',
      [ids],
    );
    return new Map(rows.map((r) => [r.id, r.name_ja]));
  }

  /** Every sheet of the proposals at the stage, whatever its status, by reviewer (as reviewer_id orders them). */
  async stageSheets(proposalIds: string[], stage: Stage): Promise<StageSheet[]> {
    const rows: Array<{
      proposal_id: string;
      reviewer: string;
      status: string;
      scores: Record<string, number> | null;
      comments: Record<string, string> | null;
    }> = await this.db.query(
      `SELECT a.proposal_id, u.display_name AS reviewer, a.status, s.scores, s.comments
         FROM review_assignments a LEFT JOIN users u ON u.id = a.reviewer_id
         LEFT JOIN score_sheets s ON s.assignment_id = a.id
        WHERE a.proposal_id = ANY($1::uuid[]) AND a.stage = $2 ORDER BY a.reviewer_id`,
      [proposalIds, stage],
    );
    return rows.map((r) => ({
      proposalId: r.proposal_id,
      reviewer: r.reviewer,
      status: r.status,
      scores: r.scores,
      comments: r.comments,
    }));
  }

  /** The scores of the proposal's submitted (or locked) sheets at the stage, by reviewer. */
  async submittedScores(proposalId: string, stage: Stage): Promise<Array<{ scores: Record<string, number> }>> {
    return this.db.query(
      `SELECT s.scores FROM review_assignments a JOIN score_sheets s ON s.assignment_id = a.id
        WHERE a.proposal_id = $1 AND a.stage = $2 AND a.status IN ('submitted', 'locked') ORDER BY a.reviewer_id`,
      [proposalId, stage],
    );
  }
}
