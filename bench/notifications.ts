import { randomUUID } from 'node:crypto';
import { Queue, Worker } from 'bullmq';
import { createTransport } from 'nodemailer';
import type { DataSource } from 'typeorm';
import { loadConfig } from '@kyodo/config';
import { RoleHoldersRepository, UserRepository } from '@kyodo/identity';
import {
  DeliverNotification,
  EmailDeliveries,
  EmailDeliveryRepository,
  MessageFactsService,
  NoticeEmailSender,
  NotificationRepository,
  NotificationPreferenceRepository,
  RecipientsService,
  type MailTransport,
  noticeProcessor,
  SmtpMailTransport,
} from '@kyodo/notifications';
import { SystemClock } from '@kyodo/platform';
import { ProposalRepository } from '@kyodo/proposals';
import { AssignmentRepository, SessionRepository } from '@kyodo/review';
import { createProducerConnection, createWorkerConnection, NOTIFICATION_CONCURRENCY } from '@kyodo/queues';
import { startSmtpSink } from '@kyodo/testing';

/** Seeds one municipality with `users` users and one proposal; returns their ids. */
async function seed(dataSource: DataSource, users: number) {
  const municipality = randomUUID();
  const org = randomUUID();
  const proposal = randomUUID();
  const call = randomUUID();
  await dataSource.query(
    `INSERT INTO municipalities (id, code, name_ja, name_en) VALUES ($1, $2, '通知市', 'Notify')`,
    [municipality, `n-${municipality}`],
  );
  await dataSource.query(
    `INSERT INTO organizations (id, municipality_id, kind, name_ja, name_en) VALUES ($1, $2, 'group', '団体', 'Group')`,
    [org, municipality],
  );
  const ids: Array<{ id: string }> = await dataSource.query(
    `INSERT INTO users (id, municipality_id, email, display_name, password_hash, locale)
     SELECT gen_random_uuid(), $1::uuid, 'n' || i || '-' || $1::text || '@kyodo.test', 'u' || i, 'x', 'ja' FROM generate_series(1, $2) i RETURNING id`,
    [municipality, users],
  );
  await dataSource.query(
    `INSERT INTO calls (id, municipality_id, fiscal_year, recruitment_fiscal_year, title_ja, title_en, submission_opens_at, submission_closes_at) VALUES ($1, $2, 2026, 2026, '募集', 'Call', '2026-04-01', '2026-06-30')`,
    [call, municipality],
  );
  await dataSource.query(
    `INSERT INTO proposals (id, municipality_id, call_id, organization_id, origin, title, content, state, snapshot, machine_version, version, created_by)
     VALUES ($1, $2, $3, $4, 'group', '通知の計測', '{}', 'submitted.screening', '{"context": {}}', 2, 1, $5)`,
    [proposal, municipality, call, org, ids[0]!.id],
  );
  return { municipality, proposal, userIds: ids.map((r) => r.id) };
}

/** DeliverNotification as NotificationsModule wires it (PUBLIC_BASE_URL and the e-mail lease at their defaults). */
function deliverWith(dataSource: DataSource, transport: MailTransport): DeliverNotification {
  const config = loadConfig({});
  const notices = new NotificationRepository(dataSource);
  return new DeliverNotification(
    new EmailDeliveries(transport, new EmailDeliveryRepository(dataSource), config),
    new NoticeEmailSender(transport, notices),
    notices,
    new RecipientsService(
      new ProposalRepository(dataSource),
      new RoleHoldersRepository(dataSource),
      new AssignmentRepository(dataSource),
      new UserRepository(dataSource),
      new NotificationPreferenceRepository(dataSource),
    ),
    new MessageFactsService(new ProposalRepository(dataSource), new SessionRepository(dataSource)),
    config,
    new SystemClock(),
  );
}

async function drain(
  redisUrl: string,
  prefix: string,
  jobs: Array<{ name: string; data: unknown }>,
  process: (data: unknown) => Promise<unknown>,
) {
  const connection = createProducerConnection(redisUrl);
  const queue = new Queue('bench', { connection, prefix });
  for (let i = 0; i < jobs.length; i += 500) await queue.addBulk(jobs.slice(i, i + 500));
  let done = 0;
  const started = performance.now();
  const worker = new Worker('bench', async (job) => process(job.data), {
    connection: createWorkerConnection(redisUrl),
    prefix,
    concurrency: NOTIFICATION_CONCURRENCY,
  });
  await new Promise<void>((resolve) => {
    worker.on('completed', () => {
      if (++done === jobs.length) resolve();
    });
  });
  const seconds = (performance.now() - started) / 1000;
  await worker.close();
  await queue.obliterate({ force: true });
  await queue.close();
  connection.disconnect();
  return jobs.length / seconds;
}

