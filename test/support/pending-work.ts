import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type JobType, Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { Pool } from 'pg';
import type { QueueName } from '@kyodo/queues';
import type { RunningSystem } from '@kyodo/testing';

/** Every state in which a BullMQ job may still run (a retry waits as `delayed`). */
const UNFINISHED: JobType[] = ['active', 'wait', 'prioritized', 'delayed', 'waiting-children'];

/**
 * What a running system still has to do, read from its database and its Redis: the
 * condition a test waits on where it used to sleep "to give a duplicate time to show".
 * Once the outbox holds nothing to relay and a queue holds no unfinished job, no process
 * will run that queue's work again, so whatever it sent is all it will ever send.
 */
export class PendingWork {
  private constructor(
    private readonly db: Pool,
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {}

  /**
   * Connects to the system's database and Redis on either TEST_DB: on `pglite` the launcher
   * owns both, and names them in its data directory (`pglite.url`) and its log.
   * `prefix` is the KYODO_QUEUE_PREFIX the test gave the system.
   */
  static connect(system: RunningSystem, prefix: string): PendingWork {
    const databaseUrl = system.databaseUrl ?? readFileSync(join(system.dataDir, 'pglite.url'), 'utf8').trim();
    const redisUrl = system.redisUrl ?? /private redis-server at (redis:\/\/\S+)/.exec(system.output())?.[1];
    if (!redisUrl) throw new Error(`no Redis URL in the launcher's log:\n${system.output()}`);
    return new PendingWork(new Pool({ connectionString: databaseUrl, max: 1 }), new Redis(redisUrl), prefix);
  }

  /** Outbox rows not yet relayed to BullMQ (rows held for a call's announcement are not due). */
  async unrelayed(): Promise<number> {
    const { rows } = await this.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM outbox WHERE dispatched_at IS NULL AND held_for_call IS NULL`,
    );
    return rows[0]!.n;
  }

  /** Jobs on the queue that may still run: active, waiting, or delayed (a retry included). */
  async unfinished(queue: QueueName): Promise<number> {
    return this.withQueue(queue, async (q) =>
      Object.values(await q.getJobCounts(...UNFINISHED)).reduce((a, b) => a + b, 0),
    );
  }

  /** Nothing left to relay and nothing left to run on the queue. */
  async settled(queue: QueueName): Promise<boolean> {
    return (await this.unrelayed()) === 0 && (await this.unfinished(queue)) === 0;
  }

  /**
   * Every job of this name on the queue whose data matches has finished (completed, or failed
   * for good), and at least one was relayed: the effect has run and will not run again.
   */
  async finished(queue: QueueName, jobName: string, matches: (data: Record<string, unknown>) => boolean) {
    const { rows } = await this.db.query<{ job_id: string; payload: Record<string, unknown>; relayed: boolean }>(
      `SELECT job_id, payload, dispatched_at IS NOT NULL AS relayed FROM outbox WHERE job_name = $1`,
      [jobName],
    );
    const ours = rows.filter((r) => matches(r.payload));
    if (ours.length === 0 || ours.some((r) => !r.relayed)) return false;
    return this.withQueue(queue, async (q) => {
      const states = await Promise.all(ours.map((r) => q.getJobState(r.job_id)));
      return states.every((s) => s === 'completed' || s === 'failed');
    });
  }

  /** The outbox rows of a job name whose payload matches, with the moment each is due (null: at once). */
  async outboxRows(jobName: string, matches: (data: Record<string, unknown>) => boolean) {
    const { rows } = await this.db.query<{ payload: Record<string, unknown>; deliver_at: Date | null }>(
      `SELECT payload, deliver_at FROM outbox WHERE job_name = $1`,
      [jobName],
    );
    return rows.filter((r) => matches(r.payload)).map((r) => ({ deliverAt: r.deliver_at }));
  }

  async close(): Promise<void> {
    await this.db.end();
    this.redis.disconnect();
  }

  private async withQueue<T>(name: QueueName, use: (queue: Queue) => Promise<T>): Promise<T> {
    const queue = new Queue(name, { connection: this.redis, prefix: this.prefix });
    try {
      return await use(queue);
    } finally {
      await queue.close();
    }
  }
}
