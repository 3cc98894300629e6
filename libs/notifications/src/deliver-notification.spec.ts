import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { loadConfig } from '@kyodo/config';
import { RoleHoldersRepository, UserRepository } from '@kyodo/identity';
import { createDataSource, migrate } from '@kyodo/persistence';
import { SystemClock } from '@kyodo/platform';
import { ProposalRepository } from '@kyodo/proposals';
import { AssignmentRepository, SessionRepository } from '@kyodo/review';
import { createTestDatabase, type SmtpSink, startSmtpSink, TEST_DB, type TestDatabase } from '@kyodo/testing';
import { DeliverNotification } from './deliver-notification';
import { EmailDeliveries } from './email-deliveries';
import { EmailDeliveryRepository } from './email-deliveries/email-delivery.repository';
import { NotificationRepository } from './inbox/notification.repository';
import { type MailTransport, SmtpMailTransport } from './mail-transport';
import { MessageFactsService } from './message-facts/message-facts.service';
import { NoticeEmailSender } from './notice-email-sender';
import { NotificationPreferenceRepository } from './preferences/notification-preference.repository';
import { RecipientsService } from './recipients/recipients.service';
import { SendDigests } from './send-digests.use-case';

describe(`delivery exactly once on ${TEST_DB}`, () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  let sink: SmtpSink;
  const ids = {
    municipality: randomUUID(),
    org: randomUUID(),
    owner: randomUUID(),
    call: randomUUID(),
    proposal: randomUUID(),
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    dataSource = createDataSource({ url: db.url, poolSize: 4 });
    await dataSource.initialize();
    await migrate(dataSource);
    sink = await startSmtpSink();
    await dataSource.query(
      `INSERT INTO municipalities (id, code, name_ja, name_en) VALUES ($1, $2, '検証市', 'Test')`,
      [ids.municipality, `n-${ids.municipality}`],
    );
    await dataSource.query(
      `INSERT INTO organizations (id, municipality_id, kind, name_ja, name_en) VALUES ($1, $2, 'group', '団体', 'Group')`,
      [ids.org, ids.municipality],
    );
    await dataSource.query(
      `INSERT INTO users (id, municipality_id, email, display_name, password_hash, locale) VALUES ($1, $2, 'owner@kyodo.test', '提案者', 'x', 'ja')`,
      [ids.owner, ids.municipality],
    );
    await dataSource.query(
      `INSERT INTO memberships (id, municipality_id, user_id, organization_id, role) VALUES ($1, $2, $3, $4, 'proposer')`,
      [randomUUID(), ids.municipality, ids.owner, ids.org],
    );
    await dataSource.query(
      `INSERT INTO calls (id, municipality_id, fiscal_year, recruitment_fiscal_year, title_ja, title_en, submission_opens_at, submission_closes_at) VALUES ($1, $2, 2026, 2026, '募集', 'Call', '2026-04-01', '2026-06-30')`,
      [ids.call, ids.municipality],
    );
    await dataSource.query(
      `INSERT INTO proposals (id, municipality_id, call_id, organization_id, origin, title, content, state, snapshot, machine_version, version, created_by)
       VALUES ($1, $2, $3, $4, 'group', '検証の提案', '{}', 'submitted.screening', '{"context": {}}', 2, 1, $5)`,
      [ids.proposal, ids.municipality, ids.call, ids.org, ids.owner],
    );
  });

  afterAll(async () => {
    await sink.stop();
    await dataSource.destroy();
    await db.drop();
  });

  /** DeliverNotification as NotificationsModule wires it, on this suite's database and the given transport. */
  const deliverWith = (transport: MailTransport, baseUrl: string) => {
    const config = loadConfig({ PUBLIC_BASE_URL: baseUrl });
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
  };

  const job = (outboxId: string, template = 'proposal.published') => ({
    municipalityId: ids.municipality,
    proposalId: ids.proposal,
    template,
    audience: 'owners',
    outboxId,
  });

  it('sends one e-mail and one in-app message when the same job runs twice at once', async () => {
    const deliver = deliverWith(new SmtpMailTransport(sink.url, 'kyodo@test'), 'http://localhost:3000');
    const outboxId = randomUUID();
    const results = await Promise.allSettled([deliver.execute(job(outboxId)), deliver.execute(job(outboxId))]);
    expect(results.some((r) => r.status === 'fulfilled')).toBe(true);
    // the loser of the race (if it got that far) is told to retry; its retry finds the message sent
    await deliver.execute(job(outboxId));
    const received = sink.to('owner@kyodo.test').filter((m) => m.subject === '審査結果を公表しました：検証の提案');
    expect(received).toHaveLength(1);
    const [{ count }] = await dataSource.query(
      'SELECT count(*)::int AS count FROM notifications WHERE delivery_key LIKE $1',
      [`${outboxId}:%`],
    );
    expect(count).toBe(1);
    // the e-mail is recorded on the notice's own row
    const [row] = await dataSource.query(
      'SELECT email_status, email_to, email_attempts FROM notifications WHERE delivery_key LIKE $1',
      [`${outboxId}:%`],
    );
    expect(row).toEqual({ email_status: 'sent', email_to: 'owner@kyodo.test', email_attempts: 1 });
  });

  it('records a failed send for the retry, then sends once when the server is back', async () => {
    const outboxId = randomUUID();
    const broken = deliverWith(new SmtpMailTransport('smtp://127.0.0.1:1', 'kyodo@test'), 'http://x');
    await expect(broken.execute(job(outboxId, 'proposal.accepted'))).rejects.toThrow();
    const state = () =>
      dataSource.query(
        'SELECT email_status AS status, email_attempts AS attempts, email_last_error, email_claimed_until FROM notifications WHERE delivery_key LIKE $1',
        [`${outboxId}:%`],
      );
    const [failed] = await state();
    // the claim is released at once (no lease to wait out) and the error kept for the dead-letter view
    expect(failed).toMatchObject({ status: 'sending', attempts: 1, email_claimed_until: null });
    expect(failed.email_last_error).toEqual(expect.any(String));
    const working = deliverWith(new SmtpMailTransport(sink.url, 'kyodo@test'), 'http://x');
    await working.execute(job(outboxId, 'proposal.accepted'));
    await working.execute(job(outboxId, 'proposal.accepted'));
    expect((await state())[0]).toMatchObject({ status: 'sent', attempts: 2 });
    expect(sink.to('owner@kyodo.test').filter((m) => m.subject?.startsWith('形式審査を通過しました'))).toHaveLength(1);
  });

  it('reruns a notice delivered without an e-mail as done, even after the recipient asked for e-mail', async () => {
    await dataSource.query(
      `INSERT INTO notification_preferences (user_id, category, mode) VALUES ($1, 'publication', 'off')`,
      [ids.owner],
    );
    const deliver = deliverWith(new SmtpMailTransport(sink.url, 'kyodo@test'), 'http://x');
    const outboxId = randomUUID();
    const before = sink.to('owner@kyodo.test').length;
    expect(await deliver.execute(job(outboxId))).toEqual({ inApp: 1, emails: 0 });
    await dataSource.query(`DELETE FROM notification_preferences WHERE user_id = $1 AND category = 'publication'`, [
      ids.owner,
    ]);
    // the job runs again (a retry): its notice was delivered as the recipient wanted then; nothing to send or retry
    expect(await deliver.execute(job(outboxId))).toEqual({ inApp: 0, emails: 0 });
    expect(sink.to('owner@kyodo.test').length).toBe(before);
  });

  it('gathers digest-preferred notices into one daily e-mail, once', async () => {
    await dataSource.query(
      `INSERT INTO notification_preferences (user_id, category, mode) VALUES ($1, 'status', 'digest')`,
      [ids.owner],
    );
    const deliver = deliverWith(new SmtpMailTransport(sink.url, 'kyodo@test'), 'http://x');
    const before = sink.messages.length;
    await deliver.execute(job(randomUUID(), 'some.status.change'));
    await deliver.execute(job(randomUUID(), 'another.status.change'));
    expect(sink.messages.length).toBe(before);
    const digests = new SendDigests(
      new NotificationRepository(dataSource),
      new UserRepository(dataSource),
      deliver.emails,
    );
    expect(await digests.execute('2026-11-22')).toEqual({ digests: 1 });
    expect(await digests.execute('2026-11-22')).toEqual({ digests: 0 });
    const digest = sink.to('owner@kyodo.test').find((m) => m.subject === 'Kyodo 本日のお知らせ（2件）');
    expect(digest?.text).toContain('提案の状況が更新されました：検証の提案');
  });

  it('delivers a batch with a job twice in it, a foreign proposal and a failing address, each on its own', async () => {
    const outboxId = randomUUID();
    const foreign = { ...job(randomUUID()), municipalityId: randomUUID() };
    const before = sink.to('owner@kyodo.test').length;
    const flaky = {
      send: async (mail: Parameters<SmtpMailTransport['send']>[0]) => {
        if (mail.subject.includes('形式審査を通過')) throw new Error('mailbox unavailable');
        return good.send(mail);
      },
      close: () => undefined,
    };
    const good = new SmtpMailTransport(sink.url, 'kyodo@test');
    const deliver = deliverWith(flaky, 'http://x');
    const outcomes = await Promise.all(
      await deliver.executeMany([job(outboxId), job(outboxId), foreign, job(randomUUID(), 'proposal.accepted')]),
    );
    expect(outcomes.map((o) => o.ok)).toEqual([true, true, true, false]);
    // the job that appears twice sent one e-mail; the foreign one nothing
    expect(outcomes[2]).toEqual({ ok: true, value: { inApp: 0, emails: 0 } });
    expect(sink.to('owner@kyodo.test').length).toBe(before + 1);
    const [{ count }] = await dataSource.query(
      'SELECT count(*)::int AS count FROM notifications WHERE delivery_key LIKE $1',
      [`${outboxId}:%`],
    );
    expect(count).toBe(1);
    good.close();
  });
});
