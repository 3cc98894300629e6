import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { inheritedEnvironment } from '@kyodo/config';
import { SHUTDOWN_DEADLINE_MS } from '@kyodo/platform';
import { runningEmbeddedUrl } from '@kyodo/persistence';
import { launchRedis, type LaunchedRedis } from '@kyodo/queues';
import {
  ADMIN,
  AddressedClient,
  ApiClient,
  type ApiResponse,
  DIST,
  freePort,
  loopbackAddresses,
  must,
  type RunningSystem,
  startSystem,
  TEST_DB,
  waitFor,
} from '@kyodo/testing';

/**
 * Issue 15, item 2: guessing passwords in parallel, and flooding the
 * anonymous routes from one address. Every client here has a loopback
 * address of its own (127.0.0.0/8), so a test sees exactly the per-address
 * counts it makes: the account lockout is checked from thirty addresses at
 * once (a spread-out attacker), the per-address limits from one.
 */

const MAX_FAILURES = 5;
/** Short, so that the test can see a lockout end; long enough for a burst of thirty to fit in it many times. */
const LOGIN_WINDOW_SECONDS = 20;
const AUTH_MAX = 10;
const PUBLIC_MAX = 20;
/** Far longer than the suite: no per-address window ends while a test counts. */
const RATE_WINDOW_SECONDS = 600;
const BURST = 30;

const LIMITS = {
  LOGIN_MAX_FAILURES: String(MAX_FAILURES),
  LOGIN_WINDOW_SECONDS: String(LOGIN_WINDOW_SECONDS),
  RATE_LIMIT_AUTH_MAX: String(AUTH_MAX),
  RATE_LIMIT_PUBLIC_MAX: String(PUBLIC_MAX),
  RATE_LIMIT_WINDOW_SECONDS: String(RATE_WINDOW_SECONDS),
};

const tally = (responses: ApiResponse[]) =>
  responses.reduce<Record<number, number>>((counts, r) => ({ ...counts, [r.status]: (counts[r.status] ?? 0) + 1 }), {});

/** A 429 problem with Retry-After as a header and as the same number in the body. */
function expectRefused(response: ApiResponse, code: string, windowSeconds: number) {
  expect({ status: response.status, code: response.body?.code }).toEqual({ status: 429, code });
  expect(response.headers.get('content-type')).toContain('application/problem+json');
  expect(response.body.type).toBe(`https://kyodo.jp/problems/${code.replaceAll('_', '-')}`);
  const retryAfter = Number(response.headers.get('retry-after'));
  expect(Number.isInteger(retryAfter) && retryAfter >= 1 && retryAfter <= windowSeconds).toBe(true);
  expect(response.body.retryAfterSeconds).toBe(retryAfter);
}

