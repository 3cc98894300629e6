import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** A reviewer's score sheet still open. */
export interface OpenAssignment {
  proposalId: string;
  reviewerId: string;
}

/** When a session starts, and whose committee it is. */
export interface SessionSchedule {
  startsAt: Date | string;
  committeeId: string;
}

/**
 * Whom reminders still concern, and the dates they were scheduled against. Crossings not yet folded (issue 16): these
 * read calls, proposals, review assignments, evaluation sessions and committee members until their libraries answer
 * them through their own APIs.
 */
@Injectable()
export class ReminderTargetsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The call's submission deadline now; null when the call is gone or has none. */
  async submissionClosesAt(callId: string): Promise<Date | string | null> {
    const [call]: Array<{ submission_closes_at: Date | string | null }> = await this.db.query(
      'SELECT submission_closes_at FROM calls WHERE id = $1',
      [callId],
    );
    return call?.submission_closes_at ?? null;
  }

  /** The call's review deadline now; null when the call is gone or has none. */
  async reviewDeadlineAt(callId: string): Promise<Date | string | null> {
    const [call]: Array<{ review_deadline_at: Date | string | null }> = await this.db.query(
      'SELECT review_deadline_at FROM calls WHERE id = $1',
      [callId],
    );
    return call?.review_deadline_at ?? null;
  }

  /** The call's proposals not (re)submitted yet, by id. */
  async unsubmittedProposals(callId: string): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.db.query(
      `SELECT id FROM proposals WHERE call_id = $1 AND state IN ('draft', 'submitted.revisionRequested') ORDER BY id`,
      [callId],
    );
    return rows.map((r) => r.id);
  }

  /** The call's assignments whose score sheet is not submitted, by proposal and reviewer. */
  async openAssignments(callId: string): Promise<OpenAssignment[]> {
    const rows: Array<{ proposal_id: string; reviewer_id: string }> = await this.db.query(
      `SELECT proposal_id, reviewer_id FROM review_assignments
        WHERE call_id = $1 AND status IN ('assigned', 'acknowledged', 'draft') ORDER BY proposal_id, reviewer_id`,
      [callId],
    );
    return rows.map((r) => ({ proposalId: r.proposal_id, reviewerId: r.reviewer_id }));
  }

  async session(sessionId: string): Promise<SessionSchedule | null> {
    const [row]: Array<{ starts_at: Date | string; committee_id: string }> = await this.db.query(
      'SELECT starts_at, committee_id FROM evaluation_sessions WHERE id = $1',
      [sessionId],
    );
    return row ? { startsAt: row.starts_at, committeeId: row.committee_id } : null;
  }

  /** The committee's members, by user id. */
  async committeeMembers(committeeId: string): Promise<string[]> {
    const rows: Array<{ user_id: string }> = await this.db.query(
      'SELECT user_id FROM committee_members WHERE committee_id = $1 ORDER BY user_id',
      [committeeId],
    );
    return rows.map((r) => r.user_id);
  }
}
