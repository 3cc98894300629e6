import { Inject, Injectable } from '@nestjs/common';
import type { Actor } from '@kyodo/platform';
import { ActiveMembershipRepository } from '@kyodo/identity';
import { CallRepository, ProposalError, ProposalErrorCode, ProposalFactsRepository } from '@kyodo/proposals';
import type { Assignment } from '../assignment';
import { AssignmentRepository } from '../assignments/assignment.repository';
import { proposes, requireSecretariat, REVIEWABLE, reviewerOrganizations } from '../assignments/reviewer-eligibility';
import { AssignReviewers } from '../assign-reviewers/assign-reviewers.use-case';
import type { Stage } from '../rubric-definition';

/**
 * Even-load automatic assignment over the call's proposals in review: each
 * proposal gets `perProposal` reviewers, always the least loaded eligible
 * ones (ties by id, so the result is reproducible), never a conflicted one.
 * Each proposal's choice is then assigned as the secretariat would by hand.
 */
@Injectable()
export class AutoAssignReviewers {
  constructor(
    @Inject(AssignReviewers) private readonly assign: AssignReviewers,
    @Inject(AssignmentRepository) private readonly assignments: AssignmentRepository,
    @Inject(ProposalFactsRepository) private readonly proposals: ProposalFactsRepository,
    @Inject(ActiveMembershipRepository) private readonly memberships: ActiveMembershipRepository,
    @Inject(CallRepository) private readonly calls: CallRepository,
  ) {}

  async execute(
    actor: Actor,
    callId: string,
    perProposal: number,
    stage: Stage,
    pool?: string[],
  ): Promise<Assignment[]> {
    requireSecretariat(actor);
    const municipalityId = (await this.calls.findById(callId))?.municipalityId;
    if (!municipalityId || municipalityId !== actor.municipalityId)
      throw new ProposalError(ProposalErrorCode.CallNotFound);
    const proposals = await this.proposals.reviewTargetsOfCall(callId);
    const candidates = pool ?? (await this.memberships.activeReviewers(actor.municipalityId!));
    const organizations = await reviewerOrganizations(this.memberships, actor.municipalityId!, candidates);
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
      if (chosen.length > 0) created.push(...(await this.assign.execute(actor, proposal.id, chosen, stage)));
    }
    return created;
  }
}
