import { randomBytes } from 'node:crypto';
import {
  ADMIN,
  ApiClient,
  completeProposalContent,
  createMunicipality,
  must,
  type MunicipalityFixture,
  type RunningSystem,
  type SmtpSink,
  startSmtpSink,
  startSystem,
  TEST_DB,
  waitFor,
  move,
  sessionBody,
} from '@kyodo/testing';
import { PendingWork } from './support/pending-work';

describe(`notifications by e-mail through a real SMTP server on ${TEST_DB}`, () => {
  let sink: SmtpSink;
  let system: RunningSystem;
  let x: MunicipalityFixture;
  let english: { id: string; email: string; client: ApiClient };
  const queuePrefix = `n${randomBytes(4).toString('hex')}`;

  beforeAll(async () => {
    sink = await startSmtpSink();
    system = await startSystem({
      SMTP_URL: sink.url,
      MAIL_FROM: 'Kyodo <kyodo@city.example.jp>',
      KYODO_QUEUE_PREFIX: queuePrefix,
    });
    x = await createMunicipality(new ApiClient(system.baseUrl), '鎌倉市');
    english = await x.addUser('secretariat-en', x.secretariatOrgId, 'secretariat', 'en');
  });

  afterAll(async () => {
    await system?.stop();
    await sink?.stop();
  });

  const submitted = async (title: string) => {
    const draft = await must(
      x.proposerA.post(`/api/v1/calls/${x.callId}/proposals`, {
        organizationId: x.groupAId,
        title,
        content: completeProposalContent(),
      }),
    );
    return move(x.proposerA, draft.id, 'SUBMIT');
  };

  it('tells each party once, in their language, with the receipt number', async () => {
    const proposal = await submitted('多世代がつながる地域食堂');
    const owner = x.emailOf('proposer-a');
    const secretariat = x.emailOf('secretariat');
    await waitFor(
      async () => sink.to(owner).length >= 1 && sink.to(secretariat).length >= 1 && sink.to(english.email).length >= 1,
      20_000,
    );
    const [receipt] = sink.to(owner);
    expect(receipt!.subject).toBe('提案を受け付けました：多世代がつながる地域食堂');
    expect(receipt!.text).toContain(`受付番号 ${proposal.receiptNumber}`);
    expect(receipt!.html).toContain('<html lang="ja">');
    expect(receipt!.from?.text).toContain('kyodo@city.example.jp');
    expect(sink.to(secretariat)[0]!.subject).toBe('新しい提案が提出されました：多世代がつながる地域食堂');
    expect(sink.to(english.email)[0]!.subject).toBe('New proposal submitted: 多世代がつながる地域食堂');
    // one message per recipient: give stragglers a moment, then count
    await waitFor(async () => (await must(x.secretariat.get('/api/v1/me/notifications'))).items.length >= 1);
    expect(sink.to(owner)).toHaveLength(1);
    expect(sink.to(secretariat)).toHaveLength(1);
    const ids = sink.messages.map((m) => m.messageId);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('carries the reasons of a return, and required notices ignore the preference', async () => {
    await must(
      x.proposerA.request('PUT', '/api/v1/me/notification-preferences', {
        preferences: { submission: 'off', screening: 'off' },
      }),
    );
    const prefs = await must(x.proposerA.get('/api/v1/me/notification-preferences'));
    expect(prefs.find((p: { category: string }) => p.category === 'screening')).toEqual({
      category: 'screening',
      mode: 'immediate',
      required: true,
    });
    const before = sink.to(x.emailOf('proposer-a')).length;
    const proposal = await submitted('返却の検証');
    await move(x.secretariat, proposal.id, 'RETURN', { reason: '収支予算の合計が一致しません。' });
    await waitFor(
      async () => sink.to(x.emailOf('proposer-a')).some((m) => m.subject?.startsWith('提案の修正をお願いします')),
      20_000,
    );
    const mine = sink.to(x.emailOf('proposer-a')).slice(before);
    // the receipt notice (submission: off) was not e-mailed; the return (required) was, with its reason
    expect(mine.map((m) => m.subject)).toEqual(['提案の修正をお願いします：返却の検証']);
    expect(mine[0]!.text).toContain('収支予算の合計が一致しません。');
    const inbox = await must(x.proposerA.get('/api/v1/me/notifications?limit=100'));
    expect(inbox.items.map((n: { template: string }) => n.template)).toContain('proposal.received');
    expect((await must(x.proposerA.post('/api/v1/me/notifications/read-all'))).marked).toBeGreaterThan(0);
    expect((await must(x.proposerA.get('/api/v1/me/notifications'))).unread).toBe(0);
  });

  it('invites the committee to a session with a calendar file', async () => {
    const proposal = await submitted('会議招集の検証');
    await move(x.secretariat, proposal.id, 'ACCEPT');
    const before = new Date();
    const session = await must(
      x.secretariat.post(
        `/api/v1/calls/${x.callId}/sessions`,
        sessionBody(x.committeeId, [proposal.id], '2026-12-20T13:30:00+09:00', '市役所 第3会議室'),
      ),
    );
    const chair = x.emailOf('chair');
    // The meeting's date and time, as a Japanese reader writes it, are in the subject.
    const subject = '合同評価会議のご案内：12月20日（日）13:30';
    await waitFor(async () => sink.to(chair).some((m) => m.subject === subject), 20_000);
    const invitation = sink.to(chair).find((m) => m.subject === subject)!;
    // The link opens the committee's page of this session, not the site's root.
    expect(invitation.text).toContain(`/committee/sessions/${session.id}`);
    const ics = invitation.attachments.find((a) => a.contentType.startsWith('text/calendar'))!.content.toString();
    expect(ics).toContain('DTSTART:20261220T043000Z');
    expect(ics).toContain('LOCATION:市役所 第3会議室');
    // DTSTAMP is when the invitation was made (RFC 5545 3.8.7.2), not the meeting's start.
    const stamp = /DTSTAMP:(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z/.exec(ics)!;
    const made = Date.UTC(+stamp[1]!, +stamp[2]! - 1, +stamp[3]!, +stamp[4]!, +stamp[5]!, +stamp[6]!);
    expect(made).toBeGreaterThanOrEqual(Math.floor(before.getTime() / 1000) * 1000);
    expect(made).toBeLessThanOrEqual(Date.now());
  });

  it('sends no "tomorrow" reminder for a meeting scheduled less than a day ahead', async () => {
    const proposal = await submitted('直前の会議の検証');
    await move(x.secretariat, proposal.id, 'ACCEPT');
    const inAnHour = new Date(Date.now() + 3_600_000).toISOString();
    const session = await must(
      x.secretariat.post(
        `/api/v1/calls/${x.callId}/sessions`,
        sessionBody(x.committeeId, [proposal.id], inAnHour, '市役所 第1会議室'),
      ),
    );
    const work = PendingWork.connect(system, queuePrefix);
    try {
      const ofSession = (data: Record<string, unknown>) => data.sessionId === session.id;
      await waitFor(() => work.finished('notifications', 'notify.proposal-event', ofSession), 20_000);
      // The reminder's moment (a day before) has passed already: it is not scheduled at all.
      expect(await work.outboxRows('timer.session-reminder', ofSession)).toEqual([]);
      expect(sink.to(x.emailOf('chair')).filter((m) => m.subject?.startsWith('明日は'))).toEqual([]);
    } finally {
      await work.close();
    }
  });

  it('links each recipient to the page they can open, on the port the system listens on', async () => {
    const origin = `http://localhost:${new URL(system.baseUrl).port}`;
    const linkIn = (text: string | undefined) => text?.match(/https?:\/\/\S+/g)?.at(-1);
    const proposal = await submitted('リンク先の検証');
    const secretariat = x.emailOf('secretariat');
    const about = (m: { text?: string }) => m.text?.includes('リンク先の検証') === true;
    await waitFor(async () => sink.to(secretariat).some(about), 20_000);
    expect(linkIn(sink.to(secretariat).find(about)!.text)).toBe(`${origin}/console/proposals/${proposal.id}`);

    // Accepted (a notice the owner gets whatever their preference): not disclosed, so its public page answers 404
    // to everyone, the owner too; the link goes to their workspace.
    await move(x.secretariat, proposal.id, 'ACCEPT');
    const owner = x.emailOf('proposer-a');
    const accepted = (m: { subject?: string }) => m.subject === '形式審査を通過しました：リンク先の検証';
    await waitFor(async () => sink.to(owner).some(accepted), 20_000);
    expect(linkIn(sink.to(owner).find(accepted)!.text)).toBe(`${origin}/workspace/proposals/${proposal.id}`);

    await must(
      x.secretariat.post(`/api/v1/proposals/${proposal.id}/assignments`, {
        reviewerIds: [x.reviewerId],
        stage: 'document',
      }),
    );
    const reviewer = x.emailOf('reviewer');
    const assigned = (m: { subject?: string }) => m.subject === '審査を担当してください：リンク先の検証';
    await waitFor(async () => sink.to(reviewer).some(assigned), 20_000);
    expect(linkIn(sink.to(reviewer).find(assigned)!.text)).toBe(`${origin}/review`);

    const session = await must(
      x.secretariat.post(
        `/api/v1/calls/${x.callId}/sessions`,
        sessionBody(x.committeeId, [proposal.id], '2026-12-21T13:30:00+09:00', 'リンク検証の会議室'),
      ),
    );
    const chair = x.emailOf('chair');
    const invited = (m: { text?: string }) => m.text?.includes('リンク検証の会議室') === true;
    await waitFor(async () => sink.to(chair).some(invited), 20_000);
    expect(linkIn(sink.to(chair).find(invited)!.text)).toBe(`${origin}/committee/sessions/${session.id}`);
  });

  it('previews every template for the secretariat, in both languages', async () => {
    const ja = await must(x.secretariat.get('/api/v1/notification-templates/proposal.decided/preview'));
    expect(ja.text).toContain('【講評】');
    const en = await must(x.secretariat.get('/api/v1/notification-templates/proposal.decided/preview?locale=en'));
    expect(en.subject).toBe('Decision on your proposal: 多世代がつながる地域食堂の運営');
    expect((await x.proposerA.get('/api/v1/notification-templates/proposal.decided/preview')).status).toBe(404);
  });

  it('shows the queue dashboard to the platform operator only, pages and API alike', async () => {
    const anonymous = new ApiClient(system.baseUrl);
    const operator = await anonymous.login(ADMIN.email, ADMIN.password);
    for (const path of ['/admin/queues', '/admin/queues/api/queues']) {
      const refused = await anonymous.get(path);
      expect(refused.status).toBe(401);
      expect(refused.headers.get('content-type')).toContain('application/problem+json');
      expect((await x.admin.get(path)).status).toBe(403);
      expect((await x.secretariat.get(path)).status).toBe(403);
    }
    const page = await operator.get('/admin/queues');
    expect(page.status).toBe(200);
    expect(String(page.body)).toContain('<html');
    // a browser gets in with the cookie the session route sets, scoped to the dashboard
    expect((await x.admin.post('/api/v1/admin/queue-dashboard/session')).status).toBe(403);
    const session = await operator.post('/api/v1/admin/queue-dashboard/session');
    expect(session.status).toBe(204);
    const cookie = session.headers.get('set-cookie')!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).toMatch(/Path=\/admin\/queues/);
    const queues = await anonymous.get('/admin/queues/api/queues', { cookie: cookie.split(';')[0]! });
    expect(queues.status).toBe(200);
    const names = queues.body.queues.map((q: { name: string }) => q.name);
    expect(names).toEqual(expect.arrayContaining(['notifications', 'timers', 'publications']));
    expect((await anonymous.get('/admin/queues/api/queues', { cookie: 'kyodo_queue_dashboard=forged' })).status).toBe(
      401,
    );
  });
});
