import type { DataSource, EntityManager } from 'typeorm';
import type { ReviewFactsPort } from '@kyodo/proposals';

/**
 * The facts the lifecycle asks of the evaluation engine: every non-conflicted
 * assignment submitted (and at least one), and a session with this proposal
 * on its agenda, whose committee the acting person chairs, whose members
 * present, less those recused for it, reach the quorum.
 */
export class ReviewFacts implements ReviewFactsPort {
  constructor(private readonly dataSource: DataSource) {}

  /** Review ends: the submitted sheets of the selection stages are locked; only a reopen unlocks one. */
  async afterEvent(manager: EntityManager, proposalId: string, eventType: string): Promise<void> {
    if (eventType !== 'REVIEW_COMPLETE' && eventType !== 'FINALIZE') return;
    await manager.query(
      `UPDATE review_assignments SET status = 'locked', version = version + 1
        WHERE proposal_id = $1 AND status = 'submitted' AND stage = $2`,
      [proposalId, eventType === 'REVIEW_COMPLETE' ? 'document' : 'presentation'],
    );
  }

  async forProposal(
    proposalId: string,
    actorId: string | null,
  ): Promise<{ allScoreSheetsSubmitted: boolean; quorumMet: boolean }> {
    const [sheets] = await this.dataSource.query(
      `SELECT count(*) FILTER (WHERE status <> 'conflicted')::int AS active,
              count(*) FILTER (WHERE status IN ('submitted', 'locked'))::int AS done
         FROM review_assignments WHERE proposal_id = $1 AND stage <> 'project_end'`,
      [proposalId],
    );
    const sessions: Array<{
      quorum: number;
      present: string[];
      agenda: Array<{ proposalId: string; recused: string[] }>;
    }> = await this.dataSource.query(
      `SELECT s.quorum, s.present, s.agenda FROM evaluation_sessions s
        WHERE s.agenda @> $1::jsonb
          AND EXISTS (SELECT 1 FROM committee_members m
                       WHERE m.committee_id = s.committee_id AND m.user_id = $2 AND m.position = 'chair')`,
      [JSON.stringify([{ proposalId }]), actorId],
    );
    const quorumMet = sessions.some((s) => {
      const recused = s.agenda.find((a) => a.proposalId === proposalId)?.recused ?? [];
      return s.present.filter((member) => !recused.includes(member)).length >= s.quorum;
    });
    return { allScoreSheetsSubmitted: sheets.active > 0 && sheets.done === sheets.active, quorumMet };
  }
}
