import { randomUUID } from 'node:crypto';
import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { Queue, QueueEvents } from 'bullmq';
import type { Redis } from 'ioredis';
import { AppConfig } from '@kyodo/config';
import { DatabaseHealthRepository } from '@kyodo/persistence';
import { createProducerConnection, createWorkerConnection, QUEUES } from '@kyodo/queues';

type Check = { status: 'ok' | 'fail'; latencyMs: number; error?: string };
type ReplicaCheck = Check & { lagSeconds?: number | null };

const TIMEOUT_MS = 5000;

async function timed(work: () => Promise<unknown>): Promise<Check> {
  const started = performance.now();
  try {
    await Promise.race([
      work(),
      new Promise((_, reject) =>
        setTimeout(() => reject(new Error(`timed out after ${TIMEOUT_MS} ms`)), TIMEOUT_MS).unref(),
      ),
    ]);
    return { status: 'ok', latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    return {
      status: 'fail',
      latencyMs: Math.round(performance.now() - started),
      error: error instanceof Error ? error.message : 'failed',
    };
  }
}

/**
 * Readiness: the database answers, Redis answers, and a canary job makes a
 * round trip through a worker process. Only this probe waits on Redis.
 *
 * With a read replica (DATABASE_READ_URL) it is checked too and its replay lag reported. A replica that does not answer
 * fails readiness on the public face only, whose every read it serves; the full face stays ready (staff work goes on
 * on the primary, only its public reads answer 503), so a load balancer does not take the staff's API away for it.
 */
@Injectable()
export class ReadinessProbe implements OnApplicationShutdown {
  private readonly redis: Redis;
  private readonly queue: Queue;
  private readonly events: QueueEvents;

  private readonly publicFace: boolean;

  constructor(
    @Inject(DatabaseHealthRepository) private readonly database: DatabaseHealthRepository,
    @Inject(AppConfig) config: AppConfig,
  ) {
    this.publicFace = config.API_FACE === 'public';
    const url = config.REDIS_URL ?? 'redis://127.0.0.1:6379';
    this.redis = createProducerConnection(url);
    this.redis.on('error', () => undefined);
    this.queue = new Queue(QUEUES.health, { connection: this.redis, prefix: config.KYODO_QUEUE_PREFIX });
    this.events = new QueueEvents(QUEUES.health, {
      connection: createWorkerConnection(url),
      prefix: config.KYODO_QUEUE_PREFIX,
    });
    this.events.on('error', () => undefined);
    this.queue.on('error', () => undefined);
  }

  async check() {
    let lagSeconds: number | null = null;
    const [database, redis, worker, readReplica] = await Promise.all([
      timed(() => this.database.ping()),
      timed(() => this.redis.ping()),
      timed(async () => {
        const job = await this.queue.add(
          'health.canary',
          { nonce: randomUUID() },
          // Kept a minute, not removed at once: a canary finished and removed before
          // waitUntilFinished looked at it failed the probe ("Missing key for job").
          { removeOnComplete: { age: 60, count: 100 }, removeOnFail: { age: 60, count: 100 } },
        );
        await job.waitUntilFinished(this.events, TIMEOUT_MS);
      }),
      this.database.hasReplica
        ? timed(async () => {
            lagSeconds = await this.database.replicaLagSeconds();
          })
        : Promise.resolve(null),
    ]);
    const replica: ReplicaCheck | null = readReplica && { ...readReplica, lagSeconds };
    const required = [database, redis, worker, ...(this.publicFace && replica ? [replica] : [])];
    const ok = required.every((c) => c.status === 'ok');
    return {
      status: ok ? 'ok' : 'fail',
      checks: { database, redis, worker, ...(replica ? { readReplica: replica } : {}) },
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.allSettled([this.queue.close(), this.events.close()]);
    this.redis.disconnect();
  }
}
