import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { CallEntity } from '../calls/call.entity';
import { ProposalError, ProposalErrorCode } from '../proposal-errors';
import { ContinuationRepository } from './continuation.repository';
import { continuationYear, isAdoptedState, isLiveContinuation, wasCarriedOut } from './continuation-rules';
import { PREDECESSOR_PROJECT_PORT, type PredecessorProjectPort } from './predecessor-project.port';

/**
 * 継続提案の可否: a proposal may continue a proposal of the same organisation, adopted in an earlier call of the
 * same municipality, whose project was carried out (asked of libs/partnership through PREDECESSOR_PROJECT_PORT), when
 * its call allows continuation, no other live proposal continues it already, and the project would not run longer
 * than the call's cap. Checked on creation, on every edit that names a predecessor and again at submission (the call
 * may have changed).
 */
@Injectable()
export class ContinuationCheck {
  constructor(
    private readonly links: ContinuationRepository,
    @Inject(PREDECESSOR_PROJECT_PORT) private readonly projects: PredecessorProjectPort,
  ) {}

  /** The year of the project a proposal continuing `predecessorId` is, without judging the link (1 without one). */
  async yearOf(predecessorId: string | null): Promise<number> {
    return predecessorId === null ? 1 : continuationYear((await this.links.chainFrom(predecessorId)).length);
  }

  /**
   * The year of the project the proposal would be (1 without a predecessor), or a 422 saying why not. `selfId` is
   * the proposal being edited or submitted, which does not count against itself.
   */
  async check(
    call: CallEntity,
    organizationId: string,
    predecessorId: string | null,
    selfId: string | null = null,
  ): Promise<number> {
    if (predecessorId === null) return 1;
    if (!call.continuationAllowed) throw new ProposalError(ProposalErrorCode.ContinuationNotAllowed);
    const chain = await this.links.chainFrom(predecessorId);
    const predecessor = chain[0];
    // Another municipality's or organisation's proposal is refused alike: its existence is not revealed.
    if (
      !predecessor ||
      predecessor.municipalityId !== call.municipalityId ||
      predecessor.organizationId !== organizationId ||
      predecessor.fiscalYear >= call.fiscalYear
    ) {
      throw new ProposalError(ProposalErrorCode.PredecessorNotEligible, { field: 'predecessorId' });
    }
    if (!isAdoptedState(predecessor.state))
      throw new ProposalError(ProposalErrorCode.PredecessorNotAdopted, { field: 'predecessorId' });
    const year = continuationYear(chain.length);
    if (year > call.continuationMaxYears) {
      throw new ProposalError(ProposalErrorCode.ContinuationOverCap, {
        field: 'predecessorId',
        year,
        maxYears: call.continuationMaxYears,
      });
    }
    const record = await this.projects.recordOf(call.municipalityId, predecessor.id);
    if (!wasCarriedOut(predecessor.state, record))
      throw new ProposalError(ProposalErrorCode.PredecessorNotCarriedOut, { field: 'predecessorId', ...record });
    await this.mustBeOnlyLive(predecessor.id, selfId);
    return year;
  }

  /**
   * In the transaction that writes the proposal: locks the predecessor and checks again that no other live proposal
   * continues it, so two drafts sent at once cannot both pass the check above.
   */
  async holdSingle(manager: EntityManager, predecessorId: string | null, selfId: string): Promise<void> {
    if (predecessorId === null) return;
    await this.links.lockPredecessor(manager, predecessorId);
    await this.mustBeOnlyLive(predecessorId, selfId, manager);
  }

  private async mustBeOnlyLive(predecessorId: string, selfId: string | null, manager?: EntityManager): Promise<void> {
    const other = (await this.links.continuationsOf(predecessorId, manager)).find(
      (p) => p.id !== selfId && isLiveContinuation(p.state),
    );
    if (other)
      throw new ProposalError(ProposalErrorCode.ContinuationAlreadyProposed, {
        field: 'predecessorId',
        proposalId: other.id,
      });
  }
}
