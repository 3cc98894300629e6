import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { ApiClient, contractOf, type RunningSystem, startSystem, TEST_DB, waitFor } from '@kyodo/testing';
import { singleBodyRequests, type SingleBodyRequest } from './fuzz/body-values';
import { changedTables, DatabaseFingerprint, type Fingerprint } from './fuzz/db-fingerprint';
import { closeConnections, type RawResponse, send } from './fuzz/http';
import { type Flaw, hostileRequests, type HostileRequest } from './fuzz/hostile-request';
import { operationsOf, type Operation } from './fuzz/openapi';
import { singleQueryRequests } from './fuzz/query-values';
import type { Target } from './fuzz/flaw-types';
import { type Population, populate, targetOf } from './fuzz/targets';

/**
 * Recorded so that any failure can be replayed exactly. Each operation runs
 * from its own seed (this one mixed with a hash of "METHOD /path"), so the
 * operations do not all draw the same sequence of choices.
 */
const SEED = 20_261_128;
const seedOf = (key: string) =>
  [...key].reduce((hash, char) => Math.imul(hash ^ char.charCodeAt(0), 16_777_619), SEED) | 0;
/**
 * About three minutes per database on two shared cores for 124 operations (37,200 requests); the budget is ten, for a
 * machine busy with other work.
 */
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

/**
 * A single-flaw body request: a value the document refuses is a 400 (413 when
 * it pushed the body past BODY_LIMIT_BYTES); one it allows may be accepted or
 * refused by the service, but never with a 5xx, and a refusal is a problem.
 */
function singleBodyProblem(request: SingleBodyRequest, response: RawResponse): string | null {
  const { status, contentType, text } = response;
  if (status >= 500) return `${status} (server error)`;
  if (request.refused) {
    const tooLarge = request.body !== undefined && Buffer.byteLength(request.body) > 1_048_576;
    if (status !== 400 && !(tooLarge && status === 413))
      return `${status} for a value the document refuses (expects 400)`;
  }
  return status >= 400 ? notAProblem(status, contentType, text) : null;
}

/**
 * Operations whose accepted values change what the valid requests of others
 * stand on: a WITHDRAW with a hostile reason withdraws the draft that the
 * proposal PATCH edits; new activity fields replace the keys a proposal's
 * content names. Their allowed values go last, so every other operation's
 * allowed values meet the world as it was set up.
 */
