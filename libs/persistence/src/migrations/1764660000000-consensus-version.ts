import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A consensus score is edited in the meeting, sometimes from two tablets at
 * once: its version lets a writer say which one it corrected (If-Match), so
 * a stale correction is refused instead of silently replacing a newer one.
 */
export class ConsensusVersion1764660000000 implements MigrationInterface {
  name = 'ConsensusVersion1764660000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE consensus_scores ADD COLUMN version int NOT NULL DEFAULT 1`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE consensus_scores DROP COLUMN version');
  }
}
