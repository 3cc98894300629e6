import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { appendAudit } from '@kyodo/audit';
import { type Actor, type Clock, hasRole, ValidationFailedError } from '@kyodo/platform';
import { ProposalError, ProposalErrorCode } from '@kyodo/proposals';
import { ReviewError, ReviewErrorCode } from './review-errors';
import { rubricProblems, type RubricDefinition, type Stage } from './rubric-definition';

export interface StoredRubric {
  id: string;
  callId: string;
  stage: Stage;
  version: number;
  definition: RubricDefinition;
  frozenAt: string | null;
}

/**
 * Versioned rubrics per call and stage. Editing a rubric that no score sheet
 * has opened yet changes it in place; once frozen, an edit makes a new
 * version and the sheets already opened keep theirs.
 */
export class RubricsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async put(actor: Actor, callId: string, stage: Stage, definition: RubricDefinition): Promise<StoredRubric> {
    if (!hasRole(actor, 'secretariat')) throw new ReviewError(ReviewErrorCode.NotAllowed);
    await this.callInScope(actor, callId);
    const problems = rubricProblems(definition);
    if (problems.length > 0) throw new ValidationFailedError([{ field: 'criteria', messages: problems }]);
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT id FROM calls WHERE id = $1 FOR UPDATE', [callId]);
      const [latest] = await manager.query(
        'SELECT id, version, frozen_at FROM rubrics WHERE call_id = $1 AND stage = $2 ORDER BY version DESC LIMIT 1',
        [callId, stage],
      );
      let stored: StoredRubric;
      if (latest && !latest.frozen_at) {
        await manager.query('UPDATE rubrics SET definition = $2 WHERE id = $1', [latest.id, definition]);
        stored = { id: latest.id, callId, stage, version: latest.version, definition, frozenAt: null };
      } else {
        const version = latest ? latest.version + 1 : 1;
        const id = randomUUID();
        await manager.query(
          'INSERT INTO rubrics (id, municipality_id, call_id, stage, version, definition) VALUES ($1, $2, $3, $4, $5, $6)',
          [id, actor.municipalityId, callId, stage, version, definition],
        );
        stored = { id, callId, stage, version, definition, frozenAt: null };
      }
      await appendAudit(manager, {
        municipalityId: actor.municipalityId,
        stream: `call:${callId}`,
        action: 'rubric.saved',
        actorId: actor.userId,
        actorRole: 'secretariat',
        requestId: actor.requestId,
        after: { stage, version: stored.version, criteria: definition.criteria.map((c) => c.key) },
        at: this.clock.now(),
      });
      return stored;
    });
  }

  async current(actor: Actor, callId: string, stage: Stage): Promise<StoredRubric> {
    await this.callInScope(actor, callId);
    const rubric = await latestRubric(this.dataSource, callId, stage);
    if (!rubric) throw new ReviewError(ReviewErrorCode.RubricMissing, { stage });
    return rubric;
  }

  private async callInScope(actor: Actor, callId: string): Promise<void> {
    const [call] = await this.dataSource.query('SELECT municipality_id FROM calls WHERE id = $1', [callId]);
    if (!call || call.municipality_id !== actor.municipalityId) throw new ProposalError(ProposalErrorCode.CallNotFound);
  }
}

export async function latestRubric(
  dataSource: Pick<DataSource, 'query'>,
  callId: string,
  stage: Stage,
): Promise<StoredRubric | null> {
  const [row] = await dataSource.query(
    'SELECT id, call_id, stage, version, definition, frozen_at FROM rubrics WHERE call_id = $1 AND stage = $2 ORDER BY version DESC LIMIT 1',
    [callId, stage],
  );
  if (!row) return null;
  return {
    id: row.id,
    callId: row.call_id,
    stage: row.stage,
    version: row.version,
    definition: row.definition,
    frozenAt: row.frozen_at ? new Date(row.frozen_at).toISOString() : null,
  };
}