describe(`rate limits on ${TEST_DB}`, () => {
  let dir: string;
  let redis: LaunchedRedis;
  let system: RunningSystem;
  let secretariatToken: string;
  let municipalityCode: string;
  let callId: string;
  const extra: ChildProcess[] = [];
  const fresh = loopbackAddresses(1);
  const from = (address = fresh()) => new AddressedClient(system.baseUrl, address);
  const queuePrefix = `r${randomBytes(4).toString('hex')}`;
  const tag = randomBytes(4).toString('hex');
  const target = { email: `target-${tag}@kyodo.test`, password: `Target-${tag}-hinoki-1` };
  const ghost = `nobody-${tag}@kyodo.test`;

  const login = (client: AddressedClient, email: string, password: string) =>
    client.post('/api/v1/auth/login', { email, password });
  /** BURST wrong passwords for one account at once, each from an address of its own. */
  const burst = (email: string) =>
    Promise.all(Array.from({ length: BURST }, (_, i) => login(from(), email, `wrong-${i}-password`)));
  const bogusRefresh = (client: AddressedClient, headers?: Record<string, string>) =>
    client.post('/api/v1/auth/refresh', { refreshToken: randomBytes(32).toString('base64url') }, headers);
  const publicRead = (client: AddressedClient) => client.get(`/api/v1/public/calls?municipality=${municipalityCode}`);
  const openData = (client: AddressedClient) => client.get(`/api/v1/public/open-data/${callId}.csv`);

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kyodo-rate-limits-'));
    // A Redis of the suite's own on both databases: the last test takes it away.
    redis = await launchRedis(dir);
    system = await startSystem({ ...LIMITS, REDIS_URL: redis.url, KYODO_QUEUE_PREFIX: queuePrefix });
    const api = new ApiClient(system.baseUrl);
    const operator = await api.login(ADMIN.email, ADMIN.password);
    municipalityCode = `m-${tag}`;
    const municipality = await must(
      operator.post('/api/v1/municipalities', {
        code: municipalityCode,
        nameJa: '流山市',
        nameEn: `Nagareyama ${tag}`,
      }),
    );
    const office = await must(
      operator.post('/api/v1/organizations', {
        municipalityId: municipality.id,
        kind: 'department',
        nameJa: '協働推進課',
        nameEn: 'Partnership office',
      }),
    );
    const user = async (email: string, password: string) =>
      must(
        operator.post('/api/v1/users', {
          municipalityId: municipality.id,
          email,
          displayName: '試験 利用者',
          password,
          locale: 'ja',
        }),
      );
    const secretariat = { email: `secretariat-${tag}@kyodo.test`, password: `Office-${tag}-keyaki-2` };
    const created = await user(secretariat.email, secretariat.password);
    await must(
      operator.post(`/api/v1/organizations/${office.id}/members`, { userId: created.id, role: 'secretariat' }),
    );
    await user(target.email, target.password);
    const office_ = await api.login(secretariat.email, secretariat.password);
    secretariatToken = office_.token!;
    const now = Date.now();
    callId = (
      await must(
        office_.post('/api/v1/calls', {
          fiscalYear: 2026,
          titleJa: '令和8年度 協働事業提案制度',
          titleEn: 'FY2026 collaborative project proposals',
          maxRequestedAmount: 1_000_000,
          submissionOpensAt: new Date(now - 86_400_000).toISOString(),
          submissionClosesAt: new Date(now + 30 * 86_400_000).toISOString(),
        }),
      )
    ).id;
  }, 180_000);

  afterAll(async () => {
    for (const child of extra) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await system?.stop();
    await redis?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  describe('the account lockout', () => {
    let lockedSample: ApiResponse;

    it(`reserves each attempt before the password is checked: ${BURST} wrong passwords at once → ${MAX_FAILURES} × 401, the rest 429`, async () => {
      const answers = await burst(target.email);
      expect(tally(answers)).toEqual({ 401: MAX_FAILURES, 429: BURST - MAX_FAILURES });
      for (const refused of answers.filter((r) => r.status === 429)) {
        expectRefused(refused, 'too_many_login_attempts', LOGIN_WINDOW_SECONDS);
      }
      // Locked: the right password is refused too, until the window has passed.
      lockedSample = await login(from(), target.email, target.password);
      expectRefused(lockedSample, 'too_many_login_attempts', LOGIN_WINDOW_SECONDS);
    });

    it('answers an unknown account the same way, in the same words', async () => {
      const answers = await burst(ghost);
      expect(tally(answers)).toEqual({ 401: MAX_FAILURES, 429: BURST - MAX_FAILURES });
      const comparable = (r: ApiResponse) => ({
        ...r.body,
        requestId: undefined,
        instance: undefined,
        retryAfterSeconds: undefined,
      });
      const refused = answers.find((r) => r.status === 429)!;
      expectRefused(refused, 'too_many_login_attempts', LOGIN_WINDOW_SECONDS);
      expect(comparable(refused)).toEqual(comparable(lockedSample));
    });

    it('opens again after the window, and a success clears the count as before', async () => {
      // One attempt a while from a new address each time (the per-address limit stays out of it).
      await waitFor(async () => (await login(from(), target.email, target.password)).status === 200, 90_000, 500);
      await waitFor(async () => (await login(from(), ghost, 'wrong-password-again')).status === 401, 90_000, 500);
      for (let attempt = 1; attempt < MAX_FAILURES; attempt++) {
        expect((await login(from(), target.email, `still-wrong-${attempt}`)).status).toBe(401);
      }
      expect((await login(from(), target.email, target.password)).status).toBe(200);
      // The success cleared the four failures: a new burst again gets MAX_FAILURES tries.
      expect(tally(await burst(target.email))).toEqual({ 401: MAX_FAILURES, 429: BURST - MAX_FAILURES });
    });
  });

  describe('per client address', () => {
    it('limits login and refresh together, answering a 429 problem with Retry-After in header and body', async () => {
      const client = from();
      for (let i = 0; i < AUTH_MAX / 2; i++) {
        expect((await login(client, `stranger-${i}-${tag}@kyodo.test`, 'some-password-1')).status).toBe(401);
        expect((await bogusRefresh(client)).status).toBe(401);
      }
      expectRefused(
        await login(client, `stranger-x-${tag}@kyodo.test`, 'some-password-1'),
        'rate_limited',
        RATE_WINDOW_SECONDS,
      );
      const japanese = await bogusRefresh(client);
      expectRefused(japanese, 'rate_limited', RATE_WINDOW_SECONDS);
      const english = await bogusRefresh(client, { 'accept-language': 'en' });
      expectRefused(english, 'rate_limited', RATE_WINDOW_SECONDS);
      expect(japanese.body.title).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      expect(english.body.title).toMatch(/^[\x20-\x7e]+$/);
      // Another address is not affected.
      expect((await bogusRefresh(from())).status).toBe(401);
    });

    it('limits public reads and open-data downloads together, and never a signed-in request', async () => {
      const client = from();
      for (let i = 0; i < PUBLIC_MAX / 2; i++) {
        expect((await publicRead(client)).status).toBe(200);
        const download = await openData(client);
        expect(download.status).toBe(200);
        expect(download.headers.get('content-type')).toContain('text/csv');
      }
      expectRefused(await publicRead(client), 'rate_limited', RATE_WINDOW_SECONDS);
      expectRefused(await openData(client), 'rate_limited', RATE_WINDOW_SECONDS);
      expect((await client.get('/api/v1/me', { authorization: `Bearer ${secretariatToken}` })).status).toBe(200);
      expect((await openData(from())).status).toBe(200);
    });

    it('holds under a spoofed X-Forwarded-For (proxies are not trusted by default)', async () => {
      const client = from();
      for (let i = 0; i < AUTH_MAX; i++) {
        expect((await bogusRefresh(client, { 'x-forwarded-for': `203.0.113.${i + 1}` })).status).toBe(401);
      }
      expectRefused(
        await bogusRefresh(client, { 'x-forwarded-for': '198.51.100.7' }),
        'rate_limited',
        RATE_WINDOW_SECONDS,
      );
    });

    it('is one count for two API processes on one Redis', async () => {
      // The second API is started the way docs/deployment.md says to run more, on the same database
      // (on pglite: the launcher's embedded server, whose URL it keeps in its data directory).
      const databaseUrl = system.databaseUrl ?? runningEmbeddedUrl(system.dataDir);
      expect(databaseUrl).toBeDefined();
      const port = await freePort();
      extra.push(
        spawn(process.execPath, [join(DIST, 'apps/api/src/main.js')], {
          env: {
            ...inheritedEnvironment(),
            ...LIMITS,
            NODE_ENV: 'test',
            HOST: '127.0.0.1',
            PORT: String(port),
            LOG_LEVEL: 'error',
            DATABASE_URL: databaseUrl!,
            REDIS_URL: redis.url,
            KYODO_QUEUE_PREFIX: queuePrefix,
            KYODO_DATA_DIR: join(dir, 'second-api'),
          },
          stdio: 'ignore',
        }),
      );
      const secondUrl = `http://127.0.0.1:${port}`;
      await waitFor(async () => (await fetch(`${secondUrl}/health/ready`).catch(() => null))?.status === 200, 90_000);
      const address = fresh();
      const first = new AddressedClient(system.baseUrl, address);
      const second = new AddressedClient(secondUrl, address);
      for (let i = 0; i < AUTH_MAX / 2; i++) {
        expect((await bogusRefresh(first)).status).toBe(401);
        expect((await bogusRefresh(second)).status).toBe(401);
      }
      expectRefused(await bogusRefresh(second), 'rate_limited', RATE_WINDOW_SECONDS);
      expectRefused(await bogusRefresh(first), 'rate_limited', RATE_WINDOW_SECONDS);
    }, 120_000);

    it('lets requests through when Redis is away: a request never waits on Redis', async () => {
      const client = from();
      for (let i = 0; i < AUTH_MAX; i++) await bogusRefresh(client);
      expectRefused(await bogusRefresh(client), 'rate_limited', RATE_WINDOW_SECONDS);
      await redis.kill('SIGKILL');
      // Without the shared count the limit is not enforced rather than every anonymous request refused or held.
      expect((await bogusRefresh(client)).status).toBe(401);
      expect((await login(client, `stranger-y-${tag}@kyodo.test`, 'some-password-1')).status).toBe(401);
      expect((await publicRead(client)).status).toBe(200);
    });

    it('stops an API process told to stop while Redis is away, within its shutdown deadline', async () => {
      // The second API of the two-process test: its queue connections retry for ever against the killed Redis.
      const second = extra[0]!;
      expect(second.exitCode).toBeNull();
      const started = Date.now();
      const ended = new Promise<number | null>((resolve) => second.once('exit', (code) => resolve(code)));
      second.kill('SIGTERM');
      const code = await Promise.race([ended, sleep(SHUTDOWN_DEADLINE_MS + 5_000).then(() => 'still running')]);
      expect(code).not.toBe('still running');
      expect(Date.now() - started).toBeLessThan(SHUTDOWN_DEADLINE_MS + 5_000);
    }, 30_000);
  });
});
