import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Single sign-on for staff with OpenID Connect: a municipality's provider (its client secret sealed with a key
 * derived from the server's secret), the provider accounts linked to users (by an administrator, or at the first
 * sign-in matched by a verified e-mail address), and the sign-ins under way: the state, nonce and PKCE verifier of
 * one authorization request, bound to the browser that started it, then the one-time code that hands the session to
 * the web app. A session started this way keeps its row (`family_id`): such a session is not asked for a TOTP code.
 */
export class Oidc1765000400000 implements MigrationInterface {
  name = 'Oidc1765000400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE oidc_providers (
      municipality_id uuid PRIMARY KEY REFERENCES municipalities (id),
      issuer text NOT NULL,
      client_id text NOT NULL,
      client_secret_sealed text NOT NULL,
      email_claim text NOT NULL DEFAULT 'email',
      require_verified_email boolean NOT NULL DEFAULT true,
      label_ja text NOT NULL,
      label_en text NOT NULL,
      enabled boolean NOT NULL DEFAULT true,
      updated_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE TABLE oidc_identities (
      user_id uuid PRIMARY KEY REFERENCES users (id),
      municipality_id uuid NOT NULL REFERENCES municipalities (id),
      issuer text NOT NULL,
      subject text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (municipality_id, issuer, subject)
    )`);
    await q.query(`CREATE TABLE oidc_sign_ins (
      id uuid PRIMARY KEY,
      municipality_id uuid NOT NULL REFERENCES municipalities (id),
      state_hash text NOT NULL UNIQUE,
      browser_hash text NOT NULL,
      nonce text NOT NULL,
      code_verifier text NOT NULL,
      expires_at timestamptz NOT NULL,
      completed_at timestamptz,
      user_id uuid REFERENCES users (id),
      handoff_hash text UNIQUE,
      handoff_expires_at timestamptz,
      handed_off_at timestamptz,
      family_id uuid,
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query('CREATE INDEX oidc_sign_ins_family ON oidc_sign_ins (family_id) WHERE family_id IS NOT NULL');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE oidc_sign_ins');
    await q.query('DROP TABLE oidc_identities');
    await q.query('DROP TABLE oidc_providers');
  }
}
