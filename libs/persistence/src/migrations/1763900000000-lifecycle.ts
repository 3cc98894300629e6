import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Calls in full, themes, activity fields, proposal versions and partner departments. */
export class Lifecycle1763900000000 implements MigrationInterface {
  name = 'Lifecycle1763900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE calls
        ADD COLUMN eligibility_ja text NOT NULL DEFAULT '',
        ADD COLUMN eligibility_en text NOT NULL DEFAULT '',
        ADD COLUMN exclusions_ja text NOT NULL DEFAULT '',
        ADD COLUMN exclusions_en text NOT NULL DEFAULT '',
        ADD COLUMN activity_fields text[] NOT NULL DEFAULT '{}',
        ADD COLUMN screening_at timestamptz,
        ADD COLUMN review_deadline_at timestamptz,
        ADD COLUMN joint_evaluation_at timestamptz,
        ADD COLUMN publication_at timestamptz,
        ADD COLUMN phase text NOT NULL DEFAULT 'accepting' CHECK (phase IN ('accepting', 'closed_for_submission')),
        ADD COLUMN version int NOT NULL DEFAULT 1`);
    await q.query(`
      CREATE TABLE activity_fields (
        municipality_id uuid NOT NULL REFERENCES municipalities(id),
        key text NOT NULL,
        label_ja text NOT NULL,
        label_en text NOT NULL,
        position int NOT NULL,
        PRIMARY KEY (municipality_id, key)
      )`);
    await q.query(`
      CREATE TABLE themes (
        id uuid PRIMARY KEY,
        municipality_id uuid NOT NULL REFERENCES municipalities(id),
        call_id uuid NOT NULL REFERENCES calls(id),
        department_id uuid NOT NULL REFERENCES organizations(id),
        title_ja text NOT NULL,
        title_en text NOT NULL,
        description_ja text NOT NULL DEFAULT '',
        description_en text NOT NULL DEFAULT '',
        created_by uuid NOT NULL REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX themes_call ON themes (call_id)`);
    await q.query(`
      ALTER TABLE proposals
        ADD COLUMN theme_id uuid REFERENCES themes(id),
        ADD COLUMN partner_department_ids uuid[] NOT NULL DEFAULT '{}'`);
    // 受付番号 count per call, so they are unique within their call only.
    await q.query('ALTER TABLE proposals DROP CONSTRAINT proposals_receipt_number_key');
    await q.query('CREATE UNIQUE INDEX proposals_call_receipt ON proposals (call_id, receipt_number)');
    await q.query(`
      CREATE TABLE proposal_versions (
        id uuid PRIMARY KEY,
        municipality_id uuid NOT NULL REFERENCES municipalities(id),
        proposal_id uuid NOT NULL REFERENCES proposals(id),
        number int NOT NULL,
        title text NOT NULL,
        content jsonb NOT NULL,
        event text NOT NULL,
        submitted_by uuid NOT NULL REFERENCES users(id),
        submitted_at timestamptz NOT NULL,
        UNIQUE (proposal_id, number)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE proposal_versions');
    await q.query('DROP INDEX proposals_call_receipt');
    await q.query('ALTER TABLE proposals ADD CONSTRAINT proposals_receipt_number_key UNIQUE (receipt_number)');
    await q.query('ALTER TABLE proposals DROP COLUMN theme_id, DROP COLUMN partner_department_ids');
    await q.query('DROP TABLE themes');
    await q.query('DROP TABLE activity_fields');
    await q.query(`
      ALTER TABLE calls DROP COLUMN eligibility_ja, DROP COLUMN eligibility_en, DROP COLUMN exclusions_ja,
        DROP COLUMN exclusions_en, DROP COLUMN activity_fields, DROP COLUMN screening_at, DROP COLUMN review_deadline_at,
        DROP COLUMN joint_evaluation_at, DROP COLUMN publication_at, DROP COLUMN phase, DROP COLUMN version`);
  }
}
