import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { type Job, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { AppConfig } from '@kyodo/config';
import { DeliverProposalNotification } from '@kyodo/notifications';
import { CloseSubmissions } from '@kyodo/proposals';
import { createWorkerConnection, type JobPayloads, QUEUES } from '@kyodo/queues';

/**
 * BullMQ processors. Each translates a job into a use case call and nothing
 * more; the use cases are idempotent because a job may run twice.
 */
@Injectable()
export class Processors implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Processors');
  private readonly workers: Worker[] = [];
  private readonly connections: Redis[] = [];

  constructor(
    @Inject(AppConfig) private readonly config: AppConfig,
    @Inject(DeliverProposalNotification) private readonly deliver: DeliverProposalNotification,
    @Inject(CloseSubmissions) private readonly closeSubmissions: CloseSubmissions,
  ) {}

  onApplicationBootstrap(): void {
    this.start(QUEUES.notifications, (job) => this.deliver.execute(job.data as JobPayloads['notify.proposal-event']));
    this.start(QUEUES.timers, (job) =>
      this.closeSubmissions.execute(job.data as JobPayloads['timer.submission-deadline']),
    );
    this.start(QUEUES.health, async (job) => ({ nonce: (job.data as JobPayloads['health.canary']).nonce }));
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.allSettled(this.workers.map((w) => w.close()));
    for (const c of this.connections) c.disconnect();
  }

  private start(queue: string, process: (job: Job) => Promise<unknown>): void {
    const connection = createWorkerConnection(this.config.REDIS_URL ?? 'redis://127.0.0.1:6379');
    connection.on('error', () => undefined);
    this.connections.push(connection);
    const worker = new Worker(queue, process, {
      connection,
      prefix: this.config.KYODO_QUEUE_PREFIX,
      concurrency: 8,
    });
    worker.on('failed', (job, error) =>
      this.logger.warn(`job ${job?.id} on ${queue} failed (attempt ${job?.attemptsMade}): ${error.message}`),
    );
    worker.on('error', (error) => this.logger.warn(`worker ${queue}: ${error.message}`));
    this.workers.push(worker);
  }
}
