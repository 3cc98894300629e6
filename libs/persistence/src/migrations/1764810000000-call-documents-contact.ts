import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Pages people expect (issue 17): the call's 募集要項 and forms as files on the call (the bytes in the attachment
 * store, as a proposal's attachments are); the secretariat's contact (お問い合わせ先) and the municipality's emblem,
 * shown on the public portal (municipality_profiles). The emblem is small (capped at upload) and kept in the database,
 * so every process serves it without the attachment store of libs/proposals.
 */
export class CallDocumentsContact1764810000000 implements MigrationInterface {
  name = 'CallDocumentsContact1764810000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE call_documents (
        id uuid PRIMARY KEY,
        municipality_id uuid NOT NULL REFERENCES municipalities(id),
        call_id uuid NOT NULL REFERENCES calls(id),
        title text NOT NULL,
        filename text NOT NULL,
        content_type text NOT NULL,
        size_bytes int NOT NULL,
        sha256 text NOT NULL,
        uploaded_by uuid NOT NULL,
        uploaded_at timestamptz NOT NULL
      )`);
    await q.query('CREATE INDEX call_documents_call ON call_documents (call_id, uploaded_at)');
    // One row per municipality that has set anything; absent means nothing set. The contact is institutional
    // (a division, its phone and address), meant for the public; the emblem is PNG or JPEG only (an SVG can carry script).
    await q.query(`
      CREATE TABLE municipality_profiles (
        municipality_id uuid PRIMARY KEY REFERENCES municipalities(id),
        contact_department_ja text NOT NULL DEFAULT '',
        contact_department_en text NOT NULL DEFAULT '',
        contact_phone text NOT NULL DEFAULT '',
        contact_email text NOT NULL DEFAULT '',
        contact_address_ja text NOT NULL DEFAULT '',
        contact_address_en text NOT NULL DEFAULT '',
        contact_hours_ja text NOT NULL DEFAULT '',
        contact_hours_en text NOT NULL DEFAULT '',
        emblem_content_type text CHECK (emblem_content_type IN ('image/png', 'image/jpeg')),
        emblem_size_bytes int,
        emblem_sha256 text,
        emblem_data bytea,
        updated_at timestamptz NOT NULL
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE municipality_profiles');
    await q.query('DROP TABLE call_documents');
  }
}
