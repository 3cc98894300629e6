import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reports the secretariat asks for (PDF, XLSX): a request row written with
 * its outbox row, built by the worker into a file under the data directory.
 * `input_key` names the inputs; the same inputs give the same bytes.
 */
export class Reports1764400000000 implements MigrationInterface {
  name = 'Reports1764400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE reports (
        id uuid PRIMARY KEY,
        municipality_id uuid NOT NULL REFERENCES municipalities(id),
        kind text NOT NULL CHECK (kind IN ('call-summary-pdf', 'evaluation-sheet-pdf', 'call-workbook-xlsx')),
        call_id uuid NOT NULL REFERENCES calls(id),
        proposal_id uuid REFERENCES proposals(id),
        locale text NOT NULL CHECK (locale IN ('ja', 'en')),
        status text NOT NULL CHECK (status IN ('queued', 'ready', 'failed')),
        requested_by uuid NOT NULL REFERENCES users(id),
        file_name text,
        media_type text,
        byte_size bigint,
        sha256 text,
        error text,
        created_at timestamptz NOT NULL DEFAULT now(),
        finished_at timestamptz
      )`);
    await q.query(`CREATE INDEX reports_municipality ON reports (municipality_id, created_at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE reports');
  }
}
