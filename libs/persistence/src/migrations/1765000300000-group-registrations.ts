import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 団体登録: a citizen group registers itself from the public portal; the secretariat approves, returns or refuses.
 * The e-mail link is kept by the sha256 of its token only. A registration has no account yet, so the e-mails sent
 * about it are recorded with no user.
 */
export class GroupRegistrations1765000300000 implements MigrationInterface {
  name = 'GroupRegistrations1765000300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE group_registrations (
      id uuid PRIMARY KEY,
      municipality_id uuid NOT NULL REFERENCES municipalities (id),
      status text NOT NULL CHECK (status IN ('email_unconfirmed', 'submitted', 'approved', 'returned', 'refused')),
      name_ja text NOT NULL,
      name_kana text NOT NULL,
      name_en text NOT NULL,
      postal_code text NOT NULL,
      address text NOT NULL,
      phone text NOT NULL,
      representative_name text NOT NULL,
      representative_title text NOT NULL,
      contact_name text NOT NULL,
      contact_phone text NOT NULL,
      email text NOT NULL,
      activity_fields text[] NOT NULL,
      password_hash text NOT NULL,
      locale text NOT NULL,
      rules_filename text,
      rules_size_bytes integer,
      rules_sha256 text,
      rules_data bytea,
      rules_received_at timestamptz,
      token_hash text UNIQUE,
      link_expires_at timestamptz,
      submitted_at timestamptz,
      decided_at timestamptz,
      decided_by uuid REFERENCES users (id),
      decision_reasons text NOT NULL DEFAULT '',
      organization_id uuid REFERENCES organizations (id),
      user_id uuid REFERENCES users (id),
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(
      `CREATE INDEX group_registrations_queue ON group_registrations (municipality_id, status, submitted_at)`,
    );
    await q.query(`CREATE INDEX group_registrations_email ON group_registrations (email, rules_received_at)`);
    await q.query('ALTER TABLE email_deliveries ALTER COLUMN user_id DROP NOT NULL');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE group_registrations');
    await q.query('DELETE FROM email_deliveries WHERE user_id IS NULL');
    await q.query('ALTER TABLE email_deliveries ALTER COLUMN user_id SET NOT NULL');
  }
}
