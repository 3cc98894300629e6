import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inheritedEnvironment } from '@kyodo/config';
import { ApiClient } from './api-client';
import { DIST, freePort, waitFor } from './system';

export interface PublicFace {
  client: ApiClient;
  /** What the process wrote to standard output and error so far. */
  output(): string;
  stop(): Promise<void>;
}

/**
 * An API process started as the public face only (API_FACE=public) on the given database — a read-only role, a
 * replica — with its own data directory, ready when it answers /health/live.
 */
export async function startPublicFace(settings: {
  databaseUrl: string;
  redisUrl: string;
  queuePrefix?: string;
}): Promise<PublicFace> {
  const dataDir = mkdtempSync(join(tmpdir(), 'kyodo-public-face-'));
  const port = await freePort();
  let output = '';
  const child: ChildProcess = spawn(process.execPath, [join(DIST, 'apps/api/src/main.js')], {
    env: {
      ...inheritedEnvironment(),
      NODE_ENV: 'test',
      API_FACE: 'public',
      HOST: '127.0.0.1',
      PORT: String(port),
      LOG_LEVEL: 'error',
      DATABASE_URL: settings.databaseUrl,
      REDIS_URL: settings.redisUrl,
      KYODO_DATA_DIR: dataDir,
      ...(settings.queuePrefix ? { KYODO_QUEUE_PREFIX: settings.queuePrefix } : {}),
      RATE_LIMIT_PUBLIC_MAX: '1000000',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      await new Promise((done) => {
        child.once('exit', done);
        child.kill('SIGTERM');
      });
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  const client = new ApiClient(`http://127.0.0.1:${port}`);
  try {
    await waitFor(async () => {
      if (child.exitCode !== null) throw new Error(`the public face exited ${child.exitCode}:\n${output}`);
      return (await fetch(`${client.baseUrl}/health/live`).catch(() => null))?.status === 200;
    }, 60_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { client, output: () => output, stop };
}
