import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Accounts a municipality runs on its own: an initial password handed out by an administrator that must be changed
 * at first sign-in, when the password last changed, the device a sign-in came from (so a person can tell their
 * sign-ins apart and end one), and single-use password-reset links, kept by their sha256 only.
 */
export class AccountSecurity1765000000000 implements MigrationInterface {
  name = 'AccountSecurity1765000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE users ADD COLUMN must_change_password boolean NOT NULL DEFAULT false`);
    await q.query(`ALTER TABLE users ADD COLUMN password_changed_at timestamptz`);
    await q.query(`ALTER TABLE refresh_tokens ADD COLUMN user_agent text`);
    await q.query(`CREATE TABLE password_resets (
      id uuid PRIMARY KEY,
      user_id uuid NOT NULL REFERENCES users (id),
      token_hash text NOT NULL UNIQUE,
      expires_at timestamptz NOT NULL,
      used_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE INDEX password_resets_user ON password_resets (user_id, created_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE password_resets');
    await q.query('ALTER TABLE refresh_tokens DROP COLUMN user_agent');
    await q.query('ALTER TABLE users DROP COLUMN password_changed_at');
    await q.query('ALTER TABLE users DROP COLUMN must_change_password');
  }
}
