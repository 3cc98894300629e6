import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Assignment } from '../assignment';
import type { Stage } from '../rubric-definition';

/** A new assignment with where it belongs. */
export interface NewAssignment extends Assignment {
  municipalityId: string;
  callId: string;
}

/** An assignment in the reviewer's queue: with the proposal's title and the call's review deadline. */
export type QueueItem = Assignment & { title: string; callId: string; reviewDeadlineAt: string | null };

/** An assignment with the call it belongs to. */
export type CallAssignment = Assignment & { callId: string };

/** A proposal's assignment with when its sheet was submitted; `tier` ranks (stage, creation time), ties equal. */
export type ListedAssignment = Assignment & { submittedAt: string | null; tier: number };

interface AssignmentRow {
  id: string;
  proposal_id: string;
  reviewer_id: string;
  stage: Stage;
  status: Assignment['status'];
  conflict_kind: Assignment['conflictKind'];
  conflict_reason: string | null;
}

const ASSIGNMENT_COLUMNS = 'a.id, a.proposal_id, a.reviewer_id, a.stage, a.status, a.conflict_kind, a.conflict_reason';

function toAssignment(row: AssignmentRow): Assignment {
  return {
    id: row.id,
    proposalId: row.proposal_id,
    reviewerId: row.reviewer_id,
    stage: row.stage,
    status: row.status,
    conflictKind: row.conflict_kind ?? null,
    conflictReason: row.conflict_reason ?? null,
  };
}

/** A timestamp as read (a Date from the driver), in ISO form, or null. */
function iso(value: Date | string | null): string | null {
  return value ? new Date(value).toISOString() : null;
}

