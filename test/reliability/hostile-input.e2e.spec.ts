import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { ApiClient, type RunningSystem, startSystem, TEST_DB, waitFor } from '@kyodo/testing';
import { changedTables, DatabaseFingerprint, type Fingerprint } from './fuzz/db-fingerprint';
import { closeConnections, send } from './fuzz/http';
import { type Flaw, hostileRequests, type HostileRequest } from './fuzz/hostile-request';
import { operationsOf, type Operation } from './fuzz/openapi';
import { singleQueryRequests } from './fuzz/query-values';
import { type Population, populate, targetOf } from './fuzz/targets';

/**
 * Recorded so that any failure can be replayed exactly. Each operation runs
 * from its own seed (this one mixed with a hash of "METHOD /path"), so the
 * operations do not all draw the same sequence of choices.
 */
const SEED = 20_261_128;
const seedOf = (key: string) =>
  [...key].reduce((hash, char) => Math.imul(hash ^ char.charCodeAt(0), 16_777_619), SEED) | 0;
/** About a minute per database on two shared cores; the budget is six. */
const RUNS_PER_OPERATION = 300;

/**
 * What a request may be answered with, by the flaw it carries (a request with
 * two flaws may get either answer). 403 is absent on purpose: every operation
 * is called by a role allowed to call it, so a 403 would be a wrong answer.
 */
const EXPECTED: Record<Flaw, number[]> = {
  // no token, a forged or tampered one: 401, and never with the legitimate token
  auth: [401],
  // 404: an id that names nothing, or no id at all (the uuid pipe answers 404 like for any unknown id);
  // 400: a path that does not percent-decode, or an unknown stage; 414: a segment beyond Fastify's
  // maxParamLength (100; no id is that long); 431: a URL beyond Node's 16 KiB header limit;
  // 422: a consensus for a proposal that is not on the session's agenda (proposal_not_on_agenda)
  path: [400, 404, 414, 422, 431],
  // 400: the query DTO refuses the value or the unknown parameter; 431: a URL beyond the header limit
  query: [400, 431],
  // 400: not a version; 428: no If-Match at all
  'if-match': [400, 428],
  // 400: validation lists the fields; 413: hostile text pushed it past BODY_LIMIT_BYTES
  body: [400, 413],
  // 400: not JSON; 413: beyond BODY_LIMIT_BYTES; 415: a type no route parses;
  // 422: an attachment whose bytes are none of the accepted file types
  'raw-body': [400, 413, 415, 422],
  // Node's HTTP parser refuses it; the client-error handler answers a 400 problem
  framing: [400],
};

function problemOf(request: HostileRequest, status: number, contentType: string, text: string): string | null {
  if (status >= 500) return `${status} (server error)`;
  const expected = request.flaws.flatMap((flaw) => EXPECTED[flaw]);
  // Hostile text can push any body past BODY_LIMIT_BYTES (1 MiB by default): then 413 is right whatever the flaw.
  if (request.body !== undefined && Buffer.byteLength(request.body) > 1_048_576) expected.push(413);
  if (!expected.includes(status)) return `${status} where ${request.flaws.join('+')} expects ${[...new Set(expected)]}`;
  return notAProblem(status, contentType, text);
}

/** Why an answer is not an RFC 9457 problem document, or null when it is one. */
function notAProblem(status: number, contentType: string, text: string): string | null {
  if (!contentType.startsWith('application/problem+json')) return `${status} with content-type ${contentType}`;
  let body: { type?: unknown; title?: unknown; status?: unknown };
  try {
    body = JSON.parse(text);
  } catch {
    return `${status} problem body is not JSON: ${text.slice(0, 200)}`;
  }
  if (typeof body.type !== 'string' || typeof body.title !== 'string' || body.title === '' || body.status !== status) {
    return `${status} body is not an RFC 9457 problem: ${text.slice(0, 200)}`;
  }
  return null;
}

