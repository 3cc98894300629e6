import { Inject, Injectable } from '@nestjs/common';
import type { Actor } from '@kyodo/platform';
import { isOwner } from '../proposal-access';
import { ProposalError, ProposalErrorCode } from '../proposal-errors';
import { ProposalRows } from '../proposal-rows';
import { type ChainLink, ContinuationRepository } from './continuation.repository';
import { continuationYear, isAdoptedState, isLiveContinuation, wasCarriedOut } from './continuation-rules';
import { PREDECESSOR_PROJECT_PORT, type PredecessorProjectPort } from './predecessor-project.port';

/** An earlier proposal as a continuation names it. */
export interface PredecessorSummary {
  id: string;
  title: string;
  receiptNumber: string | null;
  fiscalYear: number;
  callTitleJa: string;
  callTitleEn: string;
}

/** Where a proposal stands in its project's years. */
export interface ContinuationView {
  proposalId: string;
  /** 1 for a new project; n for the n-th consecutive year. */
  year: number;
  /** The call's cap on consecutive years, or null when the call does not allow continuation. */
  maxYears: number | null;
  predecessor: PredecessorSummary | null;
}

/** An adopted earlier proposal the organisation may continue, with the year the continuation would be. */
export interface ContinuationCandidate extends PredecessorSummary {
  state: string;
  year: number;
  /** False when continuing it would run past the call's cap. */
  withinCap: boolean;
}

/** 継続事業: what a proposal continues, and what an organisation may continue in a call. */
@Injectable()
export class ContinuationService {
  constructor(
    private readonly rows: ProposalRows,
    private readonly links: ContinuationRepository,
    @Inject(PREDECESSOR_PROJECT_PORT) private readonly projects: PredecessorProjectPort,
  ) {}

  async ofProposal(actor: Actor, proposalId: string): Promise<ContinuationView> {
    const row = await this.rows.visible(actor, proposalId);
    const call = await this.rows.call(row.callId);
    const chain = await this.links.chainFrom(row.id);
    return {
      proposalId: row.id,
      year: chain.length,
      maxYears: call.continuationAllowed ? call.continuationMaxYears : null,
      predecessor: chain[1] ? summaryOf(chain[1]) : null,
    };
  }

  /**
   * The organisation's adopted proposals of earlier calls that may be continued now, for its proposer choosing what
   * a new one continues: carried out (libs/partnership's records) and not continued by a live proposal already.
   */
  async candidates(actor: Actor, callId: string, organizationId: string): Promise<ContinuationCandidate[]> {
    const call = await this.rows.callInScope(actor, callId);
    if (!isOwner(actor, { organizationId })) throw new ProposalError(ProposalErrorCode.NotOrganizationMember);
    if (!call.continuationAllowed) return [];
    const earlier = await this.links.earlierOfOrganization(organizationId, call.municipalityId, call.fiscalYear);
    const adopted = earlier.filter((link) => isAdoptedState(link.state));
    const continuable: ChainLink[] = [];
    for (const link of adopted) {
      const record = await this.projects.recordOf(call.municipalityId, link.id);
      const live = (await this.links.continuationsOf(link.id)).some((p) => isLiveContinuation(p.state));
      if (wasCarriedOut(link.state, record) && !live) continuable.push(link);
    }
    return Promise.all(
      continuable.map(async (link) => {
        const year = continuationYear((await this.links.chainFrom(link.id)).length);
        return { ...summaryOf(link), state: link.state, year, withinCap: year <= call.continuationMaxYears };
      }),
    );
  }
}

function summaryOf(link: ChainLink): PredecessorSummary {
  return {
    id: link.id,
    title: link.title,
    receiptNumber: link.receiptNumber,
    fiscalYear: link.fiscalYear,
    callTitleJa: link.callTitleJa,
    callTitleEn: link.callTitleEn,
  };
}
