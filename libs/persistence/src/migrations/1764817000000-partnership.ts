import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * After adoption (issue 17): the 協定 the secretariat concludes with the adopted proposal's partners, the 中間報告
 * each partner files during implementation, and the project's 工程 (milestones). Owned by libs/partnership.
 * One agreement per proposal; dates without a time are `date`; the granted amount is whole yen.
 */
export class Partnership1764817000000 implements MigrationInterface {
  name = 'Partnership1764817000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE agreements (
        id uuid PRIMARY KEY,
        municipality_id uuid NOT NULL REFERENCES municipalities(id),
        proposal_id uuid NOT NULL UNIQUE REFERENCES proposals(id),
        group_organization_id uuid REFERENCES organizations(id),
        group_name text NOT NULL,
        department_organization_id uuid REFERENCES organizations(id),
        department_name text NOT NULL,
        term_start date NOT NULL,
        term_end date NOT NULL CHECK (term_end > term_start),
        role_sharing text NOT NULL,
        information_sharing text NOT NULL,
        cost_sharing text NOT NULL,
        granted_amount bigint NOT NULL CHECK (granted_amount >= 0),
        partnership_form text NOT NULL
          CHECK (partnership_form IN ('itaku', 'hojo', 'futankin', 'kyousai', 'kouen', 'other')),
        form_number text NOT NULL,
        made_on date NOT NULL,
        concluded_at timestamptz,
        concluded_by uuid REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX agreements_municipality ON agreements (municipality_id)`);
    await q.query(`
      CREATE TABLE progress_reports (
        id uuid PRIMARY KEY,
        municipality_id uuid NOT NULL REFERENCES municipalities(id),
        proposal_id uuid NOT NULL REFERENCES proposals(id),
        reporter_party text NOT NULL CHECK (reporter_party IN ('group', 'department')),
        reported_by uuid NOT NULL REFERENCES users(id),
        period_from date NOT NULL,
        period_to date NOT NULL CHECK (period_to >= period_from),
        summary text NOT NULL,
        kpi_actuals jsonb NOT NULL DEFAULT '[]',
        status text NOT NULL CHECK (status IN ('submitted', 'accepted', 'returned')),
        review_note text,
        reviewed_by uuid REFERENCES users(id),
        reviewed_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX progress_reports_proposal ON progress_reports (proposal_id, created_at)`);
    await q.query(`
      CREATE TABLE milestones (
        id uuid PRIMARY KEY,
        municipality_id uuid NOT NULL REFERENCES municipalities(id),
        proposal_id uuid NOT NULL REFERENCES proposals(id),
        title text NOT NULL,
        due_on date,
        status text NOT NULL CHECK (status IN ('planned', 'done', 'delayed')),
        done_at timestamptz,
        recorded_by uuid NOT NULL REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX milestones_proposal ON milestones (proposal_id, created_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE milestones');
    await q.query('DROP TABLE progress_reports');
    await q.query('DROP TABLE agreements');
  }
}
