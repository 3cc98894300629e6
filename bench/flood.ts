import { Worker } from 'node:worker_threads';
import { load, type LoadResult } from './http-load';

/** The review's body (issue 15): 60,000 unknown keys, 878 KB, under the 1 MB body limit. */
const FLOOD_KEYS = 60_000;
const PARALLEL_FLOODS = 6;
/** One connection, as a liveness probe asks: its latency, not the route's throughput, is what a flood must not hurt. */
const PROBES = 1;

export interface HealthUnderFlood {
  idle: LoadResult;
  flooded: LoadResult;
  floodsPerSecond: number;
  /** How the floods were answered: status → count (0: no answer). */
  floodStatuses: Record<number, number>;
}

/**
 * The six senders run in a worker thread of their own: in the probe's thread
 * their 878 KB bodies delayed the probe's own timer and inflated its p99.
 * Plain JavaScript (the worker is evaluated, not compiled); it builds the
 * body, floods until told to stop, and answers the status counts.
 */
const SENDERS = `
const { parentPort, workerData } = require('node:worker_threads');
const body = {};
for (let i = 0; i < workerData.keys; i++) body['k' + i] = i;
const text = JSON.stringify(body);
const statuses = {};
let flooding = true;
parentPort.once('message', () => (flooding = false));
const flood = async () => {
  while (flooding) {
    // A refused connection counts as status 0: a failed flood must not end the measurement.
    const status = await fetch(workerData.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: text })
      .then(async (response) => (await response.arrayBuffer(), response.status), () => 0);
    statuses[status] = (statuses[status] || 0) + 1;
  }
};
parentPort.postMessage('started');
Promise.all(Array.from({ length: workerData.parallel }, flood)).then(() => parentPort.postMessage(statuses));
`;

/**
 * `/health/live` probed idle, then again while six loops post the flood to
 * the anonymous login route back to back for the whole measurement.
 */
export async function healthUnderFlood(baseUrl: string, seconds: number): Promise<HealthUnderFlood> {
  const probe = `${baseUrl}/health/live`;
  const idle = await load(probe, {}, seconds, PROBES);
  const senders = new Worker(SENDERS, {
    eval: true,
    workerData: { url: `${baseUrl}/api/v1/auth/login`, keys: FLOOD_KEYS, parallel: PARALLEL_FLOODS },
  });
  await new Promise((resolve) => senders.once('message', resolve));
  const started = Date.now();
  let flooded: LoadResult;
  let floodStatuses: Record<number, number>;
  try {
    flooded = await load(probe, {}, seconds, PROBES);
  } finally {
    const counted = new Promise<Record<number, number>>((resolve) => senders.once('message', resolve));
    senders.postMessage('stop');
    floodStatuses = await counted;
    await senders.terminate();
  }
  const answered = Object.values(floodStatuses).reduce((sum, n) => sum + n, 0);
  return { idle, flooded, floodsPerSecond: answered / ((Date.now() - started) / 1000), floodStatuses };
}
