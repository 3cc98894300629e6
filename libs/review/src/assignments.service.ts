import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { appendAudit } from '@kyodo/audit';
import { type Actor, type Clock, hasRole } from '@kyodo/platform';
import { ProposalError, ProposalErrorCode } from '@kyodo/proposals';
import { enqueueInOutbox } from '@kyodo/queues';
import type { Assignment } from './assignment';
import { type ProposalAssignment, proposalAssignments } from './proposal-assignments';
import { ReviewError, ReviewErrorCode } from './review-errors';
import type { Stage } from './rubric-definition';

export type { Assignment };

type QueueItem = Assignment & { title: string; callId: string; reviewDeadlineAt: string | null };

const REVIEWABLE: Record<Stage, RegExp> = {
  document: /^review$/,
  presentation: /^(review|jointEvaluation)$/,
  project_end: /^projectEvaluation\./,
};
const REVIEWER_ROLES = ['reviewer', 'committee_member', 'committee_chair'];

interface ProposalRow {
  id: string;
  municipality_id: string;
  call_id: string;
  organization_id: string;
  partner_department_ids: string[];
  state: string;
}

/**
 * 審査担当: who reviews which proposal at which stage. Conflicts are found
 * automatically (the reviewer belongs to the proposing organisation or to a
 * partner department it names) or declared; a conflicted reviewer neither
 * sees nor scores the proposal. Assignees are told at once.
 */
