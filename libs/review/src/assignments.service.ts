import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { type Actor, Clock, hasRole } from '@kyodo/platform';
import { UserRepository } from '@kyodo/identity';
import { ProposalError, ProposalErrorCode, ProposalFactsRepository } from '@kyodo/proposals';
import type { Assignment } from './assignment';
import { auditAssignment } from './assignments/assignment-audit';
import { AssignmentRepository, type QueueItem } from './assignments/assignment.repository';
import { queueInReceiptOrder, withReviewerNames } from './assignments/assignment-listings';
import type { ProposalAssignment } from './assignments/proposal-assignment';
import { ReviewError, ReviewErrorCode } from './review-errors';

export type { Assignment };

/**
 * 審査担当: who reviews which proposal at which stage. Conflicts are found
 * automatically (the reviewer belongs to the proposing organisation or to a
 * partner department it names) or declared; a conflicted reviewer neither
 * sees nor scores the proposal. Assigning is a use case of its own
 * (AssignReviewers, AutoAssignReviewers); here are the reviewer's own moves and the reads.
 */
@Injectable()
export class AssignmentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(AssignmentRepository) private readonly assignments: AssignmentRepository,
    @Inject(ProposalFactsRepository) private readonly proposals: ProposalFactsRepository,
    @Inject(UserRepository) private readonly users: UserRepository,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  async declareConflict(actor: Actor, assignmentId: string, reason: string): Promise<Assignment> {
    const assignment = await this.own(actor, assignmentId);
    if (assignment.status === 'submitted' || assignment.status === 'locked') {
      throw new ReviewError(ReviewErrorCode.SheetLocked);
    }
    await this.dataSource.transaction(async (manager) => {
      await this.assignments.declareConflict(manager, assignmentId, reason);
      // The assignment's foreign key guarantees the proposal.
      const proposal = (await this.proposals.reviewTarget(assignment.proposalId, manager))!;
      await auditAssignment(manager, this.clock.now(), actor, proposal, 'review.conflict_declared', {
        assignmentId,
        reason,
      });
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
  /** The reviewer's queue; a conflicted assignment stays listed as recused, by its heading only. */
  async myQueue(
    actor: Actor,
  ): Promise<{ pending: Array<QueueItem>; done: Array<QueueItem>; recused: Array<QueueItem> }> {
    // Two reads where one join was: the assignments here, then their proposals' headings from libs/proposals.
    const mine = await this.assignments.ofReviewer(actor.userId);
    const items = queueInReceiptOrder(
      mine,
      await this.proposals.reviewHeadingsOf([...new Set(mine.map((a) => a.proposalId))]),
    );
    const done = (a: QueueItem) => a.status === 'submitted' || a.status === 'locked';
    return {
      pending: items.filter((a) => a.status !== 'conflicted' && !done(a)),
      done: items.filter(done),
      recused: items.filter((a) => a.status === 'conflicted'),
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
    return withReviewerNames(rows, await this.users.namesAndActivity([...new Set(rows.map((r) => r.reviewerId))]));
  }

  /** An assignment of the caller; anyone else's is not found. */
  async own(actor: Actor, assignmentId: string): Promise<Assignment> {
    const assignment = await this.assignments.findById(assignmentId);
    if (!assignment || assignment.reviewerId !== actor.userId)
      throw new ReviewError(ReviewErrorCode.AssignmentNotFound);
    return assignment;
  }
}
