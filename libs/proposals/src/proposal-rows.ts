import { Injectable } from '@nestjs/common';
import type { Actor } from '@kyodo/platform';
import type { CallEntity } from './calls/call.entity';
import { CallRepository } from './calls/call.repository';
import { canSee } from './proposal-access';
import { ProposalError, ProposalErrorCode } from './proposal-errors';
import type { ProposalEntity } from './proposals/proposal.entity';
import { ProposalRepository } from './proposals/proposal.repository';

/** Loading rows the caller may see; shared by the command and query sides. */
@Injectable()
export class ProposalRows {
  constructor(
    private readonly proposals: ProposalRepository,
    private readonly calls: CallRepository,
  ) {}

  /** The proposal, or 404 for anyone who may not see it (never 403: existence is not revealed). */
  async visible(actor: Actor, id: string): Promise<ProposalEntity> {
    const row = await this.proposals.findById(id);
    if (!row || !canSee(actor, row)) throw new ProposalError(ProposalErrorCode.ProposalNotFound);
    return row;
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
