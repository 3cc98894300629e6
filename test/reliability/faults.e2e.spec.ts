import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Pool } from 'pg';
import { TEST_SETTINGS } from '@kyodo/config';
import { launchRedis, type LaunchedRedis } from '@kyodo/queues';
import {
  ApiClient,
  completeProposalContent,
  createMunicipality,
  freePort,
  must,
  type MunicipalityFixture,
  type RunningSystem,
  type SmtpSink,
  startSmtpSink,
  startSystem,
  startTcpProxy,
  type TcpProxy,
  TEST_DB,
  waitFor,
} from '@kyodo/testing';

const POOL = 4;
const figures: Record<string, number> = {};
const timed = async <T>(work: () => Promise<T>) => {
  const started = performance.now();
  const result = await work();
  return { result, ms: performance.now() - started };
};

afterAll(() => {
  process.stdout.write(`RELIABILITY faults ${TEST_DB}: ${JSON.stringify(figures)}\n`);
});

/**
 * PostgreSQL goes away and comes back, and is slowed until its connections
 * run out (through a proxy, so the shared server is untouched): requests
 * fail fast with 503, never hang, and the system recovers by itself.
 */
describe(`PostgreSQL faults on ${TEST_DB}`, () => {
  let proxy: TcpProxy;
  let system: RunningSystem;
  let x: MunicipalityFixture;

  beforeAll(async () => {
    const server = new URL(TEST_SETTINGS.postgresUrl);
    proxy = await startTcpProxy(server.hostname, Number(server.port || 5432));
    system = await startSystem(
      { LOG_LEVEL: 'error', DATABASE_POOL_SIZE: String(POOL), DATABASE_WAIT_MS: '1500' },
      {
        databaseUrlForProcesses: (url) => {
          const through = new URL(url);
          through.host = `127.0.0.1:${proxy.port}`;
          return through.toString();
        },
      },
    );
    x = await createMunicipality(new ApiClient(system.baseUrl), '茅ヶ崎市');
  });

  afterAll(async () => {
    await system?.stop();
    await proxy?.close();
  });

  it('answers 503 within 2 s while PostgreSQL is away, and recovers within 5 s of its return', async () => {
    expect((await x.secretariat.get('/api/v1/calls')).status).toBe(200);
    await proxy.cut();
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        timed(() =>
          i % 2
            ? x.secretariat.get('/api/v1/calls')
            : x.proposerA.post(`/api/v1/calls/${x.callId}/proposals`, {
                organizationId: x.groupAId,
                title: '停止中の提案',
                content: completeProposalContent(),
              }),
        ),
      ),
    );
    for (const { result, ms } of answers) {
      expect(result.status).toBe(503);
      expect(result.headers.get('content-type')).toContain('application/problem+json');
      expect(result.headers.get('retry-after')).toBe('2');
      expect(ms).toBeLessThanOrEqual(2000);
    }
    figures.slowest503Ms = Math.round(Math.max(...answers.map((a) => a.ms)));
    const ready = await x.secretariat.get('/health/ready');
    expect(ready.status).toBe(503);
    expect(ready.body.checks.database.status).toBe('fail');

    await proxy.restore();
    const back = performance.now();
    await waitFor(async () => (await x.secretariat.get('/api/v1/calls')).status === 200, 5000, 50);
    figures.recoveryMs = Math.round(performance.now() - back);
    expect(figures.recoveryMs).toBeLessThanOrEqual(5000);
    // Nothing was half-done while the database was away.
    const direct = new Pool({ connectionString: system.databaseUrl, max: 1 });
    const [made] = (await direct.query(`SELECT count(*)::int AS n FROM proposals WHERE title = '停止中の提案'`)).rows;
    await direct.end();
    expect(made.n).toBe(0);
    // No leaked connections: API and worker hold at most their pools.
    await waitFor(async () => proxy.open() <= 2 * POOL, 5000);
    figures.connectionsAfterRecovery = proxy.open();
  });

  it('answers 503 instead of hanging when far more requests arrive than there are connections', async () => {
    proxy.latencyMs = 150;
    const answers = await Promise.all(
      Array.from({ length: 150 }, () => timed(() => x.secretariat.get('/api/v1/calls'))),
    );
    proxy.latencyMs = 0;
    const statuses = answers.map((a) => a.result.status);
    expect(statuses.every((s) => s === 200 || s === 503)).toBe(true);
    expect(statuses.filter((s) => s === 503).length).toBeGreaterThan(0);
    figures.exhaustionRequests = answers.length;
    figures.exhaustion503 = statuses.filter((s) => s === 503).length;
    figures.exhaustionSlowestMs = Math.round(Math.max(...answers.map((a) => a.ms)));
    // The slowest answer is bounded by the wait for a connection plus the slowed queries, not by the queue.
    expect(figures.exhaustionSlowestMs).toBeLessThan(10_000);
    expect((await x.secretariat.get('/api/v1/calls')).status).toBe(200);
  });
});

