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

/** Nest token under which the evaluation engine provides its ReviewFactsPort. */
export const REVIEW_FACTS_PORT = Symbol('ReviewFactsPort');
