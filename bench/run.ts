import 'reflect-metadata';
import { type ChildProcess, spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { createDataSource, migrate } from '@kyodo/persistence';
import {
  ApiClient,
  createMunicipality,
  createTestDatabase,
  freePort,
  ROOT,
  startSystem,
  waitFor,
} from '@kyodo/testing';
import { load, type LoadResult } from './http-load';
import { aggregationBench } from './aggregation';
import { notificationThroughput, smtpFanOut } from './notifications';
import { rawAddBulkThroughput, relayThroughput } from './relay-throughput';
import { NOTIFICATION_CONCURRENCY } from '@kyodo/queues';

/**
 * `npm run bench`: each measurement beside a baseline measured in the same
 * run on the same machine, reported as a ratio. Prints a Markdown table and
 * writes it to docs/benchmarks.md.
 */
interface Row {
  what: string;
  kyodo: string;
  baseline: string;
  ratio: number;
  note: string;
}

const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const fmt = (r: LoadResult) => `${Math.round(r.requestsPerSecond)} req/s (p50 ${r.p50} ms, p99 ${r.p99} ms)`;

async function startBaseline(databaseUrl: string): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(process.execPath, [join(__dirname, 'baseline-server.js'), databaseUrl, String(port), '10'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve) => child.stdout!.once('data', () => resolve()));
  return { url: `http://127.0.0.1:${port}`, child };
}

async function main(): Promise<void> {
  process.env.KYODO_TEST_DB ??= 'postgres';
  const rows: Row[] = [];
  const system = await startSystem({ LOG_LEVEL: 'error' });
  const databaseUrl = system.databaseUrl!;
  const redisUrl = system.redisUrl!;
  try {
    const api = new ApiClient(system.baseUrl);
    const fixture = await createMunicipality(api, 'ベンチ市');
    const token = fixture.secretariat.token!;
    const baseline = await startBaseline(databaseUrl);
    try {
      await waitFor(async () => (await fetch(`${baseline.url}/live`)).ok);
      const kyodoLive = await load(`${system.baseUrl}/health/live`, {}, SECONDS);
      const bareLive = await load(`${baseline.url}/live`, {}, SECONDS);
      rows.push({
        what: 'GET /health/live',
        kyodo: fmt(kyodoLive),
        baseline: `bare Fastify: ${fmt(bareLive)}`,
        ratio: kyodoLive.requestsPerSecond / bareLive.requestsPerSecond,
        note: 'helmet, request ids, global guard',
      });
      const kyodoCalls = await load(`${system.baseUrl}/api/v1/calls`, { authorization: `Bearer ${token}` }, SECONDS);
      const bareCalls = await load(`${baseline.url}/calls/${fixture.municipalityId}`, {}, SECONDS);
      rows.push({
        what: 'GET /api/v1/calls (authenticated)',
        kyodo: fmt(kyodoCalls),
        baseline: `bare Fastify + pg, same query: ${fmt(bareCalls)}`,
        ratio: kyodoCalls.requestsPerSecond / bareCalls.requestsPerSecond,
        note: `token check + actor load (1 query) + the query; non-2xx: ${kyodoCalls.non2xx}`,
      });
    } finally {
      baseline.child.kill('SIGTERM');
    }
  } finally {
    await system.stop();
  }

  const database = await createTestDatabase();
  const dataSource = createDataSource({ url: database.url, poolSize: 4 });
  await dataSource.initialize();
  await migrate(dataSource);
  try {
    const count = Number(process.env.BENCH_RELAY_JOBS ?? 20_000);
    const relay = await relayThroughput(dataSource, redisUrl, count);
    const raw = await rawAddBulkThroughput(redisUrl, count);
    rows.push({
      what: `outbox relay, ${count} jobs`,
      kyodo: `${Math.round(relay.perSecond)} jobs/s`,
      baseline: `raw BullMQ addBulk: ${Math.round(raw.perSecond)} jobs/s`,
      ratio: relay.perSecond / raw.perSecond,
      note: 'claim (SKIP LOCKED) + addBulk + mark sent, batches of 500',
    });
    const aggregation = await aggregationBench(dataSource, Number(process.env.BENCH_PROPOSALS ?? 2000));
    rows.push({
      what: `aggregation of a call: ${aggregation.proposals} proposals × 7 reviewers × 10 criteria`,
      kyodo: `${Math.round(aggregation.kyodoMs)} ms`,
      baseline: `plain SQL (avg, median, min, max, σ, rank): ${Math.round(aggregation.sqlMs)} ms`,
      ratio: aggregation.sqlMs / aggregation.kyodoMs,
      note: 'exact fractions, ties reported, leniency, both conflict rules; ratio = SQL time ÷ Kyodo time',
    });
    const channel = await notificationThroughput(dataSource, redisUrl, Number(process.env.BENCH_NOTIFY_JOBS ?? 10_000));
    rows.push({
      what: 'notification pipeline, no-op channel',
      kyodo: `${Math.round(channel.kyodo)} jobs/s`,
      baseline: `raw BullMQ worker (empty processor): ${Math.round(channel.raw)} jobs/s`,
      ratio: channel.kyodo / channel.raw,
      note: `both at concurrency ${NOTIFICATION_CONCURRENCY}; reload proposal, recipients and preferences, render ja/en, in-app insert, delivery key claimed and marked, in batches (4 statements per batch); target ≥ 0.5`,
    });
    const fan = await smtpFanOut(dataSource, redisUrl, 1000, 10);
    rows.push({
      what: `fan-out of ${fan.delivered} e-mails to a real SMTP server`,
      kyodo: `${Math.round(fan.delivered / fan.seconds)} mails/s (${fan.seconds.toFixed(1)} s)`,
      baseline: '—',
      ratio: fan.unique === fan.delivered && fan.delivered === 10_000 ? 1 : 0,
      note: `delivered ${fan.delivered}, distinct Message-IDs ${fan.unique} (ratio 1.00 = all delivered, none twice)`,
    });
  } finally {
    await dataSource.destroy();
    await database.drop();
  }

  const table = [
    '| measurement | Kyodo | baseline (same run) | ratio | note |',
    '|---|---|---|---|---|',
    ...rows.map((r) => `| ${r.what} | ${r.kyodo} | ${r.baseline} | ${r.ratio.toFixed(2)} | ${r.note} |`),
  ].join('\n');
  const doc = [
    '# Benchmarks',
    '',
    'Written by `npm run bench`. Each row is measured beside its baseline in the same run on the same',
    'machine; the ratio is Kyodo ÷ baseline (higher is better, 1.00 = as fast as the baseline).',
    `Load: autocannon, 32 connections, ${SECONDS} s per route, from the same machine.`,
    '',
    `Last run: ${new Date().toISOString().slice(0, 10)}, ${process.version}, ${cpus().length} cores, PostgreSQL server + Redis on loopback.`,
    '',
    table,
    '',
  ].join('\n');
  writeFileSync(join(ROOT, 'docs/benchmarks.md'), doc);
  process.stdout.write(`\n${table}\n\nwritten to docs/benchmarks.md\n`);
  // Pooled SMTP and Redis connections of the measured parts may linger; the run is over.
  process.exit(0);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? error.stack : error}\n`);
  process.exit(1);
});
