import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Whether a municipality's figures join the cross-municipality comparison (自治体間比較). Off until its
 * administrator turns it on: a municipality decides for itself what it publishes beside its neighbours. Its
 * 全国地方公共団体コード (six digits with the check digit), which the comparison dataset carries, is stated then.
 */
export class ComparisonOptIn1765001200000 implements MigrationInterface {
  name = 'ComparisonOptIn1765001200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE municipalities ADD COLUMN comparison_opt_in boolean NOT NULL DEFAULT false`);
    await q.query(
      `ALTER TABLE municipalities ADD COLUMN local_government_code text CHECK (local_government_code ~ '^[0-9]{6}$')`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE municipalities DROP COLUMN local_government_code');
    await q.query('ALTER TABLE municipalities DROP COLUMN comparison_opt_in');
  }
}
