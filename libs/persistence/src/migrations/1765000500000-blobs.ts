import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Files in PostgreSQL (attachments, call documents, built reports): content-addressed by sha256, in chunks read one
 * at a time, so that no two processes need a shared disk.
 */
export class Blobs1765000500000 implements MigrationInterface {
  name = 'Blobs1765000500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE blobs (
      sha256 text PRIMARY KEY,
      byte_size bigint NOT NULL,
      chunk_count int NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE TABLE blob_chunks (
      sha256 text NOT NULL REFERENCES blobs (sha256),
      seq int NOT NULL,
      data bytea NOT NULL,
      PRIMARY KEY (sha256, seq)
    )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE blob_chunks');
    await q.query('DROP TABLE blobs');
  }
}
