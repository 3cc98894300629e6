import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { type Actor, hasRole, NotFoundError } from '@kyodo/platform';
import type { BuildPublication } from './build-publication.use-case';

/**
 * A correction is a new version of a publication, rebuilt from the current
 * record and carrying its reason; earlier versions stay readable.
 */
export class CorrectPublication {
  constructor(
    private readonly dataSource: DataSource,
    private readonly build: BuildPublication,
  ) {}

  async execute(actor: Actor, proposalId: string, kind: 'decision' | 'assessment', reason: string) {
    const [row] = await this.dataSource.query(
      `SELECT p.municipality_id FROM proposals p
        WHERE p.id = $1 AND EXISTS (SELECT 1 FROM publications WHERE proposal_id = p.id AND kind = $2)`,
      [proposalId, kind],
    );
    if (!row || row.municipality_id !== actor.municipalityId || !hasRole(actor, 'secretariat')) {
      throw new NotFoundError({ ja: '公開済みの結果', en: 'The published result' });
    }
    const result = await this.build.execute(
      {
        municipalityId: row.municipality_id,
        proposalId,
        kind,
        sourceKey: `correction:${randomUUID()}`,
        outboxId: 'correction',
      },
      reason,
    );
    return { version: result?.version ?? null, reason };
  }
}
