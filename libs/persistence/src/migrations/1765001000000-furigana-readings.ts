import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * ふりがな readings a municipality's secretariat corrects (word → reading): the analyser's dictionary predates new
 * words and misreads local names, and the public pages' ruby takes these first.
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
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE furigana_readings');
  }
}
