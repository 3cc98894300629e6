import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CommitteeSeatRepository } from '@kyodo/identity';
import type { QuorumCount, ReviewFactsPort } from '@kyodo/proposals';
import { AssignmentRepository } from './assignments/assignment.repository';
import { SessionRepository } from './sessions/session.repository';

/**
 * The facts the lifecycle asks of the evaluation engine: every non-conflicted
 * assignment submitted (and at least one), and a session with this proposal
 * on its agenda, whose committee the acting person chairs, whose members
 * present, less those recused for it, reach the quorum.
 */
@Injectable()
export class ReviewFacts implements ReviewFactsPort {
  constructor(
    @Inject(AssignmentRepository) private readonly assignments: AssignmentRepository,
    @Inject(SessionRepository) private readonly sessions: SessionRepository,
    @Inject(CommitteeSeatRepository) private readonly seats: CommitteeSeatRepository,
  ) {}

  /** Review ends: the submitted sheets of the selection stages are locked; only a reopen unlocks one. */
  async afterEvent(manager: EntityManager, proposalId: string, eventType: string): Promise<void> {
    if (eventType !== 'REVIEW_COMPLETE' && eventType !== 'FINALIZE') return;
    await this.assignments.lockSubmitted(
      manager,
      proposalId,
      eventType === 'REVIEW_COMPLETE' ? 'document' : 'presentation',
    );
  }

  selectionRecusalsOf(userId: string, proposalId?: string): Promise<string[]> {
    return this.assignments.selectionRecusalsOf(userId, proposalId);
  }

  async forProposal(
    proposalId: string,
    actorId: string | null,
  ): Promise<{ allScoreSheetsSubmitted: boolean; quorumMet: boolean; sessions: QuorumCount[] }> {
    // The committees the actor chairs (libs/identity) are read beside the sheets, then their sessions with the
    // proposal on the agenda: three reads in two round trips, as the two reads before.
    const [sheets, chaired] = await Promise.all([
      this.assignments.selectionProgress(proposalId),
      actorId ? this.seats.committeesOf(actorId, 'chair') : Promise.resolve([]),
    ]);
    const sessions = chaired.length > 0 ? await this.sessions.withProposalOfCommittees(proposalId, chaired) : [];
    // Each session's count, so that a refused decision can say how far the quorum is (finalize-unmet.ts).
    const counts: QuorumCount[] = sessions.map((s) => {
      const recused = s.agenda.find((a) => a.proposalId === proposalId)?.recused ?? [];
      return {
        quorum: s.quorum,
        present: s.present.length,
        recused: s.present.filter((m) => recused.includes(m)).length,
      };
    });
    const quorumMet = counts.some((c) => c.present - c.recused >= c.quorum);
    return {
      allScoreSheetsSubmitted: sheets.active > 0 && sheets.done === sheets.active,
      quorumMet,
      sessions: counts,
    };
  }
}
