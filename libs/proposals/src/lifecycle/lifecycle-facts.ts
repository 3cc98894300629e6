import { Inject, Injectable } from '@nestjs/common';
import { type Actor, Clock } from '@kyodo/platform';
import { allowedProposalEvents, type ProposalFacts } from '@kyodo/workflow';
import type { CallEntity } from '../calls/call.entity';
import { machineActor } from '../proposal-access';
import { missingForSubmission, type ProposalContent } from '../proposal-content';
import type { ProposalEntity } from '../proposals/proposal.entity';
import { REVIEW_FACTS_PORT, type ReviewFactsPort } from '../review-facts.port';
import { finalizeUnmet, type UnmetCondition } from './finalize-unmet';

/** What the machine is told of the world with each event, and so which events a person may send now. */
@Injectable()
export class LifecycleFacts {
  constructor(
    private readonly clock: Clock,
    @Inject(REVIEW_FACTS_PORT) private readonly reviewFacts: ReviewFactsPort,
  ) {}

  async of(row: ProposalEntity, call: CallEntity, actorId: string | null): Promise<ProposalFacts> {
    const now = this.clock.now();
    const review = await this.reviewFacts.forProposal(row.id, actorId);
    return {
      beforeSubmissionDeadline: now >= call.submissionOpensAt && now < call.submissionClosesAt,
      contentComplete: missingForSubmission(row.title, row.content as ProposalContent).length === 0,
      allScoreSheetsSubmitted: review.allScoreSheetsSubmitted,
      quorumMet: review.quorumMet,
      consultationRequired: call.consultationRequired,
      provisionalAdoption: call.provisionalAdoption,
      preConsultationEnabled: call.preConsultation,
    };
  }

  /**
   * For a chair reading a proposal at the joint evaluation that they cannot decide now: what stands in the way in the
   * room (not chairing its session, the quorum), so the committee's page can say so before anyone tries. The form's
   * own parts (decision, 講評, conditions) are not counted here: the page asks for them.
   */
  async decisionBlockers(actor: Actor, row: ProposalEntity, allowed: string[]): Promise<UnmetCondition[] | undefined> {
    if (row.state !== 'jointEvaluation' || !actor.roles.includes('committee_chair') || allowed.includes('FINALIZE')) {
      return undefined;
    }
    const review = await this.reviewFacts.forProposal(row.id, actor.userId);
    return finalizeUnmet({
      state: row.state,
      roles: actor.roles,
      sessions: review.sessions ?? [],
      payload: { decision: 'adopted', reason: '-' },
    });
  }

  /** The events this person may send now, for the view's `allowedEvents`. */
  async allowed(actor: Actor, row: ProposalEntity, call: CallEntity): Promise<string[]> {
    return this.allowedGiven(actor, row, await this.of(row, call, actor.userId));
  }

  /** The same, from facts already read (those a transition was just given: it does not change them). */
  allowedGiven(actor: Actor, row: ProposalEntity, facts: ProposalFacts): string[] {
    return allowedProposalEvents(row.snapshot, machineActor(actor, row), facts);
  }
}
