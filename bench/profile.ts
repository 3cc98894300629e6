import 'reflect-metadata';
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { freePort, ROOT, startSystem } from '@kyodo/testing';
import { load } from './http-load';
import { callTree, type CpuProfile, flameGraphSvg, heaviest } from './flame-graph';
import { childrenOf, cpuMs, launchedProcessName } from './proc';
import { PROFILE_TARGETS } from './profile-targets';

/**
 * `npm run profile [-- <route>]`: where a read's time goes. Starts the system on PostgreSQL with the API under
 * `--cpu-prof`, loads the route (bench/profile-targets.ts: `calls`, the default, or `public-record`), and beside it
 * bare Fastify + pg with the same queries; writes docs/<doc>.md (CPU per request of each process, the heaviest
 * functions) and docs/profiles/<doc>.svg.
 *
 * CPU time per request, read from /proc for the server process and for its PostgreSQL backends, is steadier than
 * requests per second on a shared machine: it does not fall when another process takes the cores.
 */
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);

interface PerRequest {
  requestsPerSecond: number;
  serverMs: number;
  databaseMs: number;
}

async function measure(
  url: string,
  headers: Record<string, string>,
  serverPid: number,
  backends: () => Promise<number[]>,
): Promise<PerRequest> {
  const sum = (pids: number[]) => pids.reduce((total, pid) => total + cpuMs(pid), 0);
  const before = { server: cpuMs(serverPid), database: sum(await backends()) };
  const result = await load(url, headers, SECONDS);
  const requests = result.requestsPerSecond * SECONDS;
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`${url}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return {
    requestsPerSecond: result.requestsPerSecond,
    serverMs: (cpuMs(serverPid) - before.server) / requests,
    databaseMs: (sum(await backends()) - before.database) / requests,
  };
}

async function main(): Promise<void> {
  const name = process.argv[2] ?? 'calls';
  const target = PROFILE_TARGETS.find((t) => t.name === name);
  if (!target) throw new Error(`no such route to profile: ${name} (${PROFILE_TARGETS.map((t) => t.name).join(', ')})`);
  const profiles = mkdtempSync(join(tmpdir(), 'kyodo-profile-'));
  const system = await startSystem({ LOG_LEVEL: 'error', NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${profiles}` });
  let baseline: ChildProcess | undefined;
  const admin = new Client({ connectionString: system.databaseUrl });
  let apiPid = 0;
  let rows: { kyodo: PerRequest; bare: PerRequest };
  try {
    await admin.connect();
    const database = new URL(system.databaseUrl!).pathname.slice(1);
    const backends = async () =>
      (
        await admin.query<{ pid: number }>(
          'SELECT pid FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
          [database],
        )
      ).rows.map((r) => r.pid);
    apiPid = childrenOf(system.pid).find((child) => launchedProcessName(child.cmd) === 'API')!.pid;
    const port = await freePort();
    baseline = spawn(
      process.execPath,
      [join(__dirname, 'baseline-server.js'), system.databaseUrl!, String(port), '10'],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    await new Promise<void>((resolve) => baseline!.stdout!.once('data', () => resolve()));
    const route = await target.prepare(system);
    await load(route.kyodoUrl, route.headers, 2); // warm: first requests compile and prepare
    rows = {
      kyodo: await measure(route.kyodoUrl, route.headers, apiPid, backends),
      bare: await measure(`http://127.0.0.1:${port}${route.barePath}`, {}, baseline.pid!, backends),
    };
  } finally {
    baseline?.kill('SIGTERM');
    await admin.end().catch(() => undefined);
    await system.stop();
  }
  const file = readdirSync(profiles).find((name) => name.includes(`.${apiPid}.`));
  if (!file) throw new Error(`no CPU profile of the API (pid ${apiPid}) in ${profiles}`);
  const raw = readFileSync(join(profiles, file), 'utf8');
  rmSync(profiles, { recursive: true, force: true });
  // Kept for a closer look (Chrome DevTools › Performance › Load profile).
  const kept = join(tmpdir(), `kyodo-api-${target.name}.cpuprofile`);
  writeFileSync(kept, raw);
  const { root, gcMs, requestMs } = callTree(JSON.parse(raw) as CpuProfile);
  mkdirSync(join(ROOT, 'docs/profiles'), { recursive: true });
  writeFileSync(
    join(ROOT, `docs/profiles/${target.doc}.svg`),
    flameGraphSvg(root, `API process, ${target.route} under load (start-up and idle left out)`),
  );
  const { kyodo, bare } = rows;
  const line = (what: string, r: PerRequest) =>
    `| ${what} | ${Math.round(r.requestsPerSecond)} | ${r.serverMs.toFixed(3)} ms | ${r.databaseMs.toFixed(3)} ms | ${(r.serverMs + r.databaseMs).toFixed(3)} ms |`;
  const doc = `# ${target.heading}

Written by \`npm run profile\` (${new Date().toISOString().slice(0, 10)}, ${process.version}): the system on PostgreSQL,
the API process under \`--cpu-prof\` (which slows it), ${target.route} loaded for ${SECONDS} s by 32 connections,
then bare Fastify + pg answering the same query. CPU per request is read from /proc for the server process and for its
PostgreSQL backends; unlike requests per second it hardly moves when other work shares the machine.

| server | req/s | server CPU per request | PostgreSQL CPU per request | together |
|---|---|---|---|---|
${line('Kyodo API (profiled)', kyodo)}
${line('bare Fastify + pg', bare)}

${target.history}

![flame graph](profiles/${target.doc}.svg)

Blue: Kyodo's code; orange: packages; grey: Node.js; red: native (system calls). The garbage collector took
${gcMs.toFixed(0)} ms of ${requestMs.toFixed(0)} ms of request work.

Heaviest functions by their own time:

| function | ms | share |
|---|---|---|
${heaviest(root, 20)
  .map(
    (f) => `| \`${f.name.replace(/\|/g, '\\|')}\` | ${f.ms.toFixed(0)} | ${((100 * f.ms) / requestMs).toFixed(1)}% |`,
  )
  .join('\n')}
`;
  writeFileSync(join(ROOT, `docs/${target.doc}.md`), doc);
  process.stdout.write(`${doc}\n(the API's profile: ${kept})\n`);
}

void main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
