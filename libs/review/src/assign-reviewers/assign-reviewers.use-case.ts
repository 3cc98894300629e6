import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { type Actor, Clock } from '@kyodo/platform';
import { ActiveMembershipRepository } from '@kyodo/identity';
import { ProposalError, ProposalErrorCode, ProposalFactsRepository, type ReviewTarget } from '@kyodo/proposals';
import { enqueueInOutbox } from '@kyodo/queues';
import type { Assignment } from '../assignment';
import { auditAssignment } from '../assignments/assignment-audit';
import { AssignmentRepository } from '../assignments/assignment.repository';
import { proposes, requireSecretariat, REVIEWABLE, reviewerOrganizations } from '../assignments/reviewer-eligibility';
import { ReviewError, ReviewErrorCode } from '../review-errors';
import type { Stage } from '../rubric-definition';

/**
 * The secretariat assigns reviewers to a proposal at a stage (審査担当の割当). A reviewer who belongs to the
 * proposing organisation or to a partner department it names is recorded as conflicted and never sees it; the
 * others are told at once. An assignment that exists already is left as it is and out of the answer.
 */
@Injectable()
export class AssignReviewers {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(AssignmentRepository) private readonly assignments: AssignmentRepository,
    @Inject(ProposalFactsRepository) private readonly proposals: ProposalFactsRepository,
    @Inject(ActiveMembershipRepository) private readonly memberships: ActiveMembershipRepository,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  async execute(actor: Actor, proposalId: string, reviewerIds: string[], stage: Stage): Promise<Assignment[]> {
    requireSecretariat(actor);
    const proposal = await this.proposal(actor, proposalId);
    if (!REVIEWABLE[stage].test(proposal.state))
      throw new ReviewError(ReviewErrorCode.NotReviewable, { state: proposal.state });
    const reviewers = await reviewerOrganizations(this.memberships, actor.municipalityId!, reviewerIds);
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
      await auditAssignment(manager, this.clock.now(), actor, proposal, 'review.assigned', {
        stage,
        assignments: created.map((a) => ({ reviewerId: a.reviewerId, status: a.status })),
      });
      return created;
    });
  }

  /** The proposal in the secretariat's municipality; a draft or another municipality's is not found. */
  private async proposal(actor: Actor, id: string): Promise<ReviewTarget> {
    const proposal = await this.proposals.reviewTarget(id);
    if (!proposal || proposal.municipalityId !== actor.municipalityId || proposal.state === 'draft') {
      throw new ProposalError(ProposalErrorCode.ProposalNotFound);
    }
    return proposal;
  }
}
