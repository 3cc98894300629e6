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

function floodBody(): string {
  const body: Record<string, number> = {};
  for (let i = 0; i < FLOOD_KEYS; i++) body[`k${i}`] = i;
  return JSON.stringify(body);
}

/**
 * `/health/live` probed idle, then again while six loops post the flood to
 * the anonymous login route back to back for the whole measurement.
 */
export async function healthUnderFlood(baseUrl: string, seconds: number): Promise<HealthUnderFlood> {
  const probe = `${baseUrl}/health/live`;
  const idle = await load(probe, {}, seconds, PROBES);
  const body = floodBody();
  const floodStatuses: Record<number, number> = {};
  let flooding = true;
  let answered = 0;
  const flood = async () => {
    while (flooding) {
      // A refused connection counts as status 0: a failed flood must not end the measurement.
      const status = await fetch(`${baseUrl}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      }).then(
        async (response) => (await response.arrayBuffer(), response.status),
        () => 0,
      );
      floodStatuses[status] = (floodStatuses[status] ?? 0) + 1;
      answered++;
    }
  };
  const started = Date.now();
  const floods = Array.from({ length: PARALLEL_FLOODS }, flood);
  let flooded: LoadResult;
  try {
    flooded = await load(probe, {}, seconds, PROBES);
  } finally {
    flooding = false;
    await Promise.all(floods);
  }
  return { idle, flooded, floodsPerSecond: answered / ((Date.now() - started) / 1000), floodStatuses };
}
