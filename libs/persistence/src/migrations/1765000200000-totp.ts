import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Multi-factor sign-in: one TOTP factor per user (its secret sealed with a key derived from the server's secret, the
 * last time step used so a code cannot be replayed), single-use recovery codes kept by their HMAC only, and the
 * municipality's setting that requires a second factor of its staff.
 */
export class Totp1765000200000 implements MigrationInterface {
  name = 'Totp1765000200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE totp_factors (
      user_id uuid PRIMARY KEY REFERENCES users (id),
      secret_sealed text NOT NULL,
      confirmed_at timestamptz,
      last_used_step bigint NOT NULL DEFAULT 0,
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE TABLE recovery_codes (
      id uuid PRIMARY KEY,
      user_id uuid NOT NULL REFERENCES users (id),
      code_hash text NOT NULL,
      used_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (user_id, code_hash)
    )`);
    await q.query(`ALTER TABLE municipalities ADD COLUMN mfa_required_for_staff boolean NOT NULL DEFAULT false`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE municipalities DROP COLUMN mfa_required_for_staff');
    await q.query('DROP TABLE recovery_codes');
    await q.query('DROP TABLE totp_factors');
  }
}