/**
 * Raw BullMQ worker throughput beside the delivery pipeline with a no-op channel, same jobs, same run. Each
 * round runs the empty processor and then the pipeline on fresh jobs; the answer is the median of the rounds'
 * ratios, so a slow stretch of this shared machine weighs on both sides of a ratio, not on one side of it.
 */
export async function notificationThroughput(dataSource: DataSource, redisUrl: string, count: number, rounds = 7) {
  const { municipality, proposal, userIds } = await seed(dataSource, 50);
  const noop: MailTransport = { send: async () => undefined, close: () => undefined };
  const deliver = deliverWith(dataSource, noop);
  // Fresh outbox ids every round: a repeated id would find its delivery done and measure a shortcut.
  const jobs = (n: number) =>
    Array.from({ length: n }, (_, i) => ({
      name: 'notify.proposal-event',
      data: {
        municipalityId: municipality,
        proposalId: proposal,
        template: 'proposal.published',
        audience: 'users',
        userIds: [userIds[i % userIds.length]],
        outboxId: randomUUID(),
      },
    }));
  // As the worker runs it: the jobs in flight share their database work.
  const notices = noticeProcessor(deliver, NOTIFICATION_CONCURRENCY);
  const empty = async () => undefined;
  const pipeline = (data: unknown) => notices(data as never);
  // Unmeasured first round: the first thousands of jobs on each side pay for compiling the code they run.
  await drain(redisUrl, `warm${randomUUID().slice(0, 6)}`, jobs(2000), empty);
  await drain(redisUrl, `warm${randomUUID().slice(0, 6)}`, jobs(2000), pipeline);
  const raw: number[] = [];
  const kyodo: number[] = [];
  const ratios: number[] = [];
  for (let round = 0; round < rounds; round++) {
    raw.push(await drain(redisUrl, `raw${randomUUID().slice(0, 6)}`, jobs(count), empty));
    kyodo.push(await drain(redisUrl, `noop${randomUUID().slice(0, 6)}`, jobs(count), pipeline));
    ratios.push(kyodo.at(-1)! / raw.at(-1)!);
  }
  return { raw: median(raw), kyodo: median(kyodo), ratio: median(ratios), ratios };
}

/** 10,000 e-mails through the pipeline to a real SMTP server: all delivered, none twice. */
export async function smtpFanOut(dataSource: DataSource, redisUrl: string, recipients: number, notices: number) {
  const sink = await startSmtpSink();
  const { municipality, proposal, userIds } = await seed(dataSource, recipients);
  const mail = new SmtpMailTransport(sink.url, 'kyodo@bench');
  const deliver = deliverWith(dataSource, mail);
  const jobs = Array.from({ length: notices * (recipients / 100) }, (_, i) => ({
    name: 'notify.proposal-event',
    data: {
      municipalityId: municipality,
      proposalId: proposal,
      template: 'proposal.published',
      audience: 'users',
      userIds: userIds.slice((i % (recipients / 100)) * 100, (i % (recipients / 100)) * 100 + 100),
      outboxId: `fanout-${Math.floor(i / (recipients / 100))}-${i}`,
    },
  }));
  const started = performance.now();
  const processor = noticeProcessor(deliver, NOTIFICATION_CONCURRENCY);
  await drain(redisUrl, `fan${randomUUID().slice(0, 6)}`, jobs, (data) => processor(data as never));
  const seconds = (performance.now() - started) / 1000;
  const ids = new Set(sink.messages.map((m) => m.messageId));
  const sample = sink.messages[0];
  mail.close();
  await sink.stop();
  return {
    delivered: sink.messages.length,
    unique: ids.size,
    seconds,
    sample: {
      subject: sample?.subject ?? '',
      text: sample?.text ?? '',
      html: typeof sample?.html === 'string' ? sample.html : '',
    },
  };
}

/**
 * The baseline of the fan-out: a bare nodemailer pool (the same pool size as Kyodo's transport) sending the same
 * number of messages, each the message Kyodo sent, to a fresh sink of the same kind, NOTIFICATION_CONCURRENCY at a
 * time — the SMTP work alone, without queue, database, rendering or once-only keys.
 */
export async function bareNodemailerFanOut(count: number, sample: { subject: string; text: string; html: string }) {
  const sink = await startSmtpSink();
  const transport = createTransport({ url: sink.url, pool: true, maxConnections: 4 } as never);
  const started = performance.now();
  let next = 0;
  const sender = async () => {
    for (let i = next++; i < count; i = next++) {
      await transport.sendMail({ from: 'kyodo@bench', to: `bare-${i}@bench.example`, ...sample });
    }
  };
  await Promise.all(Array.from({ length: NOTIFICATION_CONCURRENCY }, sender));
  const seconds = (performance.now() - started) / 1000;
  const delivered = sink.messages.length;
  transport.close();
  await sink.stop();
  return { delivered, seconds };
}

function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
}
