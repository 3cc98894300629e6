import { Injectable } from '@nestjs/common';
import { IdempotencyKeyRepository, type IdempotentAnswer } from './idempotency-key.repository';

export type StoredAnswer = IdempotentAnswer;

export type Claim = { kind: 'run' } | { kind: 'replay'; answer: StoredAnswer } | { kind: 'reused' } | { kind: 'busy' };

/** How long an answer is replayed, and how long a `running` row may sit before another request takes it over. */
export const REPLAY_HOURS = 24;
const ABANDONED_SECONDS = 60;

/** What Idempotency-Key asks of its rows. */
@Injectable()
export class IdempotencyStore {
  constructor(private readonly keys: IdempotencyKeyRepository) {}

  /**
   * Takes the key for this request, or says what to do instead: replay the
   * stored answer, refuse a different request under the same key, or wait
   * for the request that holds it. An expired or abandoned row is taken over.
   */
  async claim(userId: string, key: string, fingerprint: string): Promise<Claim> {
    const limits = { replayHours: REPLAY_HOURS, abandonedSeconds: ABANDONED_SECONDS };
    if (await this.keys.take(userId, key, fingerprint, limits)) return { kind: 'run' };
    const row = await this.keys.find(userId, key);
    // Deleted in between (the holder failed and let go): try again from the top.
    if (!row) return this.claim(userId, key, fingerprint);
    if (row.fingerprint !== fingerprint) return { kind: 'reused' };
    if (!row.answer) return { kind: 'busy' };
    return { kind: 'replay', answer: row.answer };
  }

  complete(userId: string, key: string, answer: StoredAnswer): Promise<void> {
    return this.keys.complete(userId, key, answer);
  }

  /** The request failed: the key is free again, so a retry runs it afresh. */
  release(userId: string, key: string): Promise<void> {
    return this.keys.release(userId, key);
  }
}
