import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { type Actor, hasRole, NotFoundError } from '@kyodo/platform';
import { enqueueInOutbox, type JobName } from '@kyodo/queues';

/**
 * Jobs that failed their last attempt land here; administrators see them and
 * send them again (through the outbox, with a fresh job id).
 */
export class DeadLettersService {
  constructor(private readonly dataSource: DataSource) {}

  async record(entry: {
    queue: string;
    jobName: string;
    jobId: string;
    payload: unknown;
    error: string;
    attempts: number;
  }) {
    await this.dataSource.query(
      `INSERT INTO dead_letters (id, queue, job_name, job_id, payload, error, attempts, failed_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, now()) ON CONFLICT (job_id) DO UPDATE SET error = EXCLUDED.error, attempts = EXCLUDED.attempts, failed_at = now()`,
      [
        randomUUID(),
        entry.queue,
        entry.jobName,
        entry.jobId,
        JSON.stringify(entry.payload),
        entry.error.slice(0, 2000),
        entry.attempts,
      ],
    );
  }

  async list(actor: Actor) {
    this.requireAdmin(actor);
    return this.dataSource.query(
      `SELECT id, queue, job_name AS "jobName", job_id AS "jobId", payload, error, attempts, failed_at AS "failedAt", retried_at AS "retriedAt"
         FROM dead_letters ORDER BY failed_at DESC LIMIT 200`,
    );
  }

  async retry(actor: Actor, id: string) {
    this.requireAdmin(actor);
    return this.dataSource.transaction(async (manager) => {
      const [row] = await manager.query('SELECT * FROM dead_letters WHERE id = $1 FOR UPDATE', [id]);
      if (!row) throw new NotFoundError({ ja: '失敗した処理', en: 'The dead letter' });
      const { outboxId: _old, ...payload } = row.payload;
      await enqueueInOutbox(manager, {
        name: row.job_name as JobName,
        municipalityId: payload.municipalityId ?? null,
        payload,
        effectKey: `retry:${row.id}:${Date.now()}`,
      });
      await manager.query('UPDATE dead_letters SET retried_at = now() WHERE id = $1', [id]);
      return { retried: true };
    });
  }

  private requireAdmin(actor: Actor) {
    if (!actor.platformAdmin && !hasRole(actor, 'admin')) {
      throw new NotFoundError({ ja: '失敗した処理', en: 'The dead letter' });
    }
  }
}