const ALLOWED_LAST = ['PUT /api/v1/activity-fields', 'POST /api/v1/proposals/{id}/events'];

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

  /** The API's log around the request id a problem names (a 500's cause is there), or nothing. */
  function serverLogOf(text: string): string {
    const requestId = /"requestId":"([^"]+)"/.exec(text)?.[1];
    const log = system.output().split('\n');
    const at = requestId ? log.findIndex((line) => line.includes(requestId)) : -1;
    return at >= 0 ? `\n  server log:\n${log.slice(Math.max(0, at - 2), at + 12).join('\n')}` : '';
  }

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
                first += serverLogOf(response.text);
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
    10 * 60_000,
  );

  // Last: the values the document allows are accepted and written, and this suite's other tests hold every
  // request to changing nothing.
  it(
    'answers one hostile value in any field of a valid JSON body: a refused one with a 400 that changes nothing, an allowed one without a 5xx',
    async () => {
      const started = Date.now();
      const contract = await contractOf(system.baseUrl);
      const figures = {
        requests: 0,
        refused: 0,
        serverErrors: 0,
        dbChanges: 0,
        statuses: {} as Record<number, number>,
      };
      const failed = new Map<string, { count: number; examples: string[] }>();
      const fail = (key: string, text: string) => {
        const entry = failed.get(key) ?? { count: 0, examples: [] };
        entry.count++;
        if (entry.examples.length < 2 && text) entry.examples.push(text);
        failed.set(key, entry);
      };
      const sendOne = async (operation: Operation, request: SingleBodyRequest) => {
        figures.requests++;
        const response = await send(system.baseUrl, request.method, request.path, request.headers, request.body).catch(
          (error: Error): RawResponse => ({ status: 0, contentType: '', text: `no answer (${error.message})` }),
        );
        figures.statuses[response.status] = (figures.statuses[response.status] ?? 0) + 1;
        if (response.status >= 500) figures.serverErrors++;
        let parsed: unknown;
        try {
          parsed = response.text ? JSON.parse(response.text) : undefined;
        } catch {
          // not JSON: the contract holds JSON answers only
        }
        const problem =
          (response.status === 0 ? response.text : null) ??
          singleBodyProblem(request, response) ??
          (contract.check(request.method, request.path, response.status, response.contentType, parsed).join('; ') ||
            null);
        if (problem) {
          fail(
            `${operation.key} ${request.field}`,
            `${problem}\n  request: ${request.describe.slice(0, 400)}\n  response: ${response.text.slice(0, 300)}${serverLogOf(response.text)}`,
          );
        }
        return response;
      };
      const cases = operations
        .filter((operation) => operation.jsonBody)
        .map((operation) => {
          const target = targetOf(operation, population);
          return { operation, target, ...singleBodyRequests(operation, target, seedOf(operation.key)) };
        });

      // The refused values, an operation at a time: none may change anything.
      for (const { operation, requests } of cases) {
        const before = await database.take();
        for (const request of requests.filter((r) => r.refused)) {
          figures.refused++;
          await sendOne(operation, request);
        }
        const changed = changedTables(before, await database.take());
        if (changed.length > 0) {
          figures.dbChanges++;
          fail(`${operation.key}: refused values changed ${changed.join(', ')}`, '');
        }
      }

      // The allowed values, with the current version in If-Match, so that an accepted one does not turn
      // the rest of its operation into 412s that never reach the service.
      const currentVersion = async (operation: Operation, target: Target) => {
        const resource = operation.path.startsWith('/api/v1/calls')
          ? `/api/v1/calls/${population.x.callId}`
          : `/api/v1/proposals/${target.pathValues.id}`;
        const response = await send(system.baseUrl, 'GET', resource, { authorization: `Bearer ${target.token}` });
        return `"${JSON.parse(response.text).version}"`;
      };
      const order = (key: string) => ALLOWED_LAST.indexOf(key);
      for (const { operation, target, requests } of [...cases].sort(
        (a, b) => order(a.operation.key) - order(b.operation.key),
      )) {
        let ifMatch = target.ifMatch ? await currentVersion(operation, target) : undefined;
        for (const request of requests.filter((r) => !r.refused)) {
          if (ifMatch) request.headers['if-match'] = ifMatch;
          const response = await sendOne(operation, request);
          if (ifMatch && response.status < 300) ifMatch = await currentVersion(operation, target);
        }
      }

      const seconds = Math.round((Date.now() - started) / 1000);
      const values = new Set(cases.flatMap(({ requests }) => requests.map((r) => r.value))).size;
      const sum = (count: (c: (typeof cases)[number]) => number) => cases.reduce((n, c) => n + count(c), 0);
      process.stdout.write(
        `RELIABILITY hostile-input-body ${TEST_DB}: operations=${cases.length} fields=${sum((c) => c.slots.length)} values=${values} candidates=${sum((c) => c.candidates)} requests=${figures.requests} refused=${figures.refused} allowed=${figures.requests - figures.refused} 5xx=${figures.serverErrors} db-changes=${figures.dbChanges} seconds=${seconds} statuses=${JSON.stringify(figures.statuses)}\n`,
      );
      const failures = [...failed].map(
        ([key, { count, examples }]) => `${key}: ${count} failed\n${examples.join('\n')}`,
      );
      // Every operation with a JSON body took part, with both kinds of value.
      expect(cases.length).toBeGreaterThan(25);
      expect(figures.refused).toBeGreaterThan(500);
      expect(figures.requests - figures.refused).toBeGreaterThan(1000);
      expect(failures).toEqual([]);
    },
    15 * 60_000,
  );
});
