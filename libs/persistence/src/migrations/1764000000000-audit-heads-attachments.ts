import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The head of each audit chain (so cutting entries off the end is detected)
 * and proposal attachments (stored content-addressed under the data directory).
 */
export class AuditHeadsAttachments1764000000000 implements MigrationInterface {
  name = 'AuditHeadsAttachments1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE audit_heads (
        stream text PRIMARY KEY,
        seq int NOT NULL,
        hash text NOT NULL
      )`);
    await q.query(`
      INSERT INTO audit_heads (stream, seq, hash)
      SELECT DISTINCT ON (stream) stream, seq, hash FROM audit_events ORDER BY stream, seq DESC`);
    await q.query(`
      CREATE TABLE proposal_attachments (
        id uuid PRIMARY KEY,
        municipality_id uuid NOT NULL REFERENCES municipalities(id),
        proposal_id uuid NOT NULL REFERENCES proposals(id),
        filename text NOT NULL,
        content_type text NOT NULL,
        size_bytes int NOT NULL,
        sha256 text NOT NULL,
        uploaded_by uuid NOT NULL REFERENCES users(id),
        uploaded_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX proposal_attachments_proposal ON proposal_attachments (proposal_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE proposal_attachments');
    await q.query('DROP TABLE audit_heads');
  }
}
