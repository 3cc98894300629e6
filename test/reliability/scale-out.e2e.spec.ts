import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Pool } from 'pg';
import { inheritedEnvironment } from '@kyodo/config';
import { QUEUES } from '@kyodo/queues';
import {
  ApiClient,
  completeProposalContent,
  createMunicipality,
  DIST,
  freePort,
  must,
  type MunicipalityFixture,
  type RunningSystem,
  type SmtpSink,
  startSmtpSink,
  startSystem,
  TEST_DB,
  waitFor,
} from '@kyodo/testing';
import { PendingWork } from '../support/pending-work';

/**
 * Two API processes and two workers on one PostgreSQL and one Redis: either
 * API answers any request (a token from one works on the other), the two
 * relays share the outbox without sending anything twice, and a timer fires
 * once. The first API and worker come from the launcher; the second pair is
 * started the way docs/deployment.md says to run more.
 */
describe(`two APIs and two workers on ${TEST_DB}`, () => {
  let system: RunningSystem;
  let sink: SmtpSink;
  let db: Pool;
  let x: MunicipalityFixture;
  let second: ApiClient;
  let pending: PendingWork;
  const extra: ChildProcess[] = [];
  const dataDir = mkdtempSync(join(tmpdir(), 'kyodo-scale-'));
  const shared = {
    KYODO_JWT_SECRET: randomBytes(48).toString('base64'),
    KYODO_QUEUE_PREFIX: `s${randomBytes(4).toString('hex')}`,
    KYODO_DATA_DIR: dataDir,
    LOG_LEVEL: 'error',
    OUTBOX_RELAY_INTERVAL_MS: '50',
  };

  const startProcess = (entry: string, env: Record<string, string>) => {
    const child = spawn(process.execPath, [join(DIST, entry)], {
      env: { ...inheritedEnvironment(), ...env },
      stdio: 'ignore',
    });
    extra.push(child);
    return child;
  };

  beforeAll(async () => {
    sink = await startSmtpSink();
    system = await startSystem({ ...shared, SMTP_URL: sink.url });
    const env = {
      ...shared,
      NODE_ENV: 'test',
      HOST: '127.0.0.1',
      DATABASE_URL: system.databaseUrl!,
      REDIS_URL: system.redisUrl!,
      SMTP_URL: sink.url,
    };
    const port = await freePort();
    startProcess('apps/api/src/main.js', { ...env, PORT: String(port) });
    startProcess('apps/worker/src/main.js', env);
    second = new ApiClient(`http://127.0.0.1:${port}`);
    await waitFor(
      async () => (await fetch(`${second.baseUrl}/health/ready`).catch(() => null))?.status === 200,
      60_000,
    );
    x = await createMunicipality(new ApiClient(system.baseUrl), '小田原市');
    db = new Pool({ connectionString: system.databaseUrl, max: 2 });
    pending = PendingWork.connect(system, shared.KYODO_QUEUE_PREFIX);
  });

  afterAll(async () => {
    for (const child of extra) child.kill('SIGTERM');
    await Promise.all(
      extra.map((c) => new Promise((done) => (c.exitCode === null ? c.once('exit', done) : done(null)))),
    );
    await pending?.close();
    await db?.end();
    await system?.stop();
    await sink?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('serves every request from either API and delivers every notice once through two relays', async () => {
    const onSecond = second.as(x.proposerA.token!);
    const titles = Array.from({ length: 40 }, (_, i) => `二系統の提案 ${i + 1}`);
    const answers = await Promise.all(
      titles.map(async (title, i) => {
        const [create, move] = i % 2 ? [x.proposerA, onSecond] : [onSecond, x.proposerA];
        const draft = await must(
          create.post(`/api/v1/calls/${x.callId}/proposals`, { organizationId: x.groupAId, title }),
        );
        await must(
          move.patch(
            `/api/v1/proposals/${draft.id}`,
            { content: completeProposalContent() },
            { 'if-match': `"${draft.version}"` },
          ),
        );
        return move.post(
          `/api/v1/proposals/${draft.id}/events`,
          { type: 'SUBMIT' },
          { 'if-match': `"${draft.version + 1}"` },
        );
      }),
    );
    expect(answers.map((a) => a.status)).toEqual(titles.map(() => 201));
    const owner = x.emailOf('proposer-a');
    const receipts = () => sink.to(owner).filter((m) => titles.some((t) => m.subject === `提案を受け付けました：${t}`));
    await waitFor(async () => receipts().length >= titles.length, 30_000);
    // Both relays were draining the same outbox and both workers taking its jobs; a duplicate would come
    // from work still to run: count once nothing is left to relay and no notice job is waiting, running or
    // due for a retry on either worker.
    await waitFor(
      async () =>
        (await db.query(`SELECT count(*)::int AS n FROM outbox WHERE dispatched_at IS NULL AND held_for_call IS NULL`))
          .rows[0].n === 0,
      10_000,
    );
    await waitFor(() => pending.settled(QUEUES.notifications), 30_000);
    expect(
      receipts()
        .map((m) => m.subject)
        .sort(),
    ).toEqual(titles.map((t) => `提案を受け付けました：${t}`).sort());
    const inbox = await db.query(
      `SELECT count(*)::int AS n, count(DISTINCT (user_id, params->>'proposalId', template))::int AS distinct_n FROM notifications WHERE template = 'proposal.received'`,
    );
    expect(inbox.rows[0].n).toBe(inbox.rows[0].distinct_n);
    process.stdout.write(
      `RELIABILITY scale-out ${TEST_DB}: requests=${titles.length * 3} notices=${receipts().length}\n`,
    );
  });

  it('fires a timer once with two workers waiting for it', async () => {
    const call = await must(
      second.as(x.secretariat.token!).post('/api/v1/calls', {
        fiscalYear: 2026,
        titleJa: '二系統の締切',
        titleEn: 'Deadline with two workers',
        submissionOpensAt: new Date(Date.now() - 60_000).toISOString(),
        submissionClosesAt: new Date(Date.now() + 2500).toISOString(),
      }),
    );
    const drafts = await Promise.all(
      [1, 2, 3].map((i) =>
        must(
          x.proposerA.post(`/api/v1/calls/${call.id}/proposals`, {
            organizationId: x.groupAId,
            title: `締切待ち ${i}`,
          }),
        ),
      ),
    );
    await waitFor(
      async () =>
        (
          await Promise.all(drafts.map(async (d) => (await must(x.proposerA.get(`/api/v1/proposals/${d.id}`))).state))
        ).every((s) => s === 'closed.expired'),
      20_000,
    );
    // A second firing would come from the deadline's job running again: count once every job for this
    // call's deadline has finished, on whichever worker took it.
    await waitFor(
      () => pending.finished(QUEUES.timers, 'timer.submission-deadline', (data) => data.callId === call.id),
      20_000,
    );
    for (const d of drafts) {
      const expired = await db.query(
        `SELECT count(*)::int AS n FROM audit_events WHERE stream = $1 AND action = 'proposal.SUBMISSION_DEADLINE_PASSED'`,
        [`proposal:${d.id}`],
      );
      expect(expired.rows[0].n).toBe(1);
    }
  });
});
