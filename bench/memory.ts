import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST, freePort, waitFor } from '@kyodo/testing';
import { load } from './http-load';
import { childrenOf, launchedProcessName, rssMb } from './proc';

export interface MemoryRows {
  atRest: Record<string, number>;
  underLoad: Record<string, number>;
  requestsPerSecond: number;
}

/**
 * Issue 20: the memory of the embedded default (`npm start`: the launcher with PGlite in it, its own redis-server,
 * one API, one worker) at rest — 10 s after ready — and its peak while the public reads are loaded for 8 s.
 */
export async function embeddedMemory(): Promise<MemoryRows> {
  const dataDir = mkdtempSync(join(tmpdir(), 'kyodo-memory-'));
  const port = await freePort();
  const launcher: ChildProcess = spawn(process.execPath, [join(DIST, 'apps/launcher/src/main.js')], {
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      PORT: String(port),
      HOST: '127.0.0.1',
      KYODO_DATA_DIR: dataDir,
      LOG_LEVEL: 'error',
    },
    stdio: 'ignore',
  });
  const base = `http://127.0.0.1:${port}`;
  try {
    await waitFor(async () => (await fetch(`${base}/health/ready`).catch(() => null))?.status === 200, 180_000);
    await new Promise((done) => setTimeout(done, 10_000));
    const measure = () => {
      const all: Record<string, number> = { launcher: rssMb(launcher.pid!) };
      for (const child of childrenOf(launcher.pid!)) all[launchedProcessName(child.cmd)] = rssMb(child.pid);
      return all;
    };
    const atRest = measure();
    const underLoad: Record<string, number> = {};
    const sampler = setInterval(() => {
      for (const [name, mb] of Object.entries(measure())) underLoad[name] = Math.max(underLoad[name] ?? 0, mb);
    }, 200);
    const result = await load(`${base}/api/v1/public/municipalities`, {}, 8);
    clearInterval(sampler);
    return { atRest, underLoad, requestsPerSecond: result.requestsPerSecond };
  } finally {
    await new Promise((done) => {
      launcher.once('exit', done);
      launcher.kill('SIGTERM');
    });
    rmSync(dataDir, { recursive: true, force: true });
  }
}
