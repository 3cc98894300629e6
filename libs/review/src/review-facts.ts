import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ReviewFactsPort } from '@kyodo/proposals';
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

  async forProposal(
    proposalId: string,
    actorId: string | null,
  ): Promise<{ allScoreSheetsSubmitted: boolean; quorumMet: boolean }> {
    const sheets = await this.assignments.selectionProgress(proposalId);
    const sessions = await this.sessions.chairedWithProposal(proposalId, actorId);
    const quorumMet = sessions.some((s) => {
      const recused = s.agenda.find((a) => a.proposalId === proposalId)?.recused ?? [];
      return s.present.filter((member) => !recused.includes(member)).length >= s.quorum;
    });
    return { allScoreSheetsSubmitted: sheets.active > 0 && sheets.done === sheets.active, quorumMet };
  }
}
