import type { MigrationInterface, QueryRunner } from 'typeorm';
import { normalizeSearchText, searchGrams } from '@kyodo/platform';

/**
 * Japanese search of the public list: each publication keeps its searchable text normalised (NFKC, case, katakana
 * to hiragana, the variant table; see search-text.ts) and the two-character pieces of it, under a GIN index that
 * PostgreSQL and PGlite both have (pg_trgm is not in PGlite). Existing publications are filled in from their
 * packages: the title, the summary, the organisation's names and the theme (publicationSearchText in
 * @kyodo/disclosure reads the same).
 */
export class PublicationSearch1764941900000 implements MigrationInterface {
  name = 'PublicationSearch1764941900000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE publications
      ADD COLUMN search_text text NOT NULL DEFAULT '',
      ADD COLUMN search_grams text[] NOT NULL DEFAULT '{}'`);
    const rows: Array<{ id: string; parts: Array<string | null> }> = await q.query(
      `SELECT id, ARRAY[package->'proposal'->>'title', package->'proposal'->>'summary',
              package->'proposal'->'organization'->>'ja', package->'proposal'->'organization'->>'en',
              package->'proposal'->>'theme'] AS parts
         FROM publications`,
    );
    for (const row of rows) {
      const text = normalizeSearchText(row.parts.filter((part) => part).join(' '));
      await q.query('UPDATE publications SET search_text = $2, search_grams = $3 WHERE id = $1', [
        row.id,
        text,
        searchGrams(text),
      ]);
    }
    await q.query('CREATE INDEX publications_search_grams ON publications USING gin (search_grams)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX publications_search_grams');
    await q.query('ALTER TABLE publications DROP COLUMN search_text, DROP COLUMN search_grams');
  }
}
