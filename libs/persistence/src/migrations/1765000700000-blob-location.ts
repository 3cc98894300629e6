import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Where a file's bytes are: in `blob_chunks` (postgres) or in the S3-compatible object store under its sha256 (s3).
 * Both stores coexist: a file is read from where it was written, whatever BLOB_STORE says now.
 */
export class BlobLocation1765000700000 implements MigrationInterface {
  name = 'BlobLocation1765000700000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE blobs ADD COLUMN location text NOT NULL DEFAULT 'postgres' CHECK (location IN ('postgres', 's3'))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE blobs DROP COLUMN location');
  }
}
