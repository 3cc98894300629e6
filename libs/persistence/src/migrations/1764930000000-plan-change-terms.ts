import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 計画変更 that change something: a request states the new terms it asks for (period, role and cost sharing, granted
 * amount, KPIs' targets) and, once the secretariat approves it, keeps what it changed — the values before and after —
 * beside who approved it and when (reviewed_by, reviewed_at).
 */
export class PlanChangeTerms1764930000000 implements MigrationInterface {
  name = 'PlanChangeTerms1764930000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE plan_changes
      ADD COLUMN terms jsonb NOT NULL DEFAULT '{}'::jsonb,
      ADD COLUMN applied jsonb`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE plan_changes DROP COLUMN terms, DROP COLUMN applied');
  }
}
