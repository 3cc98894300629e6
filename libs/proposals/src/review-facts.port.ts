import type { EntityManager } from 'typeorm';

/**
 * What the review and joint-evaluation engine knows that the lifecycle
 * needs: are all assigned score sheets in, and does a session with the
 * proposal on its agenda, whose committee `actorId` chairs, have its quorum
 * (so a chair decides the proposals of their own committee's sessions only).
 */
export interface ReviewFactsPort {
  forProposal(
    proposalId: string,
    actorId: string | null,
  ): Promise<{ allScoreSheetsSubmitted: boolean; quorumMet: boolean }>;
  /** Called inside the transaction of every committed proposal event (e.g. to lock sheets when review ends). */
  afterEvent?(manager: EntityManager, proposalId: string, eventType: string): Promise<void>;
}

/**
 * Until the evaluation engine (score sheets, sessions) exists there are no
 * assignments and no sessions: nothing assigned is outstanding and no
 * quorum rule applies, so both facts hold. The engine replaces this port.
 */
export class NoReviewEngineYet implements ReviewFactsPort {
  async forProposal(): Promise<{ allScoreSheetsSubmitted: boolean; quorumMet: boolean }> {
    return { allScoreSheetsSubmitted: true, quorumMet: true };
  }
}

/** Nest token under which the evaluation engine provides its ReviewFactsPort. */
export const REVIEW_FACTS_PORT = Symbol('ReviewFactsPort');
