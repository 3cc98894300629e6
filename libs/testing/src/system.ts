import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { freePort } from './free-port';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { inheritedEnvironment, TEST_SETTINGS } from '@kyodo/config';
import { createTestDatabase, TEST_DB, type TestDatabase } from './test-database';

export const ROOT = resolve(__dirname, __dirname.includes('/dist/') ? '../../../..' : '../../..');
export const DIST = join(ROOT, 'dist');
export { freePort };

export const ADMIN = { email: 'operator@kyodo.test', password: 'operator-password-1' };

export interface RunningSystem {
  baseUrl: string;
  /** Set on `postgres`; on `pglite` the launcher owns both. */
  databaseUrl?: string;
  redisUrl?: string;
  /** The launcher's process id (its children are the API, the worker and, on the embedded default, redis-server). */
  pid: number;
  /** KYODO_DATA_DIR of the launcher (on `pglite` it names the embedded server's URL in `pglite.url`). */
  dataDir: string;
  output: () => string;
  stop(): Promise<void>;
}

/**
 * Starts the real system the way the README does, through the launcher: the
 * API and the worker as separate processes. On `postgres` it gets a fresh
 * database on the server and the shared Redis with a private queue prefix;
 * on `pglite` it gets nothing, so the launcher starts embedded PGlite and its
 * own redis-server, exactly as on a fresh machine.
 */
export interface SystemOptions {
  /** Where the processes reach the (fresh) database, e.g. through a test's TCP proxy; the suite keeps the real URL. */
  databaseUrlForProcesses?: (url: string) => string;
  /** A database of the suite's own (e.g. a primary with a streaming replica) instead of a fresh one, on either run. */
  databaseUrl?: string;
  /** PUBLIC_BASE_URL on the address the suite uses (127.0.0.1), e.g. for a redirect URI and its cookie. */
  publicBaseUrlIsBaseUrl?: boolean;
}

export async function startSystem(
  extraEnv: Record<string, string> = {},
  options: SystemOptions = {},
): Promise<RunningSystem> {
  const port = await freePort();
  const ownDataDir = mkdtempSync(join(tmpdir(), 'kyodo-e2e-'));
  let database: TestDatabase | undefined;
  const env: Record<string, string> = {
    ...inheritedEnvironment(),
    NODE_ENV: 'test',
    PORT: String(port),
    HOST: '127.0.0.1',
    KYODO_DATA_DIR: ownDataDir,
    KYODO_ADMIN_EMAIL: ADMIN.email,
    KYODO_ADMIN_PASSWORD: ADMIN.password,
    KYODO_QUEUE_PREFIX: `t${randomBytes(4).toString('hex')}`,
    LOG_LEVEL: 'warn',
    OUTBOX_RELAY_INTERVAL_MS: '50',
    // Every suite talks from 127.0.0.1 and some send thousands of anonymous requests (the fuzzer, browser
    // logins): per-address limits that never bind, unless a suite asks for tight ones.
    RATE_LIMIT_AUTH_MAX: '1000000',
    // The suites sign in as the operator by API with a password only; the MFA suites turn this back on.
    OPERATOR_MFA_REQUIRED: 'false',
    RATE_LIMIT_PUBLIC_MAX: '1000000',
    ...(options.publicBaseUrlIsBaseUrl ? { PUBLIC_BASE_URL: `http://127.0.0.1:${port}` } : {}),
    ...extraEnv,
  };
  const dataDir = env.KYODO_DATA_DIR!;
  if (options.databaseUrl) {
    env.DATABASE_URL = options.databaseUrl;
    env.REDIS_URL = extraEnv.REDIS_URL ?? TEST_SETTINGS.redisUrl;
  } else if (TEST_DB === 'postgres') {
    database = await createTestDatabase();
    env.DATABASE_URL = options.databaseUrlForProcesses?.(database.url) ?? database.url;
    env.REDIS_URL = extraEnv.REDIS_URL ?? TEST_SETTINGS.redisUrl;
  }
  let log = '';
  const child: ChildProcess = spawn(process.execPath, [join(DIST, 'apps/launcher/src/main.js')], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const baseUrl = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      await new Promise<void>((done) => {
        child.once('exit', () => done());
        child.kill('SIGTERM');
      });
    }
    await database?.drop();
    rmSync(ownDataDir, { recursive: true, force: true });
  };
  try {
    await waitFor(async () => {
      if (child.exitCode !== null) throw new Error(`launcher exited ${child.exitCode}:\n${log}`);
      const response = await fetch(`${baseUrl}/health/ready`).catch(() => null);
      return response?.status === 200;
      // Generous: on a loaded machine PGlite, its own redis-server and two Nest processes take a while to boot.
    }, 120_000);
  } catch (error) {
    await stop();
    throw new Error(`system did not become ready: ${(error as Error).message}\n${log}`);
  }
  return {
    baseUrl,
    databaseUrl: options.databaseUrl ?? database?.url,
    redisUrl: env.REDIS_URL,
    dataDir,
    pid: child.pid!,
    output: () => log,
    stop,
  };
}

/** Polls a condition until it holds or the deadline passes; never a bare sleep. */
export async function waitFor(condition: () => Promise<boolean>, timeoutMs = 10_000, intervalMs = 50): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await condition()) return;
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((done) => setTimeout(done, intervalMs));
  }
}
