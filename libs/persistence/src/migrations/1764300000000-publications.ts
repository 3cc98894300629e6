import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Disclosure packages: immutable, versioned; a correction is a new version with its reason. */
export class Publications1764300000000 implements MigrationInterface {
  name = 'Publications1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE publications (
        id uuid PRIMARY KEY,
        municipality_id uuid NOT NULL REFERENCES municipalities(id),
        call_id uuid NOT NULL REFERENCES calls(id),
        proposal_id uuid NOT NULL REFERENCES proposals(id),
        kind text NOT NULL CHECK (kind IN ('decision', 'assessment')),
        version int NOT NULL,
        source_key text NOT NULL UNIQUE,
        package jsonb NOT NULL,
        correction_reason text,
        published_at timestamptz NOT NULL,
        UNIQUE (proposal_id, kind, version)
      )`);
    await q.query(`CREATE INDEX publications_municipality ON publications (municipality_id, kind, published_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE publications');
  }
}
