import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Clock } from '@kyodo/platform';
import type { QueueName } from './job-catalogue';
import type { ClaimedOutboxMessage, OutboxRepository } from './outbox.repository';

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
 *
 * Not a Nest provider: each relay owns the Redis connection it is built with, and the worker's runner builds a new
 * one when that connection breaks.
 */
export class OutboxRelay {
  private readonly queues = new Map<string, Queue>();

  constructor(
    private readonly outbox: OutboxRepository,
    private readonly connection: Redis,
    private readonly clock: Clock,
    private readonly options: RelayOptions,
  ) {}

  /** Relays one batch; returns how many rows went to Redis. */
  async relayOnce(): Promise<number> {
    const rows = await this.outbox.claim(this.options.batchSize, this.options.claimSeconds ?? 30);
    if (rows.length === 0) return 0;
    try {
      const byQueue = new Map<QueueName, ClaimedOutboxMessage[]>();
      for (const row of rows) byQueue.set(row.queue, [...(byQueue.get(row.queue) ?? []), row]);
      for (const [queueName, queued] of byQueue) {
        await this.queue(queueName).addBulk(
          queued.map((row) => ({
            name: row.jobName,
            data: row.payload,
            opts: {
              jobId: row.jobId,
              delay: row.deliverAt ? Math.max(0, row.deliverAt.getTime() - this.clock.now().getTime()) : 0,
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
    await this.outbox.markDispatched(rows.map((r) => r.id));
    return rows.length;
  }

  pendingCount(): Promise<number> {
    return this.outbox.pendingCount();
  }

  async close(): Promise<void> {
    await Promise.all([...this.queues.values()].map((q) => q.close()));
  }

  private async release(rows: ClaimedOutboxMessage[], error: unknown): Promise<void> {
    const message = error instanceof Error ? error.message : String(error);
    await this.outbox.release(
      rows.map((r) => r.id),
      message.slice(0, 500),
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
