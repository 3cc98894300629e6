import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * ふりがな readings a municipality's secretariat corrects (word → reading): the analyser's dictionary predates new
 * words and misreads local names, and the public pages' ruby takes these first. And the やさしい日本語 version of a
 * published text, keyed by the text it translates (`subject`: which text of what, `subject_id`: the row it belongs to).
 */
export class FuriganaReadings1765001000000 implements MigrationInterface {
  name = 'FuriganaReadings1765001000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE furigana_readings (
        municipality_id uuid NOT NULL REFERENCES municipalities(id) ON DELETE CASCADE,
        word text NOT NULL,
        reading text NOT NULL,
        updated_by uuid NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (municipality_id, word)
      )`);
    await q.query(`
      CREATE TABLE plain_japanese_versions (
        municipality_id uuid NOT NULL REFERENCES municipalities(id) ON DELETE CASCADE,
        subject text NOT NULL CHECK (subject IN ('call_description')),
        subject_id uuid NOT NULL,
        text text NOT NULL,
        updated_by uuid NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (subject, subject_id)
      )`);
    await q.query(
      'CREATE INDEX plain_japanese_versions_municipality ON plain_japanese_versions (municipality_id, subject)',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE plain_japanese_versions');
    await q.query('DROP TABLE furigana_readings');
  }
}
