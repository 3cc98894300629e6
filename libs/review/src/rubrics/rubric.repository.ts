import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { RubricDefinition, Stage } from '../rubric-definition';

export interface StoredRubric {
  id: string;
  callId: string;
  stage: Stage;
  version: number;
  definition: RubricDefinition;
  frozenAt: string | null;
}

export interface NewRubric {
  id: string;
  /** The writer's municipality (a secretariat always has one; the column refuses null). */
  municipalityId: string | null;
  callId: string;
  stage: Stage;
  version: number;
  definition: RubricDefinition;
}

interface RubricRow {
  id: string;
  call_id: string;
  stage: Stage;
  version: number;
  definition: RubricDefinition;
  frozen_at: Date | null;
}

/** Rubric versions per call and stage. */
@Injectable()
export class RubricRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The newest version for the call and stage, or null when none was written. */
  latest(callId: string, stage: Stage, manager: EntityManager = this.db.manager): Promise<StoredRubric | null> {
    return latestRubric(manager, callId, stage);
  }

  async replaceDefinition(manager: EntityManager, rubricId: string, definition: RubricDefinition): Promise<void> {
    await manager.query('UPDATE rubrics SET definition = $2 WHERE id = $1', [rubricId, definition]);
  }

  async insert(manager: EntityManager, rubric: NewRubric): Promise<void> {
    await manager.query(
      'INSERT INTO rubrics (id, municipality_id, call_id, stage, version, definition) VALUES ($1, $2, $3, $4, $5, $6)',
      [rubric.id, rubric.municipalityId, rubric.callId, rubric.stage, rubric.version, rubric.definition],
    );
  }

  /** Freezes the version the first time a sheet opens with it; later calls change nothing. */
  async freeze(manager: EntityManager, rubricId: string, at: Date): Promise<void> {
    await manager.query('UPDATE rubrics SET frozen_at = $2 WHERE id = $1 AND frozen_at IS NULL', [rubricId, at]);
  }
}

/** The newest rubric version for a call and stage, read through any queryable (data source or transaction). */
export async function latestRubric(
  dataSource: Pick<DataSource, 'query'>,
  callId: string,
  stage: Stage,
): Promise<StoredRubric | null> {
  const [row]: RubricRow[] = await dataSource.query(
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
