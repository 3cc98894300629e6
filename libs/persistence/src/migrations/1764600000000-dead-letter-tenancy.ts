import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Dead letters belong to a municipality like every other row, so that one
 * municipality's staff never see (or resend) another's failed jobs. Jobs of
 * no municipality (platform work) stay with the platform operator.
 */
export class DeadLetterTenancy1764600000000 implements MigrationInterface {
  name = 'DeadLetterTenancy1764600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE dead_letters ADD COLUMN municipality_id uuid REFERENCES municipalities(id)`);
    await q.query(`
      UPDATE dead_letters d SET municipality_id = m.id
        FROM municipalities m WHERE m.id::text = d.payload->>'municipalityId'`);
    await q.query(`CREATE INDEX dead_letters_municipality ON dead_letters (municipality_id, failed_at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE dead_letters DROP COLUMN municipality_id');
  }
}
