import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

export interface IdempotentAnswer {
  status: number;
  headers: Record<string, string>;
  body: unknown;
}

/** A key as the interceptor reads it back: whose request it is, and its answer once done (null while running). */
export interface IdempotencyRecord {
  fingerprint: string;
  answer: IdempotentAnswer | null;
}

interface IdempotencyRow {
  fingerprint: string;
  state: 'running' | 'done';
  response_status: number | null;
  response_headers: Record<string, string> | null;
  response_body: unknown;
}

/** The rows behind Idempotency-Key (`idempotency_keys`). */
@Injectable()
export class IdempotencyKeyRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Takes the key as `running` for this request: a new key, one expired, or one whose holder has been running
   * longer than `abandonedSeconds`. False when someone else holds it.
   */
  async take(
    userId: string,
    key: string,
    fingerprint: string,
    limits: { replayHours: number; abandonedSeconds: number },
  ): Promise<boolean> {
    const taken: unknown[] = await this.db.query(
      `INSERT INTO idempotency_keys (user_id, key, fingerprint, state, created_at, expires_at)
       VALUES ($1, $2, $3, 'running', now(), now() + make_interval(hours => $4::int))
       ON CONFLICT (user_id, key) DO UPDATE
          SET fingerprint = EXCLUDED.fingerprint, state = 'running', created_at = now(), expires_at = EXCLUDED.expires_at,
              response_status = NULL, response_headers = NULL, response_body = NULL
        WHERE idempotency_keys.expires_at < now()
           OR (idempotency_keys.state = 'running' AND idempotency_keys.created_at < now() - make_interval(secs => $5::int))
       RETURNING 1`,
      [userId, key, fingerprint, limits.replayHours, limits.abandonedSeconds],
    );
    return taken.length > 0;
  }

  async find(userId: string, key: string): Promise<IdempotencyRecord | null> {
    const rows: IdempotencyRow[] = await this.db.query(
      `SELECT fingerprint, state, response_status, response_headers, response_body
         FROM idempotency_keys WHERE user_id = $1 AND key = $2`,
      [userId, key],
    );
    const row = rows[0];
    if (!row) return null;
    if (row.state === 'running') return { fingerprint: row.fingerprint, answer: null };
    // A done row always has its status: complete() writes the three response columns at once.
    return {
      fingerprint: row.fingerprint,
      answer: { status: Number(row.response_status), headers: row.response_headers ?? {}, body: row.response_body },
    };
  }

  /** Stores the answer of the request that holds the key. */
  async complete(userId: string, key: string, answer: IdempotentAnswer): Promise<void> {
    await this.db.query(
      `UPDATE idempotency_keys SET state = 'done', response_status = $3, response_headers = $4, response_body = $5
        WHERE user_id = $1 AND key = $2`,
      [userId, key, answer.status, JSON.stringify(answer.headers), JSON.stringify(answer.body ?? null)],
    );
  }

  /** Lets go of a key still running (its request failed). */
  async release(userId: string, key: string): Promise<void> {
    await this.db.query(`DELETE FROM idempotency_keys WHERE user_id = $1 AND key = $2 AND state = 'running'`, [
      userId,
      key,
    ]);
  }
}
