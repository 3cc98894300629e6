import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A person changes their own e-mail address (the sign-in name) only through a link sent to the new address: single
 * use, short-lived, kept by the sha256 of its token only, like a password-reset link.
 */
export class EmailChanges1765000100000 implements MigrationInterface {
  name = 'EmailChanges1765000100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE email_changes (
      id uuid PRIMARY KEY,
      user_id uuid NOT NULL REFERENCES users (id),
      new_email text NOT NULL,
      token_hash text NOT NULL UNIQUE,
      expires_at timestamptz NOT NULL,
      used_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE INDEX email_changes_user ON email_changes (user_id, created_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE email_changes');
  }
}