/**
 * A single-flaw query request: a value the document refuses is a 400 (431 when
 * the URL is past the header limit); one it allows may be answered (an empty
 * list, 404 for a code naming nothing), but never with a 5xx, and a refusal is
 * always a problem document.
 */
function singleQueryProblem(refused: boolean, status: number, contentType: string, text: string): string | null {
  if (status >= 500) return `${status} (server error)`;
  if (refused && ![400, 431].includes(status)) return `${status} for a value the document refuses (expects 400)`;
  return status >= 400 ? notAProblem(status, contentType, text) : null;
}

describe(`hostile input against every OpenAPI operation on ${TEST_DB}`, () => {
  let system: RunningSystem;
  let population: Population;
  let operations: Operation[];
  let database: DatabaseFingerprint;
  /** The single-flaw query figures, printed in the RELIABILITY line with the rest. */
  const singles = { requests: 0, serverErrors: 0, dbChanges: 0, seconds: 0, statuses: {} as Record<number, number> };
  const dataDir = mkdtempSync(join(tmpdir(), 'kyodo-fuzz-'));

  beforeAll(async () => {
    // Our own data directory, so that on PGlite we can read the launcher's database URL from it.
    system = await startSystem({ KYODO_DATA_DIR: dataDir });
    const api = new ApiClient(system.baseUrl);
    population = await populate(api);
    operations = operationsOf((await api.get('/api/openapi.json')).body);
    database = await DatabaseFingerprint.connect(
      system.databaseUrl ?? readFileSync(join(dataDir, 'pglite.url'), 'utf8'),
    );
    // The worker is still relaying the setup's outbox and sending its mail: wait until nothing moves.
    let last: string | undefined;
    await waitFor(
      async () => {
        const now = JSON.stringify(await database.take());
        const settled = now === last;
        last = now;
        return settled;
      },
      60_000,
      1000,
    );
  }, 180_000);

  afterAll(async () => {
    closeConnections();
    await database?.close();
    await system?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('derives its requests from bodies that pass validation, so each request fails on its own flaw', async () => {
    // With an id that names nothing as the only flaw, a valid body gets past validation to a 404;
    // a 400 here means the valid body of targets.ts no longer is one and the fuzz below has gone blunt.
    const before = await database.take();
    const answers: Record<string, number> = {};
    for (const operation of operations) {
      const target = targetOf(operation, population);
      if (!target.body || !operation.path.includes('{id}')) continue;
      const path = operation.path
        .replace('{id}', '00000000-0000-4000-8000-000000000000')
        .replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(target.pathValues[name]!));
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (target.token) headers.authorization = `Bearer ${target.token}`;
      if (target.ifMatch) headers['if-match'] = target.ifMatch;
      answers[operation.key] = (
        await send(system.baseUrl, operation.method, path, headers, JSON.stringify(target.body))
      ).status;
    }
    expect(Object.keys(answers).length).toBeGreaterThan(15);
    expect(Object.entries(answers).filter(([, status]) => status !== 404)).toEqual([]);
    expect(changedTables(before, await database.take())).toEqual([]);
  });

  it('answers one hostile value in any query parameter of a valid request without a 5xx, and changes nothing', async () => {
    const started = Date.now();
    // By operation and parameter: how many requests failed, and the first two of them in full.
    const failed = new Map<string, { count: number; examples: string[] }>();
    for (const operation of operations) {
      const requests = singleQueryRequests(operation, targetOf(operation, population));
      if (requests.length === 0) continue;
      const before = await database.take();
      for (const request of requests) {
        singles.requests++;
        const response = await send(system.baseUrl, request.method, request.path, request.headers, request.body);
        singles.statuses[response.status] = (singles.statuses[response.status] ?? 0) + 1;
        if (response.status >= 500) singles.serverErrors++;
        const problem = singleQueryProblem(request.refused, response.status, response.contentType, response.text);
        if (problem) {
          const entry = failed.get(`${operation.key} ?${request.parameter}`) ?? { count: 0, examples: [] };
          entry.count++;
          if (entry.examples.length < 2) {
            entry.examples.push(
              `${problem}\n  request: ${request.describe.slice(0, 400)}\n  response: ${response.text.slice(0, 300)}`,
            );
          }
          failed.set(`${operation.key} ?${request.parameter}`, entry);
        }
      }
      const changed = changedTables(before, await database.take());
      if (changed.length > 0) {
        singles.dbChanges++;
        failed.set(`${operation.key}: changed ${changed.join(', ')}`, { count: 1, examples: [] });
      }
    }
    singles.seconds = Math.round((Date.now() - started) / 1000);
    const failures = [...failed].map(([key, { count, examples }]) => `${key}: ${count} failed\n${examples.join('\n')}`);
    // Every operation with a query parameter took part (a new one needs no change here).
    expect(singles.requests).toBeGreaterThan(1000);
    expect(failures).toEqual([]);
  }, 180_000);

  it(
    'answers every hostile request with a 4xx problem and changes nothing',
    async () => {
      expect(operations.length).toBeGreaterThan(70);
      const failures: string[] = [];
      let inputs = 0;
      let serverErrors = 0;
      let dbChanges = 0;
      const statuses: Record<number, number> = {};
      for (const operation of operations) {
        const target = targetOf(operation, population);
        const before: Fingerprint = await database.take();
        let first: string | undefined;
        try {
          await fc.assert(
            fc.asyncProperty(hostileRequests(operation, target), async (request) => {
              inputs++;
              const response = await send(
                system.baseUrl,
                request.method,
                request.path,
                request.headers,
                request.body,
                request.rawHeaderLines,
              ).catch((error: Error) => {
                first = `no answer (${error.message})\n  request: ${request.describe}`;
                throw error;
              });
              statuses[response.status] = (statuses[response.status] ?? 0) + 1;
              if (response.status >= 500) serverErrors++;
              const problem = problemOf(request, response.status, response.contentType, response.text);
              if (problem) {
                first = `${problem}\n  request: ${request.describe}\n  response: ${response.text.slice(0, 300)}`;
                // A 500's cause is in the API's log, under the request id the problem names.
                const requestId = /"requestId":"([^"]+)"/.exec(response.text)?.[1];
                const log = system.output().split('\n');
                const at = requestId ? log.findIndex((line) => line.includes(requestId)) : -1;
                if (at >= 0) first += `\n  server log:\n${log.slice(Math.max(0, at - 2), at + 12).join('\n')}`;
                throw new Error(first);
              }
            }),
            // No shrinking: it would replay hundreds of requests against a server whose state the failure may have changed.
            { seed: seedOf(operation.key), numRuns: RUNS_PER_OPERATION, endOnFailure: true },
          );
        } catch (error) {
          // fast-check's own message leads with the whole counterexample; ours names the rule broken.
          failures.push(
            `${operation.key} (seed ${seedOf(operation.key)}): ${first ?? (error as Error).message.slice(0, 1500)}`,
          );
        }
        // Every table, none excluded: no rejected request has a right to write (failed logins are
        // counted only for well-formed logins, and every login sent here is malformed).
        const changed = changedTables(before, await database.take());
        if (changed.length > 0) {
          dbChanges++;
          failures.push(`${operation.key}: rejected requests changed ${changed.join(', ')}`);
        }
      }
      process.stdout.write(
        `RELIABILITY hostile-input ${TEST_DB}: operations=${operations.length} inputs=${inputs} 5xx=${serverErrors} db-changes=${dbChanges} statuses=${JSON.stringify(statuses)} query-singles=${singles.requests} query-singles-5xx=${singles.serverErrors} query-singles-db-changes=${singles.dbChanges} query-singles-seconds=${singles.seconds} query-singles-statuses=${JSON.stringify(singles.statuses)}\n`,
      );
      expect(failures).toEqual([]);
    },
    6 * 60_000,
  );
});
