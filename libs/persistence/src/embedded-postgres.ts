import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketHandler } from '@electric-sql/pglite-socket';
import { ExclusiveSessionQueue } from './exclusive-session-queue';

export interface EmbeddedPostgres {
  /** A postgres:// URL on loopback that the ordinary `pg` driver connects to. */
  url: string;
  stop(): Promise<void>;
}

/**
 * PGlite's settings for a small trial install. Postgres touches all of its shared buffers at start, so the default
 * 128 MB of them stay resident in the WASM memory for good; 16 MB hold a small municipality's working set (the
 * files below them are still in the operating system's page cache). Measured: a PGlite process at rest holds
 * about 175 MB with 16 MB of buffers, about 310 MB with 128 MB. Given as start parameters, not `postgresqlconf`:
 * that option rewrites the data directory's postgresql.conf (initdb's settings included) on every start.
 */
const PGLITE_OPTIONS = {
  startParams: [...PGlite.defaultStartParams, '-c', 'shared_buffers=16MB'],
};

/**
 * Creates a new data directory in a process of its own that exits afterwards. PGlite runs initdb in a second
 * WASM instance inside the creating process, and what that leaves behind (about 170 MB resident, measured) is
 * never given back; the long-lived process then opens the finished directory like on any later start.
 */
async function initializeElsewhere(location: string): Promise<void> {
  const script = [
    `const { PGlite } = require(${JSON.stringify(require.resolve('@electric-sql/pglite'))});`,
    // It exits itself: after close() PGlite's timers would keep it alive for another 25 s.
    `PGlite.create(process.argv[1], JSON.parse(process.argv[2])).then((db) => db.close()).then(() => process.exit(0));`,
  ].join('\n');
  await promisify(execFile)(process.execPath, ['-e', script, location, JSON.stringify(PGLITE_OPTIONS)]);
}

/**
 * Starts PGlite (a real Postgres compiled to WASM) with its files under
 * `<dataDir>/pglite` and serves it on a loopback port, so the API and the
 * worker use the same `pg` code path as against a PostgreSQL server.
 * `dataDir` 'memory://' keeps everything in memory (tests).
 */
export async function startEmbeddedPostgres(dataDir: string, port = 0): Promise<EmbeddedPostgres> {
  let location = 'memory://';
  if (dataDir !== 'memory://') {
    location = join(dataDir, 'pglite');
    mkdirSync(location, { recursive: true });
  }
  if (location !== 'memory://' && !existsSync(join(location, 'PG_VERSION'))) await initializeElsewhere(location);
  const db = await PGlite.create(location, PGLITE_OPTIONS);
  const queue = new ExclusiveSessionQueue(db);
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    const handler = new PGLiteSocketHandler({
      // The handler only calls enqueue / clearQueueForHandler / clearTransactionIfNeeded.
      queryQueue: queue as unknown as ConstructorParameters<typeof PGLiteSocketHandler>[0]['queryQueue'],
      closeOnDetach: true,
    });
    handler.attach(socket).catch(() => socket.destroy());
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const { port: boundPort } = server.address() as AddressInfo;
  const url = `postgres://postgres@127.0.0.1:${boundPort}/postgres`;
  const urlFile = location === 'memory://' ? null : join(dataDir, 'pglite.url');
  // Other commands (seed:demo, audit:verify) find the running server here instead of opening the files twice.
  if (urlFile) writeFileSync(urlFile, url);
  return {
    url,
    async stop() {
      if (urlFile) rmSync(urlFile, { force: true });
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await db.close();
    },
  };
}

/** The URL of an embedded server that a running launcher serves from this data directory, if any. */
export function runningEmbeddedUrl(dataDir: string): string | undefined {
  try {
    return readFileSync(join(dataDir, 'pglite.url'), 'utf8').trim() || undefined;
  } catch {
    return undefined;
  }
}