/** 審査担当 rows: who reviews which proposal at which stage, and how far each has gone. */
@Injectable()
export class AssignmentRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async findById(assignmentId: string): Promise<Assignment | null> {
    const [row]: AssignmentRow[] = await this.db.query(
      `SELECT ${ASSIGNMENT_COLUMNS} FROM review_assignments a WHERE a.id = $1`,
      [assignmentId],
    );
    return row ? toAssignment(row) : null;
  }

  /** Writes the assignment unless the reviewer already has this proposal at this stage; answers whether it did. */
  async insertIfNew(manager: EntityManager, assignment: NewAssignment): Promise<boolean> {
    const inserted: Array<{ id: string }> = await manager.query(
      `INSERT INTO review_assignments (id, municipality_id, call_id, proposal_id, reviewer_id, stage, status, conflict_kind, conflict_reason)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (proposal_id, reviewer_id, stage) DO NOTHING RETURNING id`,
      [
        assignment.id,
        assignment.municipalityId,
        assignment.callId,
        assignment.proposalId,
        assignment.reviewerId,
        assignment.stage,
        assignment.status,
        assignment.conflictKind,
        assignment.conflictReason,
      ],
    );
    return inserted.length > 0;
  }

  /** How many non-conflicted assignments each reviewer holds in the call at the stage. */
  async loadOfCall(callId: string, stage: Stage): Promise<Map<string, number>> {
    const rows: Array<{ reviewer_id: string; n: number }> = await this.db.query(
      `SELECT reviewer_id, count(*)::int AS n FROM review_assignments WHERE call_id = $1 AND stage = $2 AND status <> 'conflicted' GROUP BY reviewer_id`,
      [callId, stage],
    );
    return new Map(rows.map((r) => [r.reviewer_id, r.n]));
  }

  /** The call's assignments whose score sheet is not submitted yet, by proposal and reviewer. */
  async openOfCall(callId: string): Promise<Array<{ proposalId: string; reviewerId: string }>> {
    const rows: Array<{ proposal_id: string; reviewer_id: string }> = await this.db.query(
      `SELECT proposal_id, reviewer_id FROM review_assignments
        WHERE call_id = $1 AND status IN ('assigned', 'acknowledged', 'draft') ORDER BY proposal_id, reviewer_id`,
      [callId],
    );
    return rows.map((r) => ({ proposalId: r.proposal_id, reviewerId: r.reviewer_id }));
  }

  /** The reviewers already on the proposal at the stage, conflicted ones included. */
  async reviewerIdsOf(proposalId: string, stage: Stage): Promise<string[]> {
    const rows: Array<{ reviewer_id: string }> = await this.db.query(
      `SELECT reviewer_id FROM review_assignments WHERE proposal_id = $1 AND stage = $2`,
      [proposalId, stage],
    );
    return rows.map((r) => r.reviewer_id);
  }

  /** The conflicted (found or declared) reviewers of each of the proposals, at any stage. */
  async conflictedReviewersOf(proposalIds: string[]): Promise<Array<{ proposalId: string; reviewerId: string }>> {
    const rows: Array<{ proposal_id: string; reviewer_id: string }> = await this.db.query(
      `SELECT DISTINCT proposal_id, reviewer_id FROM review_assignments
        WHERE proposal_id = ANY($1::uuid[]) AND status = 'conflicted'`,
      [proposalIds],
    );
    return rows.map((r) => ({ proposalId: r.proposal_id, reviewerId: r.reviewer_id }));
  }

  /** The reviewers on the proposal at any stage, conflicted ones left out, by id. */
  async activeReviewerIdsOf(proposalId: string): Promise<string[]> {
    const rows: Array<{ reviewer_id: string }> = await this.db.query(
      `SELECT DISTINCT reviewer_id FROM review_assignments WHERE proposal_id = $1 AND status <> 'conflicted' ORDER BY 1`,
      [proposalId],
    );
    return rows.map((r) => r.reviewer_id);
  }

  /**
   * The proposals on which the reviewer is recused (found or declared) at a selection stage: they may not see
   * those while the selection runs. `proposalId` narrows the answer to one proposal.
   */
  async selectionRecusalsOf(reviewerId: string, proposalId?: string): Promise<string[]> {
    const rows: Array<{ proposal_id: string }> = await this.db.query(
      `SELECT DISTINCT proposal_id FROM review_assignments
        WHERE reviewer_id = $1 AND status = 'conflicted' AND stage IN ('document', 'presentation')
          AND ($2::uuid IS NULL OR proposal_id = $2::uuid)`,
      [reviewerId, proposalId ?? null],
    );
    return rows.map((r) => r.proposal_id);
  }

  /** The caller's own assignments on a proposal, at any stage. */
  async ofReviewerOnProposal(proposalId: string, reviewerId: string): Promise<Assignment[]> {
    const rows: AssignmentRow[] = await this.db.query(
      `SELECT ${ASSIGNMENT_COLUMNS} FROM review_assignments a WHERE a.proposal_id = $1 AND a.reviewer_id = $2`,
      [proposalId, reviewerId],
    );
    return rows.map(toAssignment);
  }

  async declareConflict(manager: EntityManager, assignmentId: string, reason: string): Promise<void> {
    await manager.query(
      `UPDATE review_assignments SET status = 'conflicted', conflict_kind = 'declared', conflict_reason = $2, version = version + 1 WHERE id = $1`,
      [assignmentId, reason],
    );
  }

  /** assigned → acknowledged; any other status stays. */
  async acknowledge(assignmentId: string): Promise<void> {
    await this.db.query(`UPDATE review_assignments SET status = 'acknowledged' WHERE id = $1 AND status = 'assigned'`, [
      assignmentId,
    ]);
  }

  /**
   * Moves an open assignment to `status` and bumps its version; answers false, changing nothing, if it was
   * submitted, locked or recused meanwhile. Takes the row lock until the transaction ends.
   */
  async claimOpen(manager: EntityManager, assignmentId: string, status: 'draft' | 'submitted'): Promise<boolean> {
    // An UPDATE answers [rows, row count] through TypeORM's postgres driver.
    const [rows]: [Array<{ id: string }>, number] = await manager.query(
      `UPDATE review_assignments SET status = $2, version = version + 1
        WHERE id = $1 AND status NOT IN ('submitted', 'locked', 'conflicted') RETURNING id`,
      [assignmentId, status],
    );
    return rows.length > 0;
  }

  /** A submitted or locked sheet goes back to draft (the secretariat's reopen). */
  async reopen(manager: EntityManager, assignmentId: string): Promise<void> {
    await manager.query(`UPDATE review_assignments SET status = 'draft', version = version + 1 WHERE id = $1`, [
      assignmentId,
    ]);
  }

  /** Locks the proposal's submitted assignments of a stage: review of that stage has ended. */
  async lockSubmitted(manager: EntityManager, proposalId: string, stage: Stage): Promise<void> {
    await manager.query(
      `UPDATE review_assignments SET status = 'locked', version = version + 1
        WHERE proposal_id = $1 AND status = 'submitted' AND stage = $2`,
      [proposalId, stage],
    );
  }

  /** Of the proposal's selection-stage assignments: how many are not conflicted, and how many are submitted. */
  async selectionProgress(proposalId: string): Promise<{ active: number; done: number }> {
    const [row]: Array<{ active: number; done: number }> = await this.db.query(
      `SELECT count(*) FILTER (WHERE status <> 'conflicted')::int AS active,
              count(*) FILTER (WHERE status IN ('submitted', 'locked'))::int AS done
         FROM review_assignments WHERE proposal_id = $1 AND stage <> 'project_end'`,
      [proposalId],
    );
    return { active: row!.active, done: row!.done };
  }

  /** The call's evaluators in the order they were first assigned (ties by id). */
  async reviewersInOrder(callId: string): Promise<string[]> {
    const rows: Array<{ reviewer_id: string }> = await this.db.query(
      `SELECT reviewer_id FROM review_assignments WHERE call_id = $1
        GROUP BY reviewer_id ORDER BY min(created_at), reviewer_id`,
      [callId],
    );
    return rows.map((r) => r.reviewer_id);
  }

  /** The reviewer's assignments, conflicted ones included, in no particular order (the queue orders them by receipt). */
  async ofReviewer(reviewerId: string): Promise<CallAssignment[]> {
    const rows: Array<AssignmentRow & { call_id: string }> = await this.db.query(
      `SELECT ${ASSIGNMENT_COLUMNS}, a.call_id FROM review_assignments a WHERE a.reviewer_id = $1`,
      [reviewerId],
    );
    return rows.map((r) => ({ ...toAssignment(r), callId: r.call_id }));
  }

  /**
   * A proposal's assignments in the municipality with when each sheet was submitted, by stage, creation time, id.
   * `tier` is the rank of (stage, creation time) so that a caller can order ties by the reviewers' names.
   */
  async ofProposalInMunicipality(proposalId: string, municipalityId: string): Promise<ListedAssignment[]> {
    const rows: Array<AssignmentRow & { submitted_at: Date | null; tier: number }> = await this.db.query(
      `SELECT ${ASSIGNMENT_COLUMNS}, s.submitted_at, (rank() OVER (ORDER BY a.stage, a.created_at))::int AS tier
         FROM review_assignments a LEFT JOIN score_sheets s ON s.assignment_id = a.id
        WHERE a.proposal_id = $1 AND a.municipality_id = $2
        ORDER BY a.stage, a.created_at, a.id`,
      [proposalId, municipalityId],
    );
    return rows.map((r) => ({ ...toAssignment(r), submittedAt: iso(r.submitted_at), tier: r.tier }));
  }
}
