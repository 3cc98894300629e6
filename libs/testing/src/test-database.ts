import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { TEST_SETTINGS } from '@kyodo/config';
import { startEmbeddedPostgres } from '@kyodo/persistence';

/** Which database the suite runs against: `postgres` (a server) or `pglite` (embedded). */
export const TEST_DB = TEST_SETTINGS.database;
const SERVER_URL = TEST_SETTINGS.postgresUrl;

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

/** A fresh, empty database for one suite: a new database on the server, or a new in-memory PGlite. */
export async function createTestDatabase(): Promise<TestDatabase> {
  if (TEST_DB === 'pglite') {
    const embedded = await startEmbeddedPostgres('memory://');
    return { url: embedded.url, drop: () => embedded.stop() };
  }
  const name = `kyodo_t_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: SERVER_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(SERVER_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new Client({ connectionString: SERVER_URL });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}
