import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { appendAudit } from '@kyodo/audit';
import { type Actor, Clock, hasRole } from '@kyodo/platform';
import { ActiveMembershipRepository, UserRepository } from '@kyodo/identity';
import {
  CallRepository,
  ProposalError,
  ProposalErrorCode,
  ProposalFactsRepository,
  type ReviewTarget,
} from '@kyodo/proposals';
import { enqueueInOutbox } from '@kyodo/queues';
import type { Assignment } from './assignment';
import { AssignmentRepository, type QueueItem } from './assignments/assignment.repository';
import { queueInReceiptOrder, withReviewerNames } from './assignments/assignment-listings';
import type { ProposalAssignment } from './assignments/proposal-assignment';
import { ReviewError, ReviewErrorCode } from './review-errors';
import type { Stage } from './rubric-definition';

export type { Assignment };

const REVIEWABLE: Record<Stage, RegExp> = {
  document: /^review$/,
  presentation: /^(review|jointEvaluation)$/,
  project_end: /^projectEvaluation\./,
};
const REVIEWER_ROLES = ['reviewer', 'committee_member', 'committee_chair'];

/**
 * 審査担当: who reviews which proposal at which stage. Conflicts are found
 * automatically (the reviewer belongs to the proposing organisation or to a
 * partner department it names) or declared; a conflicted reviewer neither
 * sees nor scores the proposal. Assignees are told at once.
 */
