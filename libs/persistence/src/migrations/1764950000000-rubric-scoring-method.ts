import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * How a rubric counts a score (`scoring`: proportional or range) became a rubric setting, with `proportional` (as
 * Japanese practice: weight × score ÷ top score) the default for rubrics written from now on. Every rubric stored
 * before keeps the method its results were computed with, `range`, so that no result already published or decided
 * changes. Stored inside the definition (jsonb), as the rubric's other settings are.
 */
export class RubricScoringMethod1764950000000 implements MigrationInterface {
  name = 'RubricScoringMethod1764950000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `UPDATE rubrics SET definition = definition || '{"scoring": "range"}'::jsonb WHERE NOT (definition ? 'scoring')`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`UPDATE rubrics SET definition = definition - 'scoring'`);
  }
}
