import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST, freePort, waitFor } from '@kyodo/testing';
import { load } from './http-load';

/** The resident memory of a process, from /proc (Linux), in MB; 0 once it is gone. */
function rssMb(pid: number): number {
  try {
    const line = readFileSync(`/proc/${pid}/status`, 'utf8')
      .split('\n')
      .find((l) => l.startsWith('VmRSS:'));
    return line ? Number(line.replace(/\D+/g, '')) / 1024 : 0;
  } catch {
    return 0;
  }
}

/** The launcher's children (API, worker, redis-server) by their command line. */
function children(pid: number): Array<{ pid: number; name: string }> {
  const found: Array<{ pid: number; name: string }> = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid !== pid) continue;
      const cmd = readFileSync(`/proc/${entry}/cmdline`, 'utf8').replace(/\0/g, ' ');
      const name = /kyodo-api|apps\/api\//.test(cmd)
        ? 'API'
        : /kyodo-worker|apps\/worker\//.test(cmd)
          ? 'worker'
          : cmd.includes('redis')
            ? 'Redis'
            : cmd.trim();
      found.push({ pid: Number(entry), name });
    } catch {
      // gone meanwhile
    }
  }
  return found;
}

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
      for (const child of children(launcher.pid!)) all[child.name] = rssMb(child.pid);
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