export class AssignmentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async assign(actor: Actor, proposalId: string, reviewerIds: string[], stage: Stage): Promise<Assignment[]> {
    this.requireSecretariat(actor);
    const proposal = await this.proposal(actor, proposalId);
    if (!REVIEWABLE[stage].test(proposal.state))
      throw new ReviewError(ReviewErrorCode.NotReviewable, { state: proposal.state });
    const reviewers = await this.reviewers(actor.municipalityId!, reviewerIds);
    return this.dataSource.transaction(async (manager) => {
      const created: Assignment[] = [];
      for (const reviewerId of new Set(reviewerIds)) {
        const conflicted = reviewers
          .get(reviewerId)!
          .some((org) => org === proposal.organization_id || proposal.partner_department_ids.includes(org));
        const assignment: Assignment = {
          id: randomUUID(),
          proposalId,
          reviewerId,
          stage,
          status: conflicted ? 'conflicted' : 'assigned',
          conflictKind: conflicted ? 'automatic' : null,
          conflictReason: conflicted ? 'member of the proposing organisation or a named partner department' : null,
        };
        const inserted = await manager.query(
          `INSERT INTO review_assignments (id, municipality_id, call_id, proposal_id, reviewer_id, stage, status, conflict_kind, conflict_reason)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (proposal_id, reviewer_id, stage) DO NOTHING RETURNING id`,
          [
            assignment.id,
            proposal.municipality_id,
            proposal.call_id,
            proposalId,
            reviewerId,
            stage,
            assignment.status,
            assignment.conflictKind,
            assignment.conflictReason,
          ],
        );
        if (inserted.length > 0) created.push(assignment);
      }
      const notified = created.filter((a) => a.status === 'assigned').map((a) => a.reviewerId);
      if (notified.length > 0) {
        await enqueueInOutbox(manager, {
          name: 'notify.proposal-event',
          municipalityId: proposal.municipality_id,
          payload: {
            municipalityId: proposal.municipality_id,
            proposalId,
            template: 'review.assigned',
            audience: 'users',
            userIds: notified,
          },
        });
      }
      await this.audit(manager, actor, proposal, 'review.assigned', {
        stage,
        assignments: created.map((a) => ({ reviewerId: a.reviewerId, status: a.status })),
      });
      return created;
    });
  }

  /**
   * Even-load automatic assignment over the call's proposals in review: each
   * proposal gets `perProposal` reviewers, always the least loaded eligible
   * ones (ties by id, so the result is reproducible), never a conflicted one.
   */
  async autoAssign(
    actor: Actor,
    callId: string,
    perProposal: number,
    stage: Stage,
    pool?: string[],
  ): Promise<Assignment[]> {
    this.requireSecretariat(actor);
    const [call] = await this.dataSource.query('SELECT municipality_id FROM calls WHERE id = $1', [callId]);
    if (!call || call.municipality_id !== actor.municipalityId) throw new ProposalError(ProposalErrorCode.CallNotFound);
    const proposals: ProposalRow[] = await this.dataSource.query(
      `SELECT id, municipality_id, call_id, organization_id, partner_department_ids, state FROM proposals WHERE call_id = $1 ORDER BY receipt_number, id`,
      [callId],
    );
    const candidates = pool ?? (await this.allReviewers(actor.municipalityId!));
    const organizations = await this.reviewers(actor.municipalityId!, candidates);
    const load = new Map<string, number>(candidates.map((id) => [id, 0]));
    const existing: Array<{ reviewer_id: string; n: number }> = await this.dataSource.query(
      `SELECT reviewer_id, count(*)::int AS n FROM review_assignments WHERE call_id = $1 AND stage = $2 AND status <> 'conflicted' GROUP BY reviewer_id`,
      [callId, stage],
    );
    for (const row of existing) if (load.has(row.reviewer_id)) load.set(row.reviewer_id, row.n);
    const created: Assignment[] = [];
    for (const proposal of proposals.filter((p) => REVIEWABLE[stage].test(p.state))) {
      const already: Array<{ reviewer_id: string }> = await this.dataSource.query(
        `SELECT reviewer_id FROM review_assignments WHERE proposal_id = $1 AND stage = $2`,
        [proposal.id, stage],
      );
      const taken = new Set(already.map((r) => r.reviewer_id));
      const eligible = candidates
        .filter((id) => !taken.has(id))
        .filter(
          (id) =>
            !organizations
              .get(id)!
              .some((org) => org === proposal.organization_id || proposal.partner_department_ids.includes(org)),
        )
        .sort((a, b) => load.get(a)! - load.get(b)! || (a < b ? -1 : 1));
      const needed = Math.max(0, perProposal - taken.size);
      const chosen = eligible.slice(0, needed);
      for (const id of chosen) load.set(id, load.get(id)! + 1);
      if (chosen.length > 0) created.push(...(await this.assign(actor, proposal.id, chosen, stage)));
    }
    return created;
  }

  async declareConflict(actor: Actor, assignmentId: string, reason: string): Promise<Assignment> {
    const assignment = await this.own(actor, assignmentId);
    if (assignment.status === 'submitted' || assignment.status === 'locked') {
      throw new ReviewError(ReviewErrorCode.SheetLocked);
    }
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `UPDATE review_assignments SET status = 'conflicted', conflict_kind = 'declared', conflict_reason = $2, version = version + 1 WHERE id = $1`,
        [assignmentId, reason],
      );
      const proposal = (await manager.query('SELECT * FROM proposals WHERE id = $1', [assignment.proposalId]))[0];
      await this.audit(manager, actor, proposal, 'review.conflict_declared', { assignmentId, reason });
    });
    return { ...assignment, status: 'conflicted', conflictKind: 'declared', conflictReason: reason };
  }

  async acknowledge(actor: Actor, assignmentId: string): Promise<Assignment> {
    const assignment = await this.own(actor, assignmentId);
    if (assignment.status === 'assigned') {
      await this.dataSource.query(
        `UPDATE review_assignments SET status = 'acknowledged' WHERE id = $1 AND status = 'assigned'`,
        [assignmentId],
      );
      return { ...assignment, status: 'acknowledged' };
    }
    return assignment;
  }

  /** The reviewer's own queue, split into what is still to do and what is done. */
  async myQueue(actor: Actor): Promise<{ pending: Array<QueueItem>; done: Array<QueueItem> }> {
    const rows = await this.dataSource.query(
      `SELECT a.*, p.title, c.review_deadline_at FROM review_assignments a JOIN proposals p ON p.id = a.proposal_id
         JOIN calls c ON c.id = a.call_id
        WHERE a.reviewer_id = $1 AND a.status <> 'conflicted' ORDER BY p.receipt_number, a.stage`,
      [actor.userId],
    );
    const items = rows.map((r: Record<string, unknown>) => ({
      ...toAssignment(r),
      title: r.title as string,
      callId: r.call_id as string,
      reviewDeadlineAt: r.review_deadline_at ? new Date(r.review_deadline_at as string).toISOString() : null,
    }));
    return {
      pending: items.filter((a: Assignment) => !['submitted', 'locked'].includes(a.status)),
      done: items.filter((a: Assignment) => ['submitted', 'locked'].includes(a.status)),
    };
  }

  /** A proposal's assignments with the reviewers' names (secretariat, admin); never the scores. */
  forProposal(actor: Actor, proposalId: string): Promise<ProposalAssignment[]> {
    return proposalAssignments(this.dataSource, actor, proposalId);
  }

  /** An assignment of the caller; anyone else's is not found. */
  async own(actor: Actor, assignmentId: string): Promise<Assignment> {
    const [row] = await this.dataSource.query('SELECT * FROM review_assignments WHERE id = $1', [assignmentId]);
    if (!row || row.reviewer_id !== actor.userId) throw new ReviewError(ReviewErrorCode.AssignmentNotFound);
    return toAssignment(row);
  }

  private requireSecretariat(actor: Actor): void {
    if (!hasRole(actor, 'secretariat') || !actor.municipalityId) throw new ReviewError(ReviewErrorCode.NotAllowed);
  }

  private async proposal(actor: Actor, id: string): Promise<ProposalRow> {
    const [row] = await this.dataSource.query(
      'SELECT id, municipality_id, call_id, organization_id, partner_department_ids, state FROM proposals WHERE id = $1',
      [id],
    );
    if (!row || row.municipality_id !== actor.municipalityId || row.state === 'draft') {
      throw new ProposalError(ProposalErrorCode.ProposalNotFound);
    }
    return row;
  }

  /** Each requested reviewer's organisations; fails unless every one may review in this municipality. */
  private async reviewers(municipalityId: string, ids: string[]): Promise<Map<string, string[]>> {
    const rows: Array<{ user_id: string; organization_id: string | null; role: string }> = await this.dataSource.query(
      `SELECT m.user_id, m.organization_id, m.role FROM memberships m JOIN users u ON u.id = m.user_id
        WHERE m.municipality_id = $1 AND m.user_id = ANY($2::uuid[]) AND u.active`,
      [municipalityId, ids],
    );
    const result = new Map<string, string[]>();
    for (const id of ids) {
      const mine = rows.filter((r) => r.user_id === id);
      if (!mine.some((r) => REVIEWER_ROLES.includes(r.role)))
        throw new ReviewError(ReviewErrorCode.NotReviewer, { userId: id });
      result.set(
        id,
        mine.map((r) => r.organization_id).filter((o): o is string => o !== null),
      );
    }
    return result;
  }

  private async allReviewers(municipalityId: string): Promise<string[]> {
    const rows: Array<{ user_id: string }> = await this.dataSource.query(
      `SELECT DISTINCT m.user_id FROM memberships m JOIN users u ON u.id = m.user_id
        WHERE m.municipality_id = $1 AND m.role = 'reviewer' AND u.active ORDER BY m.user_id`,
      [municipalityId],
    );
    return rows.map((r) => r.user_id);
  }

  private audit(manager: EntityManager, actor: Actor, proposal: ProposalRow, action: string, after: unknown) {
    return appendAudit(manager, {
      municipalityId: proposal.municipality_id,
      stream: `proposal:${proposal.id}`,
      action,
      actorId: actor.userId,
      actorRole: hasRole(actor, 'secretariat') ? 'secretariat' : 'reviewer',
      requestId: actor.requestId,
      after,
      at: this.clock.now(),
    });
  }
}

export function toAssignment(row: Record<string, unknown>): Assignment {
  return {
    id: row.id as string,
    proposalId: row.proposal_id as string,
    reviewerId: row.reviewer_id as string,
    stage: row.stage as Stage,
    status: row.status as Assignment['status'],
    conflictKind: (row.conflict_kind as Assignment['conflictKind']) ?? null,
    conflictReason: (row.conflict_reason as string | null) ?? null,
  };
}
