import type { EntityManager } from 'typeorm';

/**
 * What the review and joint-evaluation engine knows that the lifecycle
 * needs: are all assigned score sheets in, and does a session with the
 * proposal on its agenda, whose committee `actorId` chairs, have its quorum
 * (so a chair decides the proposals of their own committee's sessions only).
 */
/** How a session of the chair's committee counts towards the quorum for one proposal on its agenda. */
export interface QuorumCount {
  quorum: number;
  /** Members recorded present. */
  present: number;
  /** Of those present, the members recused for this proposal (they do not count). */
  recused: number;
}

export interface ReviewFactsPort {
  forProposal(
    proposalId: string,
    actorId: string | null,
  ): Promise<{ allScoreSheetsSubmitted: boolean; quorumMet: boolean; sessions?: QuorumCount[] }>;
  /**
   * The proposals the user is recused from at a selection stage (a conflict found or declared); with
   * `proposalId`, at most that one. Access hides them while the selection runs (see proposal-access.ts).
   */
  selectionRecusalsOf(userId: string, proposalId?: string): Promise<string[]>;
  /** Called inside the transaction of every committed proposal event (e.g. to lock sheets when review ends). */
  afterEvent?(manager: EntityManager, proposalId: string, eventType: string): Promise<void>;
}

/** Nest token under which the evaluation engine provides its ReviewFactsPort. */
export const REVIEW_FACTS_PORT = Symbol('ReviewFactsPort');
