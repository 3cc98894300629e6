import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Idempotency-Key: the first answer to a (user, key) pair, replayed to every
 * repetition for 24 hours. `running` marks a request still being served; a
 * row left running by a process that died is taken over after a minute.
 */
export class IdempotencyKeys1764650000000 implements MigrationInterface {
  name = 'IdempotencyKeys1764650000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE idempotency_keys (
        user_id uuid NOT NULL,
        key text NOT NULL,
        fingerprint text NOT NULL,
        state text NOT NULL CHECK (state IN ('running', 'done')),
        response_status int,
        response_headers jsonb,
        response_body jsonb,
        created_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        PRIMARY KEY (user_id, key)
      )`);
    await q.query(`CREATE INDEX idempotency_keys_expiry ON idempotency_keys (expires_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE idempotency_keys');
  }
}
