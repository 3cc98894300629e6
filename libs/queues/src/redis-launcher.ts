import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { Redis } from 'ioredis';

export class RedisNotInstalledError extends Error {
  constructor() {
    super(
      [
        'No REDIS_URL is set and no redis-server was found on PATH.',
        'Install Redis (Debian/Ubuntu: `sudo apt-get install redis-server`; macOS: `brew install redis`)',
        'or point Kyodo at a running server with REDIS_URL=redis://host:6379.',
        'REDIS_URL が未設定で、redis-server も見つかりません。Redis をインストールするか REDIS_URL を指定してください。',
      ].join('\n'),
    );
  }
}

export interface LaunchedRedis {
  url: string;
  stop(): Promise<void>;
  /** For fault tests: kill it hard, as a crash would. */
  kill(signal: NodeJS.Signals): Promise<void>;
}

export function findRedisServer(): string | null {
  const found = spawnSync('sh', ['-c', 'command -v redis-server'], { encoding: 'utf8' });
  const path = found.stdout.trim();
  return found.status === 0 && path ? path : null;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Starts a private redis-server on a free loopback port with its files under `<dataDir>/redis`. */
export async function launchRedis(dataDir: string, fixedPort?: number): Promise<LaunchedRedis> {
  const binary = findRedisServer();
  if (!binary) throw new RedisNotInstalledError();
  const dir = join(dataDir, 'redis');
  mkdirSync(dir, { recursive: true });
  const port = fixedPort ?? (await freePort());
  const child: ChildProcess = spawn(
    binary,
    [
      '--bind',
      '127.0.0.1',
      '--port',
      String(port),
      '--dir',
      dir,
      '--appendonly',
      'yes',
      '--save',
      '',
      '--daemonize',
      'no',
    ],
    { stdio: 'ignore' },
  );
  const url = `redis://127.0.0.1:${port}`;
  await waitForPing(url, child);
  const kill = (signal: NodeJS.Signals) =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill(signal);
    });
  return { url, stop: () => kill('SIGTERM'), kill };
}

async function waitForPing(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`redis-server exited with code ${child.exitCode}`);
    const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    try {
      await client.connect();
      if ((await client.ping()) === 'PONG') return;
    } catch {
      // not up yet
    } finally {
      client.disconnect();
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('redis-server did not answer within 10 s');
}
