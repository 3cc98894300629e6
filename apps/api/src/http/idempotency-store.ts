import type { DataSource } from 'typeorm';

export interface StoredAnswer {
  status: number;
  headers: Record<string, string>;
  body: unknown;
}

export type Claim = { kind: 'run' } | { kind: 'replay'; answer: StoredAnswer } | { kind: 'reused' } | { kind: 'busy' };

/** How long an answer is replayed, and how long a `running` row may sit before another request takes it over. */
export const REPLAY_HOURS = 24;
const ABANDONED_SECONDS = 60;

/** The rows behind Idempotency-Key (see the idempotency_keys migration). */
export class IdempotencyStore {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Takes the key for this request, or says what to do instead: replay the
   * stored answer, refuse a different request under the same key, or wait
   * for the request that holds it. An expired or abandoned row is taken over.
   */
  async claim(userId: string, key: string, fingerprint: string): Promise<Claim> {
    const taken = await this.dataSource.query(
      `INSERT INTO idempotency_keys (user_id, key, fingerprint, state, created_at, expires_at)
       VALUES ($1, $2, $3, 'running', now(), now() + make_interval(hours => $4::int))
       ON CONFLICT (user_id, key) DO UPDATE
          SET fingerprint = EXCLUDED.fingerprint, state = 'running', created_at = now(), expires_at = EXCLUDED.expires_at,
              response_status = NULL, response_headers = NULL, response_body = NULL
        WHERE idempotency_keys.expires_at < now()
           OR (idempotency_keys.state = 'running' AND idempotency_keys.created_at < now() - make_interval(secs => $5::int))
       RETURNING 1`,
      [userId, key, fingerprint, REPLAY_HOURS, ABANDONED_SECONDS],
    );
    if (taken.length > 0) return { kind: 'run' };
    const [row] = await this.dataSource.query(
      `SELECT fingerprint, state, response_status, response_headers, response_body
         FROM idempotency_keys WHERE user_id = $1 AND key = $2`,
      [userId, key],
    );
    // Deleted in between (the holder failed and let go): try again from the top.
    if (!row) return this.claim(userId, key, fingerprint);
    if (row.fingerprint !== fingerprint) return { kind: 'reused' };
    if (row.state === 'running') return { kind: 'busy' };
    return {
      kind: 'replay',
      answer: { status: row.response_status, headers: row.response_headers ?? {}, body: row.response_body },
    };
  }

  async complete(userId: string, key: string, answer: StoredAnswer): Promise<void> {
    await this.dataSource.query(
      `UPDATE idempotency_keys SET state = 'done', response_status = $3, response_headers = $4, response_body = $5
        WHERE user_id = $1 AND key = $2`,
      [userId, key, answer.status, JSON.stringify(answer.headers), JSON.stringify(answer.body ?? null)],
    );
  }

  /** The request failed: the key is free again, so a retry runs it afresh. */
  async release(userId: string, key: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM idempotency_keys WHERE user_id = $1 AND key = $2 AND state = 'running'`, [
      userId,
      key,
    ]);
  }
}
