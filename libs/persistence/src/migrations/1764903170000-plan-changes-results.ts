import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 17, items 3 and 4 (owned by libs/partnership): the 計画変更 requests a partner files during implementation
 * and the secretariat approves or returns; the 実績報告・収支決算 the group files at term end (KPI actuals, accounts
 * planned against actual, the settlement 精算); and a milestone's status after it was recorded (done on a day, or
 * delayed with a note). Yen are whole numbers; the amount to return is the granted amount less the amount used,
 * never below zero, and the table holds it to that.
 */
export class PlanChangesResults1764903170000 implements MigrationInterface {
  name = 'PlanChangesResults1764903170000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE plan_changes (
        id uuid PRIMARY KEY,
        municipality_id uuid NOT NULL REFERENCES municipalities(id),
        proposal_id uuid NOT NULL REFERENCES proposals(id),
        requester_party text NOT NULL CHECK (requester_party IN ('group', 'department')),
        requested_by uuid NOT NULL REFERENCES users(id),
        kinds text[] NOT NULL CHECK (cardinality(kinds) > 0
          AND kinds <@ ARRAY['period', 'activities', 'budget', 'kpis']::text[]),
        reason text NOT NULL,
        description text NOT NULL,
        budget_total bigint CHECK (budget_total >= 0),
        status text NOT NULL CHECK (status IN ('submitted', 'approved', 'returned')),
        review_note text,
        reviewed_by uuid REFERENCES users(id),
        reviewed_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX plan_changes_proposal ON plan_changes (proposal_id, created_at)`);
    await q.query(`
      CREATE TABLE results_reports (
        id uuid PRIMARY KEY,
        municipality_id uuid NOT NULL REFERENCES municipalities(id),
        proposal_id uuid NOT NULL REFERENCES proposals(id),
        reported_by uuid NOT NULL REFERENCES users(id),
        summary text NOT NULL,
        kpi_actuals jsonb NOT NULL,
        accounts jsonb NOT NULL,
        income_total bigint NOT NULL CHECK (income_total >= 0),
        expense_total bigint NOT NULL CHECK (expense_total >= 0),
        granted_amount bigint NOT NULL CHECK (granted_amount >= 0),
        used_amount bigint NOT NULL CHECK (used_amount >= 0 AND used_amount <= expense_total),
        return_amount bigint NOT NULL CHECK (return_amount = GREATEST(granted_amount - used_amount, 0)),
        status text NOT NULL CHECK (status IN ('submitted', 'accepted', 'returned')),
        review_note text,
        reviewed_by uuid REFERENCES users(id),
        reviewed_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX results_reports_proposal ON results_reports (proposal_id, created_at)`);
    // At most one report awaiting review or accepted per proposal: a returned one may be followed by another.
    await q.query(
      `CREATE UNIQUE INDEX results_reports_one_open ON results_reports (proposal_id)
        WHERE status IN ('submitted', 'accepted')`,
    );
    await q.query(`ALTER TABLE milestones ADD COLUMN done_on date, ADD COLUMN delay_note text,
      ADD COLUMN updated_by uuid REFERENCES users(id), ADD COLUMN updated_at timestamptz`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      'ALTER TABLE milestones DROP COLUMN done_on, DROP COLUMN delay_note, DROP COLUMN updated_by, DROP COLUMN updated_at',
    );
    await q.query('DROP TABLE results_reports');
    await q.query('DROP TABLE plan_changes');
  }
}
