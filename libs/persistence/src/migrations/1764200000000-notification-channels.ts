import type { MigrationInterface, QueryRunner } from 'typeorm';

/** E-mail deliveries (exactly once per key), preferences, digests and the dead-letter list. */
export class NotificationChannels1764200000000 implements MigrationInterface {
  name = 'NotificationChannels1764200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE email_deliveries (
        delivery_key text PRIMARY KEY,
        municipality_id uuid REFERENCES municipalities(id),
        user_id uuid NOT NULL REFERENCES users(id),
        recipient text NOT NULL,
        subject text NOT NULL,
        message_id text NOT NULL,
        status text NOT NULL CHECK (status IN ('sending', 'sent')),
        attempts int NOT NULL DEFAULT 0,
        claimed_until timestamptz,
        last_error text,
        sent_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE notification_preferences (
        user_id uuid NOT NULL REFERENCES users(id),
        category text NOT NULL,
        mode text NOT NULL CHECK (mode IN ('immediate', 'digest', 'off')),
        PRIMARY KEY (user_id, category)
      )`);
    await q.query(`ALTER TABLE notifications ADD COLUMN digest_pending boolean NOT NULL DEFAULT false`);
    await q.query(`CREATE INDEX notifications_digest ON notifications (user_id) WHERE digest_pending`);
    // Batch announcement: decision notices of a call wait here until the secretariat releases them together.
    await q.query(`ALTER TABLE calls ADD COLUMN hold_decision_notices boolean NOT NULL DEFAULT false`);
    await q.query(`ALTER TABLE outbox ADD COLUMN held_for_call uuid`);
    await q.query(`DROP INDEX outbox_pending`);
    await q.query(
      `CREATE INDEX outbox_pending ON outbox (created_at) WHERE dispatched_at IS NULL AND held_for_call IS NULL`,
    );
    // Session participants beyond the committee: department representatives and proposers who present.
    await q.query(`ALTER TABLE evaluation_sessions ADD COLUMN guests jsonb NOT NULL DEFAULT '[]'`);
    await q.query(`
      CREATE TABLE dead_letters (
        id uuid PRIMARY KEY,
        queue text NOT NULL,
        job_name text NOT NULL,
        job_id text NOT NULL UNIQUE,
        payload jsonb NOT NULL,
        error text NOT NULL,
        attempts int NOT NULL,
        failed_at timestamptz NOT NULL,
        retried_at timestamptz
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE dead_letters');
    await q.query('ALTER TABLE evaluation_sessions DROP COLUMN guests');
    await q.query('DROP INDEX outbox_pending');
    await q.query('CREATE INDEX outbox_pending ON outbox (created_at) WHERE dispatched_at IS NULL');
    await q.query('ALTER TABLE outbox DROP COLUMN held_for_call');
    await q.query('ALTER TABLE calls DROP COLUMN hold_decision_notices');
    await q.query('DROP INDEX notifications_digest');
    await q.query('ALTER TABLE notifications DROP COLUMN digest_pending');
    await q.query('DROP TABLE notification_preferences');
    await q.query('DROP TABLE email_deliveries');
  }
}
