import { Injectable } from '@nestjs/common';
import type { Actor } from '@kyodo/platform';
import { ProposalRecordsReader } from '../proposal-records.reader';
import { LifecycleFacts } from '../lifecycle/lifecycle-facts';
import { ProposalTransition } from '../lifecycle/proposal-transition';
import { machineActor } from '../proposal-access';
import { missingForSubmission, type ProposalContent } from '../proposal-content';
import { ProposalErrorCode } from '../proposal-errors';
import type { SubmissionInput } from '../proposal-event-input';
import { ProposalRows } from '../proposal-rows';
import { toProposalView, type ProposalView } from '../proposal-view';
import type { ProposalEntity } from '../proposals/proposal.entity';
import { ContinuationCheck } from '../continuation/continuation-check';

const SUBMITTABLE_STATES = ['draft', 'submitted.revisionRequested'];

/**
 * The proposer submits a draft (SUBMIT) or a corrected proposal (RESUBMIT). A refusal for missing content names the
 * fields still to fill, so the proposer knows what to do rather than only that it was refused.
 */
@Injectable()
export class SubmitProposal {
  constructor(
    private readonly rows: ProposalRows,
    private readonly transition: ProposalTransition,
    private readonly facts: LifecycleFacts,
    private readonly records: ProposalRecordsReader,
    private readonly continuation: ContinuationCheck,
  ) {}

  async execute(actor: Actor, id: string, expectedVersion: number, event: SubmissionInput): Promise<ProposalView> {
    const row = await this.rows.visible(actor, id);
    const call = await this.rows.call(row.callId);
    // The call's continuation rule (or the predecessor) may have changed since the draft named it. A stale version
    // or a proposal past its draft hears that first, from the transition.
    if (row.version === expectedVersion && SUBMITTABLE_STATES.includes(row.state))
      await this.continuation.check(call, row.organizationId, row.predecessorId ?? null, row.id);
    const relation = machineActor(actor, row);
    const { saved, facts } = await this.transition.apply({
      row,
      call,
      expectedVersion,
      event,
      actor: relation,
      by: { id: actor.userId, role: relation.relation, requestId: actor.requestId },
      refusal: missingContent,
    });
    return toProposalView(saved, this.facts.allowedGiven(actor, saved, facts), await this.records.of(actor, saved));
  }
}

function missingContent(row: ProposalEntity) {
  const missing = missingForSubmission(row.title, row.content as ProposalContent);
  return missing.length > 0 ? { code: ProposalErrorCode.ContentIncomplete, details: { missingFields: missing } } : null;
}