/**
 * Redis is stopped (gracefully, then with SIGKILL) while proposals are being
 * submitted: every submission is answered from PostgreSQL alone; when Redis
 * returns, the queued work resumes within 5 s and every notice goes out once.
 */
describe(`Redis faults under load on ${TEST_DB}`, () => {
  let dir: string;
  let port: number;
  let redis: LaunchedRedis;
  let sink: SmtpSink;
  let system: RunningSystem;
  let x: MunicipalityFixture;
  let db: Pool;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kyodo-faults-'));
    port = await freePort();
    redis = await launchRedis(dir, port);
    sink = await startSmtpSink();
    system = await startSystem({ LOG_LEVEL: 'error', REDIS_URL: redis.url, SMTP_URL: sink.url });
    x = await createMunicipality(new ApiClient(system.baseUrl), '藤沢市');
    db = new Pool({ connectionString: system.databaseUrl, max: 2 });
  });

  afterAll(async () => {
    await db?.end();
    await system?.stop();
    await redis?.stop();
    await sink?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  for (const how of ['graceful', 'SIGKILL'] as const) {
    it(`keeps answering when Redis stops (${how}) and resumes within 5 s of its return, each notice once`, async () => {
      const titles = Array.from({ length: 12 }, (_, i) => `Redis停止(${how}) ${i + 1}`);
      const submit = async (title: string) => {
        const draft = await must(
          x.proposerA.post(`/api/v1/calls/${x.callId}/proposals`, {
            organizationId: x.groupAId,
            title,
            content: completeProposalContent(),
          }),
        );
        return x.proposerA.post(
          `/api/v1/proposals/${draft.id}/events`,
          { type: 'SUBMIT' },
          { 'if-match': `"${draft.version}"` },
        );
      };
      // Load runs while Redis goes down: half before the stop is complete, half after.
      const first = titles.slice(0, 6).map(submit);
      await (how === 'graceful' ? redis.stop() : redis.kill('SIGKILL'));
      const second = titles.slice(6).map(submit);
      const answers = await Promise.all([...first, ...second]);
      expect(answers.map((a) => a.status)).toEqual(titles.map(() => 201));

      redis = await launchRedis(dir, port);
      const back = performance.now();
      const pending = async () =>
        (await db.query(`SELECT count(*)::int AS n FROM outbox WHERE dispatched_at IS NULL AND deliver_at IS NULL`))
          .rows[0].n;
      await waitFor(async () => (await pending()) === 0, 15_000, 50).catch(async (error) => {
        const stuck = await db.query(
          `SELECT job_name, claimed_until, attempts, last_error, deliver_at FROM outbox WHERE dispatched_at IS NULL`,
        );
        throw new Error(`${(error as Error).message}; still in the outbox: ${JSON.stringify(stuck.rows)}`);
      });
      const resumedMs = performance.now() - back;
      figures[`redis${how}ResumeMs`] = Math.round(resumedMs);
      expect(resumedMs).toBeLessThanOrEqual(5000);
      const owner = x.emailOf('proposer-a');
      const receipts = () =>
        sink.to(owner).filter((m) => titles.some((t) => m.subject === `提案を受け付けました：${t}`));
      await waitFor(async () => receipts().length >= titles.length, 30_000);
      await waitFor(async () => (await x.proposerA.get('/health/ready')).status === 200, 30_000);
      expect(
        receipts()
          .map((m) => m.subject)
          .sort(),
      ).toEqual(titles.map((t) => `提案を受け付けました：${t}`).sort());
      figures[`redis${how}Notices`] = receipts().length;
    });
  }
});
