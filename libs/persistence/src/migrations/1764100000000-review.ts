import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Rubrics, review assignments and conflicts, score sheets, joint-evaluation sessions. */
export class Review1764100000000 implements MigrationInterface {
  name = 'Review1764100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE calls ADD COLUMN evaluation_settings jsonb NOT NULL DEFAULT '{}'`);
    await q.query(`
      CREATE TABLE rubrics (
        id uuid PRIMARY KEY,
        municipality_id uuid NOT NULL REFERENCES municipalities(id),
        call_id uuid NOT NULL REFERENCES calls(id),
        stage text NOT NULL CHECK (stage IN ('document', 'presentation', 'project_end')),
        version int NOT NULL,
        definition jsonb NOT NULL,
        frozen_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (call_id, stage, version)
      )`);
    await q.query(`
      CREATE TABLE review_assignments (
        id uuid PRIMARY KEY,
        municipality_id uuid NOT NULL REFERENCES municipalities(id),
        call_id uuid NOT NULL REFERENCES calls(id),
        proposal_id uuid NOT NULL REFERENCES proposals(id),
        reviewer_id uuid NOT NULL REFERENCES users(id),
        stage text NOT NULL,
        status text NOT NULL CHECK (status IN ('assigned', 'acknowledged', 'draft', 'submitted', 'locked', 'conflicted')),
        conflict_reason text,
        conflict_kind text CHECK (conflict_kind IN ('automatic', 'declared')),
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (proposal_id, reviewer_id, stage)
      )`);
    await q.query(`CREATE INDEX review_assignments_reviewer ON review_assignments (reviewer_id, status)`);
    await q.query(`
      CREATE TABLE score_sheets (
        assignment_id uuid PRIMARY KEY REFERENCES review_assignments(id),
        municipality_id uuid NOT NULL REFERENCES municipalities(id),
        rubric_id uuid NOT NULL REFERENCES rubrics(id),
        scores jsonb NOT NULL DEFAULT '{}',
        comments jsonb NOT NULL DEFAULT '{}',
        submitted_at timestamptz,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE evaluation_sessions (
        id uuid PRIMARY KEY,
        municipality_id uuid NOT NULL REFERENCES municipalities(id),
        call_id uuid NOT NULL REFERENCES calls(id),
        committee_id uuid NOT NULL REFERENCES committees(id),
        stage text NOT NULL,
        starts_at timestamptz NOT NULL,
        place text NOT NULL,
        quorum int NOT NULL,
        slot_minutes jsonb NOT NULL,
        agenda jsonb NOT NULL,
        present uuid[] NOT NULL DEFAULT '{}',
        minutes text,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE consensus_scores (
        session_id uuid NOT NULL REFERENCES evaluation_sessions(id),
        proposal_id uuid NOT NULL REFERENCES proposals(id),
        municipality_id uuid NOT NULL REFERENCES municipalities(id),
        scores jsonb NOT NULL,
        reasons jsonb NOT NULL,
        recorded_by uuid NOT NULL REFERENCES users(id),
        recorded_at timestamptz NOT NULL,
        PRIMARY KEY (session_id, proposal_id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['consensus_scores', 'evaluation_sessions', 'score_sheets', 'review_assignments', 'rubrics']) {
      await q.query(`DROP TABLE ${table}`);
    }
    await q.query('ALTER TABLE calls DROP COLUMN evaluation_settings');
  }
}
