import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { type Job, Queue, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { AppConfig } from '@kyodo/config';
import { BuildPublication } from '@kyodo/disclosure';
import { BuildReport } from '@kyodo/reports';
import {
  DeadLettersService,
  DeliverNotification,
  noticeProcessor,
  SendDigests,
  SendAccountLink,
  SendGroupRegistrationMail,
  SendReminders,
} from '@kyodo/notifications';
import { CloseSubmissions, ReleaseAnnouncement } from '@kyodo/proposals';
import {
  createWorkerConnection,
  type JobName,
  type JobPayloads,
  NOTIFICATION_CONCURRENCY,
  QUEUES,
} from '@kyodo/queues';

type Handlers = { [N in JobName]?: (data: JobPayloads[N], job: Job) => Promise<unknown> };

/**
 * BullMQ processors. Each translates a job into a use-case call and nothing
 * more; the use cases are idempotent because a job may run twice. A job that
 * fails its last attempt is put on the dead-letter list for administrators.
 */
@Injectable()
export class Processors implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Processors');
  private readonly workers: Worker[] = [];
  private readonly connections: Redis[] = [];
  private scheduler: Queue | undefined;

  constructor(
    @Inject(AppConfig) private readonly config: AppConfig,
    @Inject(DeliverNotification) private readonly deliver: DeliverNotification,
    @Inject(CloseSubmissions) private readonly closeSubmissions: CloseSubmissions,
    @Inject(SendReminders) private readonly reminders: SendReminders,
    @Inject(SendDigests) private readonly digests: SendDigests,
    @Inject(SendAccountLink) private readonly accountLinks: SendAccountLink,
    @Inject(SendGroupRegistrationMail) private readonly groupRegistrationMails: SendGroupRegistrationMail,
    @Inject(DeadLettersService) private readonly deadLetters: DeadLettersService,
    @Inject(ReleaseAnnouncement) private readonly releaseAnnouncement: ReleaseAnnouncement,
    @Inject(BuildPublication) private readonly publish: BuildPublication,
    @Inject(BuildReport) private readonly buildReport: BuildReport,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const notices = noticeProcessor(this.deliver, NOTIFICATION_CONCURRENCY);
    this.start(
      QUEUES.notifications,
      {
        'notify.proposal-event': notices,
        'account.password-reset': (data) => this.accountLinks.passwordReset(data),
        'account.email-change': (data) => this.accountLinks.emailChange(data),
        'account.email-changed': (data) => this.accountLinks.emailChanged(data),
        'account.group-registration': (data) => this.groupRegistrationMails.execute(data),
      },
      NOTIFICATION_CONCURRENCY,
    );
    this.start(QUEUES.timers, {
      'timer.submission-deadline': (data) => this.closeSubmissions.execute(data),
      'timer.submission-reminder': (data) => this.reminders.submission(data),
      'timer.review-reminder': (data) => this.reminders.review(data),
      'timer.session-reminder': (data) => this.reminders.session(data),
      'timer.release-announcement': (data) => this.releaseAnnouncement.execute(data),
      'digest.daily': (data, job) =>
        this.digests.execute(data.day ?? new Date(job.timestamp).toISOString().slice(0, 10)),
    });
    this.start(QUEUES.publications, { 'publish.package': (data) => this.publish.execute(data) });
    // Reports are CPU-heavy; two at a time per worker process keeps the other queues responsive.
    this.start(QUEUES.reports, { 'report.build': (data) => this.buildReport.execute(data) }, 2);
    this.start(QUEUES.health, { 'health.canary': async (data) => ({ nonce: data.nonce }) });
    // The daily digest at 08:00 Japan time; upserting is idempotent across worker processes.
    const connection = this.connection();
    this.scheduler = new Queue(QUEUES.timers, { connection, prefix: this.config.KYODO_QUEUE_PREFIX });
    await this.scheduler
      .upsertJobScheduler(
        'digest.daily',
        { pattern: '0 8 * * *', tz: 'Asia/Tokyo' },
        { name: 'digest.daily', data: {} },
      )
      .catch((error: Error) => this.logger.warn(`digest schedule not set yet: ${error.message}`));
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.allSettled([...this.workers.map((w) => w.close()), this.scheduler?.close()]);
    for (const c of this.connections) c.disconnect();
  }

  private connection(): Redis {
    const connection = createWorkerConnection(this.config.REDIS_URL ?? 'redis://127.0.0.1:6379');
    connection.on('error', () => undefined);
    this.connections.push(connection);
    return connection;
  }

  private start(queue: string, handlers: Handlers, concurrency = 8): void {
    const worker = new Worker(
      queue,
      async (job) => {
        const handler = handlers[job.name as JobName] as ((data: unknown, job: Job) => Promise<unknown>) | undefined;
        if (!handler) throw new Error(`no handler for ${job.name} on ${queue}`);
        return handler(job.data, job);
      },
      {
        connection: this.connection(),
        prefix: this.config.KYODO_QUEUE_PREFIX,
        concurrency,
        lockDuration: this.config.QUEUE_LOCK_SECONDS * 1000,
        stalledInterval: this.config.QUEUE_LOCK_SECONDS * 1000,
      },
    );
    worker.on('failed', (job, error) => {
      this.logger.warn(`job ${job?.id} on ${queue} failed (attempt ${job?.attemptsMade}): ${error.message}`);
      if (job && job.attemptsMade >= (job.opts.attempts ?? 1)) {
        void this.deadLetters
          .record({
            queue,
            jobName: job.name,
            jobId: String(job.id),
            payload: job.data,
            error: error.message,
            attempts: job.attemptsMade,
          })
          .catch((e: Error) => this.logger.error(`could not record dead letter ${job.id}: ${e.message}`));
      }
    });
    worker.on('error', (error) => this.logger.warn(`worker ${queue}: ${error.message}`));
    this.workers.push(worker);
  }
}
