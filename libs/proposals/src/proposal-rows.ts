import { Inject, Injectable } from '@nestjs/common';
import type { Actor } from '@kyodo/platform';
import type { CallEntity } from './calls/call.entity';
import { CallRepository } from './calls/call.repository';
import { canSee, recusalMayHide } from './proposal-access';
import { ProposalError, ProposalErrorCode } from './proposal-errors';
import type { ProposalEntity } from './proposals/proposal.entity';
import { ProposalRepository } from './proposals/proposal.repository';
import { REVIEW_FACTS_PORT, type ReviewFactsPort } from './review-facts.port';

/** Loading rows the caller may see; shared by the command and query sides. */
@Injectable()
export class ProposalRows {
  constructor(
    private readonly proposals: ProposalRepository,
    private readonly calls: CallRepository,
    @Inject(REVIEW_FACTS_PORT) private readonly reviewFacts: ReviewFactsPort,
  ) {}

  /**
   * The proposal, or 404 for anyone who may not see it (never 403: existence is not revealed). A reviewer recused
   * from it answers as one without access while the selection runs: its versions, attachments and every other
   * read or write through here are closed to them too.
   */
  async visible(actor: Actor, id: string): Promise<ProposalEntity> {
    const row = await this.proposals.findById(id);
    if (!row || !canSee(actor, row) || (await this.recused(actor, row))) {
      throw new ProposalError(ProposalErrorCode.ProposalNotFound);
    }
    return row;
  }

  /** Whether a selection-stage recusal hides this proposal from the actor now (proposal-access.ts says when). */
  async recused(actor: Actor, row: Pick<ProposalEntity, 'id' | 'organizationId' | 'state'>): Promise<boolean> {
    if (!recusalMayHide(actor, row)) return false;
    return (await this.reviewFacts.selectionRecusalsOf(actor.userId, row.id)).length > 0;
  }

  /** The proposals a selection-stage recusal hides from the actor in lists (their states are checked there). */
  recusalsOf(actor: Actor): Promise<string[]> {
    return this.reviewFacts.selectionRecusalsOf(actor.userId);
  }

  call(id: string): Promise<CallEntity> {
    return this.calls.getById(id);
  }

  async callInScope(actor: Actor, callId: string): Promise<CallEntity> {
    const call = await this.calls.findById(callId);
    if (!call || call.municipalityId !== actor.municipalityId) throw new ProposalError(ProposalErrorCode.CallNotFound);
    return call;
  }
}