@Injectable()
export class AssignmentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(AssignmentRepository) private readonly assignments: AssignmentRepository,
    @Inject(ProposalFactsRepository) private readonly proposals: ProposalFactsRepository,
    @Inject(ActiveMembershipRepository) private readonly reviewerReads: ActiveMembershipRepository,
    @Inject(CallRepository) private readonly calls: CallRepository,
    @Inject(UserRepository) private readonly users: UserRepository,
    @Inject(Clock) private readonly clock: Clock,
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
        const conflicted = reviewers.get(reviewerId)!.some((org) => proposes(proposal, org));
        const assignment: Assignment = {
          id: randomUUID(),
          proposalId,
          reviewerId,
          stage,
          status: conflicted ? 'conflicted' : 'assigned',
          conflictKind: conflicted ? 'automatic' : null,
          conflictReason: conflicted ? 'member of the proposing organisation or a named partner department' : null,
        };
        const inserted = await this.assignments.insertIfNew(manager, {
          ...assignment,
          municipalityId: proposal.municipalityId,
          callId: proposal.callId,
        });
        if (inserted) created.push(assignment);
      }
      const notified = created.filter((a) => a.status === 'assigned').map((a) => a.reviewerId);
      if (notified.length > 0) {
        await enqueueInOutbox(manager, {
          name: 'notify.proposal-event',
          municipalityId: proposal.municipalityId,
          payload: {
            municipalityId: proposal.municipalityId,
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
    const municipalityId = (await this.calls.findById(callId))?.municipalityId;
    if (!municipalityId || municipalityId !== actor.municipalityId)
      throw new ProposalError(ProposalErrorCode.CallNotFound);
    const proposals = await this.proposals.reviewTargetsOfCall(callId);
    const candidates = pool ?? (await this.reviewerReads.activeReviewers(actor.municipalityId!));
    const organizations = await this.reviewers(actor.municipalityId!, candidates);
    const load = new Map<string, number>(candidates.map((id) => [id, 0]));
    const existing = await this.assignments.loadOfCall(callId, stage);
    for (const [reviewerId, n] of existing) if (load.has(reviewerId)) load.set(reviewerId, n);
    const created: Assignment[] = [];
    for (const proposal of proposals.filter((p) => REVIEWABLE[stage].test(p.state))) {
      const taken = new Set(await this.assignments.reviewerIdsOf(proposal.id, stage));
      const eligible = candidates
        .filter((id) => !taken.has(id))
        .filter((id) => !organizations.get(id)!.some((org) => proposes(proposal, org)))
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
      await this.assignments.declareConflict(manager, assignmentId, reason);
      // The assignment's foreign key guarantees the proposal.
      const proposal = (await this.proposals.reviewTarget(assignment.proposalId, manager))!;
      await this.audit(manager, actor, proposal, 'review.conflict_declared', { assignmentId, reason });
    });
    return { ...assignment, status: 'conflicted', conflictKind: 'declared', conflictReason: reason };
  }

  async acknowledge(actor: Actor, assignmentId: string): Promise<Assignment> {
    const assignment = await this.own(actor, assignmentId);
    if (assignment.status === 'assigned') {
      await this.assignments.acknowledge(assignmentId);
      return { ...assignment, status: 'acknowledged' };
    }
    return assignment;
  }

  /** The reviewer's own queue, split into what is still to do and what is done. */
  async myQueue(actor: Actor): Promise<{ pending: Array<QueueItem>; done: Array<QueueItem> }> {
    // Two reads where one join was: the assignments here, then their proposals' headings from libs/proposals.
    const open = await this.assignments.openOfReviewer(actor.userId);
    const items = queueInReceiptOrder(
      open,
      await this.proposals.reviewHeadingsOf([...new Set(open.map((a) => a.proposalId))]),
    );
    return {
      pending: items.filter((a) => !['submitted', 'locked'].includes(a.status)),
      done: items.filter((a) => ['submitted', 'locked'].includes(a.status)),
    };
  }

  /**
   * A proposal's assignments with the reviewers' names (secretariat, admin); never the scores. Another
   * municipality's proposal, or a draft, is not found, like the sibling routes.
   */
  async forProposal(actor: Actor, proposalId: string): Promise<ProposalAssignment[]> {
    if (!hasRole(actor, 'secretariat', 'admin') || !actor.municipalityId) {
      throw new ReviewError(ReviewErrorCode.NotAllowed);
    }
    const proposal = await this.proposals.scopeOf(proposalId);
    if (!proposal || proposal.municipalityId !== actor.municipalityId || proposal.state === 'draft') {
      throw new ProposalError(ProposalErrorCode.ProposalNotFound);
    }
    // Two reads where one join was: the assignments here, then the reviewers' names from libs/identity.
    const rows = await this.assignments.ofProposalInMunicipality(proposalId, actor.municipalityId);
    return withReviewerNames(rows, await this.users.displayNamesOf([...new Set(rows.map((r) => r.reviewerId))]));
  }

  /** An assignment of the caller; anyone else's is not found. */
  async own(actor: Actor, assignmentId: string): Promise<Assignment> {
    const assignment = await this.assignments.findById(assignmentId);
    if (!assignment || assignment.reviewerId !== actor.userId)
      throw new ReviewError(ReviewErrorCode.AssignmentNotFound);
    return assignment;
  }

  private requireSecretariat(actor: Actor): void {
    if (!hasRole(actor, 'secretariat') || !actor.municipalityId) throw new ReviewError(ReviewErrorCode.NotAllowed);
  }

  private async proposal(actor: Actor, id: string): Promise<ReviewTarget> {
    const proposal = await this.proposals.reviewTarget(id);
    if (!proposal || proposal.municipalityId !== actor.municipalityId || proposal.state === 'draft') {
      throw new ProposalError(ProposalErrorCode.ProposalNotFound);
    }
    return proposal;
  }

  /** Each requested reviewer's organisations; fails unless every one may review in this municipality. */
  private async reviewers(municipalityId: string, ids: string[]): Promise<Map<string, string[]>> {
    const rows = await this.reviewerReads.membershipsOf(municipalityId, ids);
    const result = new Map<string, string[]>();
    for (const id of ids) {
      const mine = rows.filter((r) => r.userId === id);
      if (!mine.some((r) => REVIEWER_ROLES.includes(r.role)))
        throw new ReviewError(ReviewErrorCode.NotReviewer, { userId: id });
      result.set(
        id,
        mine.map((r) => r.organizationId).filter((o): o is string => o !== null),
      );
    }
    return result;
  }

  private audit(manager: EntityManager, actor: Actor, proposal: ReviewTarget, action: string, after: unknown) {
    return appendAudit(manager, {
      municipalityId: proposal.municipalityId,
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

/** The organisation proposes the proposal, or is a partner department it names. */
function proposes(proposal: ReviewTarget, organizationId: string): boolean {
  return organizationId === proposal.organizationId || proposal.partnerDepartmentIds.includes(organizationId);
}
