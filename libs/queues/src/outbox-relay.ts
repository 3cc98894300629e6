import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type { DataSource } from 'typeorm';
import type { Clock } from '@kyodo/platform';
import type { QueueName } from './job-catalogue';

interface ClaimedRow {
  id: string;
  queue: QueueName;
  job_name: string;
  payload: unknown;
  job_id: string;
  deliver_at: Date | null;
}

export interface RelayOptions {
  batchSize: number;
  prefix: string;
  /** How long a claim protects rows from other relays before they may retry. */
  claimSeconds?: number;
}

/**
 * Moves committed outbox rows to BullMQ. Several relays may run: rows are
 * claimed with FOR UPDATE SKIP LOCKED and a lease, then added with their
 * deterministic job ids (a duplicate add is a no-op), then marked sent. No
 * database transaction is held open while Redis is talked to; when Redis is
 * away the claim is released and the rows wait.
 */
export class OutboxRelay {
  private readonly queues = new Map<string, Queue>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly connection: Redis,
    private readonly clock: Clock,
    private readonly options: RelayOptions,
  ) {}

  /** Relays one batch; returns how many rows went to Redis. */
  async relayOnce(): Promise<number> {
    const rows = await this.claim();
    if (rows.length === 0) return 0;
    try {
      const byQueue = new Map<QueueName, ClaimedRow[]>();
      for (const row of rows) byQueue.set(row.queue, [...(byQueue.get(row.queue) ?? []), row]);
      for (const [queueName, queued] of byQueue) {
        await this.queue(queueName).addBulk(
          queued.map((row) => ({
            name: row.job_name,
            data: row.payload,
            opts: {
              jobId: row.job_id,
              delay: row.deliver_at ? Math.max(0, row.deliver_at.getTime() - this.clock.now().getTime()) : 0,
              attempts: 8,
              backoff: { type: 'exponential', delay: 1000 },
              removeOnComplete: { age: 86_400, count: 10_000 },
              removeOnFail: false,
            },
          })),
        );
      }
    } catch (error) {
      await this.release(rows, error);
      throw error;
    }
    await this.dataSource.query(
      `UPDATE outbox SET dispatched_at = now(), claimed_until = NULL, attempts = attempts + 1 WHERE id = ANY($1::uuid[])`,
      [rows.map((r) => r.id)],
    );
    return rows.length;
  }

  async pendingCount(): Promise<number> {
    const [{ count }] = await this.dataSource.query(
      `SELECT count(*)::int AS count FROM outbox WHERE dispatched_at IS NULL`,
    );
    return count;
  }

  async close(): Promise<void> {
    await Promise.all([...this.queues.values()].map((q) => q.close()));
  }

  private async claim(): Promise<ClaimedRow[]> {
    // TypeORM answers an UPDATE … RETURNING with [rows, rowCount].
    const [rows]: [ClaimedRow[], number] = await this.dataSource.query(
      `UPDATE outbox SET claimed_until = now() + make_interval(secs => $2)
        WHERE id IN (
          SELECT id FROM outbox
           WHERE dispatched_at IS NULL AND held_for_call IS NULL AND (claimed_until IS NULL OR claimed_until < now())
           ORDER BY created_at
           LIMIT $1
           FOR UPDATE SKIP LOCKED)
        RETURNING id, queue, job_name, payload, job_id, deliver_at`,
      [this.options.batchSize, this.options.claimSeconds ?? 30],
    );
    return rows;
  }

  private async release(rows: ClaimedRow[], error: unknown): Promise<void> {
    const message = error instanceof Error ? error.message : String(error);
    await this.dataSource.query(
      `UPDATE outbox SET claimed_until = NULL, attempts = attempts + 1, last_error = $2 WHERE id = ANY($1::uuid[])`,
      [rows.map((r) => r.id), message.slice(0, 500)],
    );
  }

  private queue(name: QueueName): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = new Queue(name, { connection: this.connection, prefix: this.options.prefix });
      this.queues.set(name, queue);
    }
    return queue;
  }
}
