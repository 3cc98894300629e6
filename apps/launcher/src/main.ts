import './small-malloc-arenas';
import 'reflect-metadata';
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { childEnvironment, ConfigError, loadConfig } from '@kyodo/config';
import { type EmbeddedPostgres, startEmbeddedPostgres } from '@kyodo/persistence/embedded';
import { type LaunchedRedis, launchRedis, RedisNotInstalledError } from '@kyodo/queues/redis-launch';
import { migrateOnce } from './migrate-once';

/**
 * One command, a working system: starts what is not configured (embedded
 * PGlite when DATABASE_URL is unset, a private redis-server when REDIS_URL is
 * unset), migrates once, then runs the API and the worker as separate
 * processes and stops everything together.
 */
const MAX_RESTARTS = 5;

/**
 * V8 settings for the API and the worker of the embedded default: semi-spaces of 2 MB instead of V8's 16 MB. Both
 * idle most of the time, and the nursery they fill while Nest boots stays committed. Measured at rest, with the lazy
 * loading of rarely used packages: API about 250 → 160 MB, worker about 175 → 125 MB; public reads unchanged
 * (5,100–5,900 req/s beside main's 3,900–5,300). --optimize-for-size saved 15 MB more in each but halved the public
 * reads (1,500–2,400 req/s), so it is not used.
 */
const CHILD_NODE_FLAGS = ['--max-semi-space-size=2'];
const RESTART_WINDOW_MS = 10 * 60_000;

async function main(): Promise<void> {
  const config = loadConfig();
  const dataDir = resolve(config.KYODO_DATA_DIR);
  mkdirSync(dataDir, { recursive: true });
  const stops: Array<() => Promise<void>> = [];
  const say = (line: string) => process.stdout.write(`[kyodo] ${line}\n`);

  let databaseUrl = config.DATABASE_URL;
  let embedded: EmbeddedPostgres | undefined;
  if (!databaseUrl) {
    embedded = await startEmbeddedPostgres(dataDir);
    stops.push(() => embedded!.stop());
    databaseUrl = embedded.url;
    say(`embedded PostgreSQL (PGlite) with data in ${resolve(dataDir, 'pglite')}`);
  }
  const applied = await migrateOnce(childEnvironment({ DATABASE_URL: databaseUrl }));
  if (applied.length > 0) say(`applied migrations: ${applied.join(', ')}`);

  let redisUrl = config.REDIS_URL;
  let redis: LaunchedRedis | undefined;
  if (!redisUrl) {
    redis = await launchRedis(dataDir);
    stops.unshift(() => redis!.stop());
    redisUrl = redis.url;
    say(`private redis-server at ${redisUrl} with data in ${resolve(dataDir, 'redis')}`);
  }

  const env = childEnvironment({ DATABASE_URL: databaseUrl, REDIS_URL: redisUrl, KYODO_DATA_DIR: dataDir });
  const children = new Map<string, ChildProcess>();
  let shuttingDown = false;

  const shutdown = async (code: number) => {
    if (shuttingDown) return;
    shuttingDown = true;
    await Promise.all(
      [...children.values()].map(
        (child) =>
          new Promise<void>((done) => {
            if (child.exitCode !== null || child.signalCode !== null) return done();
            const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
            child.once('exit', () => {
              clearTimeout(force);
              done();
            });
            child.kill('SIGTERM');
          }),
      ),
    );
    for (const stop of stops) await stop().catch(() => undefined);
    process.exit(code);
  };

  // A supervisor: a process that dies after it reported ready is started
  // again (its unfinished queue work is found stalled and rerun); one that
  // dies before it was ready, or keeps dying, stops everything.
  const restarts: number[] = [];
  const run = (name: string, script: string) => {
    let ready = false;
    const child = spawn(process.execPath, [...CHILD_NODE_FLAGS, script], {
      env,
      stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
    });
    children.set(name, child);
    child.on('message', (message: unknown) => {
      if ((message as { kyodo?: string })?.kyodo === 'ready') ready = true;
    });
    say(`${name} started (pid ${child.pid})`);
    child.on('exit', (code, signal) => {
      if (shuttingDown) return;
      const now = Date.now();
      const recent = restarts.filter((t) => now - t < RESTART_WINDOW_MS);
      if (ready && recent.length < MAX_RESTARTS) {
        restarts.splice(0, restarts.length, ...recent, now);
        say(`${name} stopped (${signal ?? `exit ${code}`}); starting it again`);
        setTimeout(() => shuttingDown || run(name, script), 500);
        return;
      }
      say(`${name} stopped (${signal ?? `exit ${code}`}); stopping the rest`);
      void shutdown(code === 0 ? 1 : (code ?? 1));
    });
  };
  run('api', resolve(__dirname, '../../api/src/main.js'));
  run('worker', resolve(__dirname, '../../worker/src/main.js'));
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));
  say(`API on http://localhost:${config.PORT} (docs: http://localhost:${config.PORT}/api/docs)`);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof RedisNotInstalledError) {
    process.stderr.write(`kyodo: ${error.message}\n`);
  } else {
    process.stderr.write(`kyodo: failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  }
  process.exit(1);
});
