import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
  TEST_DB,
  waitFor,
} from '@kyodo/testing';

/**
 * Redis dies (SIGKILL) while proposals are being submitted. The API answers
 * without it (state, audit and outbox commit in PostgreSQL alone); when Redis
 * returns, every notice goes out exactly once.
 */
describe(`Redis killed under submissions on ${TEST_DB}`, () => {
  let dir: string;
  let port: number;
  let redis: LaunchedRedis;
  let sink: SmtpSink;
  let system: RunningSystem;
  let x: MunicipalityFixture;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kyodo-redis-fault-'));
    port = await freePort();
    redis = await launchRedis(dir, port);
    sink = await startSmtpSink();
    system = await startSystem({ REDIS_URL: redis.url, SMTP_URL: sink.url });
    x = await createMunicipality(new ApiClient(system.baseUrl), '藤沢市');
  });

  afterAll(async () => {
    await system?.stop();
    await redis?.stop();
    await sink?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps answering while Redis is dead and delivers every notice once after it returns', async () => {
    await redis.kill('SIGKILL');
    const titles = Array.from({ length: 5 }, (_, i) => `障害時の提案 ${i + 1}`);
    for (const title of titles) {
      const draft = await must(
        x.proposerA.post(`/api/v1/calls/${x.callId}/proposals`, {
          organizationId: x.groupAId,
          title,
          content: completeProposalContent(),
        }),
      );
      const started = Date.now();
      const submitted = await x.proposerA.post(
        `/api/v1/proposals/${draft.id}/events`,
        { type: 'SUBMIT' },
        { 'if-match': `"${draft.version}"` },
      );
      expect(submitted.status).toBe(201);
      expect(Date.now() - started).toBeLessThan(2000);
    }
    const ready = await x.proposerA.get('/health/ready');
    expect(ready.status).toBe(503);
    expect(ready.body.checks.database.status).toBe('ok');

    redis = await launchRedis(dir, port);
    const owner = x.emailOf('proposer-a');
    const receipts = () => sink.to(owner).filter((m) => m.subject?.startsWith('提案を受け付けました'));
    await waitFor(async () => receipts().length >= titles.length, 30_000);
    // let any duplicate that was going to happen arrive, then count
    await waitFor(async () => (await x.proposerA.get('/health/ready')).status === 200, 30_000);
    expect(
      receipts()
        .map((m) => m.subject)
        .sort(),
    ).toEqual(titles.map((t) => `提案を受け付けました：${t}`).sort());
  });
});
