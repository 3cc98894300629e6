import type { DataSource } from 'typeorm';
import type { ReviewFactsPort } from '@kyodo/proposals';

/**
 * The facts the lifecycle asks of the evaluation engine: every non-conflicted
 * assignment submitted (and at least one), and a session with this proposal
 * on its agenda whose members present, less those recused for it, reach the
 * quorum.
 */
export class ReviewFacts implements ReviewFactsPort {
  constructor(private readonly dataSource: DataSource) {}

  async forProposal(proposalId: string): Promise<{ allScoreSheetsSubmitted: boolean; quorumMet: boolean }> {
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
      `SELECT quorum, present, agenda FROM evaluation_sessions WHERE agenda @> $1::jsonb`,
      [JSON.stringify([{ proposalId }])],
    );
    const quorumMet = sessions.some((s) => {
      const recused = s.agenda.find((a) => a.proposalId === proposalId)?.recused ?? [];
      return s.present.filter((member) => !recused.includes(member)).length >= s.quorum;
    });
    return { allScoreSheetsSubmitted: sheets.active > 0 && sheets.done === sheets.active, quorumMet };
  }
}
