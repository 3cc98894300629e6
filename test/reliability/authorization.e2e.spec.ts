import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TEST_SETTINGS } from '@kyodo/config';
import { ACTORS, ROOT, type RunningSystem, startSystem, TEST_DB } from '@kyodo/testing';
import { authorizationDoc } from './authorization/authorization-doc';
import { expectation, MATRIX, type MatrixRow, type Outcome } from './authorization/matrix';
import { buildWorld, type World } from './authorization/world';

const DOC = join(ROOT, 'docs/authorization.md');

/** A refusal is exactly the expected status; an allowed call is anything but a refusal of who is asking. */
function matches(expected: Outcome, status: number, probe = false): boolean {
  if (expected === 'allow') return (status < 500 || (probe && status === 503)) && ![401, 403, 404].includes(status);
  return status === expected;
}

// Refusals first, so that what an allowed call changes cannot change what a refused one sees.
const order = (row: MatrixRow) =>
  [...ACTORS].sort((a, b) => Number(expectation(row, a) === 'allow') - Number(expectation(row, b) === 'allow'));

describe(`authorization matrix on ${TEST_DB}`, () => {
  let system: RunningSystem;
  let world: World;

  beforeAll(async () => {
    system = await startSystem({ LOG_LEVEL: 'error' });
    world = await buildWorld(system.baseUrl, system.dataDir);
  });

  afterAll(async () => {
    await system?.stop();
  });

  it('answers every cell as the matrix says: no unexpected allow, no unexpected refusal', async () => {
    const wrong: string[] = [];
    let cells = 0;
    for (const row of MATRIX) {
      for (const actor of order(row)) {
        const request = await row.request(world);
        const client = world.clients[actor];
        const response = await client.request(request.method, request.path, request.body, request.headers ?? {});
        cells++;
        const expected = expectation(row, actor);
        const ok = matches(expected, response.status, row.probe);
        const leaked =
          ok && expected === 'allow' && row.hidden && row.hiddenFrom?.includes(actor)
            ? JSON.stringify(response.body).includes(row.hidden(world))
            : false;
        if (!ok || leaked) {
          wrong.push(
            `${row.operation} [${row.target}] as ${actor}: expected ${expected}, got ${response.status}${leaked ? ' and saw what it must not' : ''} ${JSON.stringify(response.body)?.slice(0, 160)}`,
          );
        }
        // A refusal says why, as a problem document.
        if (!ok || expected === 'allow') continue;
        expect(response.headers.get('content-type')).toContain('application/problem+json');
      }
    }
    process.stdout.write(
      `RELIABILITY authorization ${TEST_DB}: rows=${MATRIX.length} cells=${cells} wrong=${wrong.length}\n`,
    );
    expect(wrong).toEqual([]);
    // Two thousand and more requests one after another: on a loaded 2-core machine this passed 120 s.
  }, 600_000);

  it('has a row for every operation of the OpenAPI document', async () => {
    const openapi = (await world.clients.anonymous.get('/api/openapi.json')).body as {
      paths: Record<string, Record<string, unknown>>;
    };
    const served = Object.entries(openapi.paths).flatMap(([path, item]) =>
      Object.keys(item)
        .filter((m) => ['get', 'post', 'put', 'patch', 'delete'].includes(m))
        .map((m) => `${m.toUpperCase()} ${path}`),
    );
    const covered = new Set(MATRIX.map((row) => row.operation));
    expect(served.filter((operation) => !covered.has(operation))).toEqual([]);
  });

  it('keeps docs/authorization.md generated from this table', () => {
    const generated = authorizationDoc(MATRIX);
    if (TEST_SETTINGS.writeDocs) writeFileSync(DOC, generated);
    expect(readFileSync(DOC, 'utf8')).toBe(generated);
  });
});
