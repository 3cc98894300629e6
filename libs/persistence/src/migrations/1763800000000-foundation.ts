import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Identity, tenancy, calls, proposals, audit, outbox and inbox. */
export class Foundation1763800000000 implements MigrationInterface {
  name = 'Foundation1763800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE municipalities (
        id uuid PRIMARY KEY,
        code text NOT NULL UNIQUE,
        name_ja text NOT NULL,
        name_en text NOT NULL,
        names_committee boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE organizations (
        id uuid PRIMARY KEY,
        municipality_id uuid NOT NULL REFERENCES municipalities(id),
        kind text NOT NULL CHECK (kind IN ('group', 'department', 'intermediary')),
        name_ja text NOT NULL,
        name_en text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX organizations_municipality ON organizations (municipality_id)`);
    await q.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY,
        municipality_id uuid REFERENCES municipalities(id),
        email text NOT NULL UNIQUE,
        display_name text NOT NULL,
        password_hash text NOT NULL,
        locale text NOT NULL CHECK (locale IN ('ja', 'en')),
        platform_admin boolean NOT NULL DEFAULT false,
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (platform_admin OR municipality_id IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX users_municipality ON users (municipality_id)`);
    await q.query(`
      CREATE TABLE memberships (
        id uuid PRIMARY KEY,
        municipality_id uuid NOT NULL REFERENCES municipalities(id),
        user_id uuid NOT NULL REFERENCES users(id),
        organization_id uuid REFERENCES organizations(id),
        role text NOT NULL CHECK (role IN ('proposer', 'reviewer', 'committee_member', 'committee_chair', 'secretariat', 'admin')),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE UNIQUE INDEX memberships_unique ON memberships (user_id, role, COALESCE(organization_id, '00000000-0000-0000-0000-000000000000'::uuid))`,
    );
    await q.query(`CREATE INDEX memberships_org_role ON memberships (organization_id, role)`);
    await q.query(`CREATE INDEX memberships_municipality_role ON memberships (municipality_id, role)`);
    await q.query(`
      CREATE TABLE committees (
        id uuid PRIMARY KEY,
        municipality_id uuid NOT NULL REFERENCES municipalities(id),
        name_ja text NOT NULL,
        name_en text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE committee_members (
        committee_id uuid NOT NULL REFERENCES committees(id),
        user_id uuid NOT NULL REFERENCES users(id),
        municipality_id uuid NOT NULL REFERENCES municipalities(id),
        position text NOT NULL CHECK (position IN ('member', 'chair')),
        affiliation text,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (committee_id, user_id)
      )`);
    await q.query(`
      CREATE TABLE refresh_tokens (
        id uuid PRIMARY KEY,
        family_id uuid NOT NULL,
        user_id uuid NOT NULL REFERENCES users(id),
        token_hash text NOT NULL UNIQUE,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        revoked_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX refresh_tokens_family ON refresh_tokens (family_id)`);
    await q.query(`
      CREATE TABLE login_failures (
        id bigserial PRIMARY KEY,
        key text NOT NULL,
        at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX login_failures_key_at ON login_failures (key, at)`);
    await q.query(`
      CREATE TABLE calls (
        id uuid PRIMARY KEY,
        municipality_id uuid NOT NULL REFERENCES municipalities(id),
        fiscal_year int NOT NULL,
        title_ja text NOT NULL,
        title_en text NOT NULL,
        description_ja text NOT NULL DEFAULT '',
        description_en text NOT NULL DEFAULT '',
        max_requested_amount bigint,
        submission_opens_at timestamptz NOT NULL,
        submission_closes_at timestamptz NOT NULL,
        consultation_required boolean NOT NULL DEFAULT false,
        provisional_adoption boolean NOT NULL DEFAULT false,
        pre_consultation boolean NOT NULL DEFAULT false,
        receipt_seq int NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (submission_closes_at > submission_opens_at)
      )`);
    await q.query(`CREATE INDEX calls_municipality_year ON calls (municipality_id, fiscal_year)`);
    await q.query(`
      CREATE TABLE proposals (
        id uuid PRIMARY KEY,
        municipality_id uuid NOT NULL REFERENCES municipalities(id),
        call_id uuid NOT NULL REFERENCES calls(id),
        organization_id uuid NOT NULL REFERENCES organizations(id),
        origin text NOT NULL CHECK (origin IN ('group', 'department')),
        title text NOT NULL,
        content jsonb NOT NULL,
        state text NOT NULL,
        snapshot jsonb NOT NULL,
        machine_version int NOT NULL,
        version int NOT NULL,
        receipt_number text UNIQUE,
        created_by uuid NOT NULL REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX proposals_municipality_created ON proposals (municipality_id, created_at, id)`);
    await q.query(`CREATE INDEX proposals_call_state ON proposals (call_id, state)`);
    await q.query(`CREATE INDEX proposals_organization ON proposals (organization_id)`);
    await q.query(`
      CREATE TABLE audit_events (
        id bigserial PRIMARY KEY,
        municipality_id uuid,
        stream text NOT NULL,
        seq int NOT NULL,
        action text NOT NULL,
        actor_id uuid,
        actor_role text,
        request_id text,
        before jsonb,
        after jsonb,
        at timestamptz NOT NULL,
        prev_hash text NOT NULL,
        hash text NOT NULL,
        UNIQUE (stream, seq)
      )`);
    await q.query(`
      CREATE TABLE outbox (
        id uuid PRIMARY KEY,
        municipality_id uuid,
        queue text NOT NULL,
        job_name text NOT NULL,
        payload jsonb NOT NULL,
        deliver_at timestamptz,
        job_id text NOT NULL,
        claimed_until timestamptz,
        dispatched_at timestamptz,
        attempts int NOT NULL DEFAULT 0,
        last_error text,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX outbox_pending ON outbox (created_at) WHERE dispatched_at IS NULL`);
    await q.query(`
      CREATE TABLE notifications (
        id uuid PRIMARY KEY,
        municipality_id uuid NOT NULL REFERENCES municipalities(id),
        user_id uuid NOT NULL REFERENCES users(id),
        category text NOT NULL,
        template text NOT NULL,
        params jsonb NOT NULL,
        subject_ja text NOT NULL,
        subject_en text NOT NULL,
        body_ja text NOT NULL,
        body_en text NOT NULL,
        delivery_key text NOT NULL UNIQUE,
        read_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX notifications_user_created ON notifications (user_id, created_at DESC, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'notifications',
      'outbox',
      'audit_events',
      'proposals',
      'calls',
      'login_failures',
      'refresh_tokens',
      'committee_members',
      'committees',
      'memberships',
      'users',
      'organizations',
      'municipalities',
    ]) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}
