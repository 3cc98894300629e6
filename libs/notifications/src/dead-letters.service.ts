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
      `INSERT INTO dead_letters (id, queue, job_name, job_id, payload, error, attempts, failed_at, municipality_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, now(), (SELECT id FROM municipalities WHERE id::text = $8)) ON CONFLICT (job_id) DO UPDATE SET error = EXCLUDED.error, attempts = EXCLUDED.attempts, failed_at = now()`,
      [
        randomUUID(),
        entry.queue,
        entry.jobName,
        entry.jobId,
        JSON.stringify(entry.payload),
        entry.error.slice(0, 2000),
        entry.attempts,
        municipalityOf(entry.payload),
      ],
    );
  }

  /** The caller's municipality's dead letters; the platform operator sees every one. */
  async list(actor: Actor) {
    this.requireStaff(actor);
    return this.dataSource.query(
      `SELECT id, queue, job_name AS "jobName", job_id AS "jobId", payload, error, attempts, failed_at AS "failedAt", retried_at AS "retriedAt"
         FROM dead_letters WHERE $1::boolean OR municipality_id = $2 ORDER BY failed_at DESC LIMIT 200`,
      [actor.platformAdmin, actor.municipalityId],
    );
  }

  async retry(actor: Actor, id: string) {
    this.requireStaff(actor);
    return this.dataSource.transaction(async (manager) => {
      const [row] = await manager.query('SELECT * FROM dead_letters WHERE id = $1 FOR UPDATE', [id]);
      if (!row || (!actor.platformAdmin && row.municipality_id !== actor.municipalityId))
        throw new NotFoundError({ ja: '失敗した処理', en: 'The dead letter' });
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

  /** The secretariat runs the scheme (and resends its notices); the administrator runs the system. */
  private requireStaff(actor: Actor) {
    if (!actor.platformAdmin && !hasRole(actor, 'admin', 'secretariat')) {
      throw new NotFoundError({ ja: '失敗した処理', en: 'The dead letter' });
    }
  }
}

function municipalityOf(payload: unknown): string | null {
  const id = (payload as { municipalityId?: unknown } | null)?.municipalityId;
  return typeof id === 'string' ? id : null;
}
