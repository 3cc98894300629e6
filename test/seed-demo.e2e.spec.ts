import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { DIST, type RunningSystem, startSystem, waitFor } from '@kyodo/testing';

const run = promisify(execFile);
const CODE = 'demo-kagayaki';

/**
 * `npm run seed:demo` against a running system: a newcomer opening the public pages finds a finished past year — its
 * decisions of every kind with scores and 講評, and the adopted projects' progress and published end-of-term
 * assessment — and a second run changes nothing.
 */
describe('seed:demo', () => {
  let system: RunningSystem;
  let seedDataDir: string;
  let firstRun: string;

  const seed = async () => {
    const databaseUrl = system.databaseUrl ?? readFileSync(join(system.dataDir, 'pglite.url'), 'utf8').trim();
    const { stdout } = await run(process.execPath, [join(DIST, 'scripts/seed-demo.js')], {
      env: { ...process.env, DATABASE_URL: databaseUrl, KYODO_DATA_DIR: seedDataDir },
    });
    return stdout;
  };
  const get = async (path: string) => {
    const response = await fetch(`${system.baseUrl}${path}`);
    return { status: response.status, body: (await response.json()) as Record<string, any> };
  };
  const list = async () => (await get(`/api/v1/public/proposals?municipality=${CODE}`)).body.items as any[];

  beforeAll(async () => {
    system = await startSystem();
    seedDataDir = mkdtempSync(join(tmpdir(), 'kyodo-seed-'));
    firstRun = await seed();
    // The worker builds the publication packages from the outbox the seed wrote.
    await waitFor(async () => (await list()).length === 3, 60_000, 250);
  }, 300_000);

  afterAll(async () => {
    await system?.stop();
    if (seedDataDir) rmSync(seedDataDir, { recursive: true, force: true });
  });

  it('publishes a past year with a decision of every kind, each with its total', async () => {
    const items = await list();
    const pastYear = new Date().getUTCFullYear() - 1;
    expect(items.map((p) => p.fiscalYear)).toEqual([pastYear, pastYear, pastYear]);
    expect(items.map((p) => p.decision as string).sort((a, b) => a.localeCompare(b))).toEqual([
      'adopted',
      'adoptedWithConditions',
      'notAdopted',
    ]);
    for (const item of items) expect(item.total).toBeGreaterThan(0);
    expect(firstRun).toContain(`令和${pastYear - 2018}年度`);
  });

  it('carries an adopted project to its published assessment, with scores, 講評, progress and milestones', async () => {
    const [, assessedId] = /\/proposals\/([0-9a-f-]{36})\?m=/.exec(firstRun) ?? [];
    expect(assessedId).toBeDefined();
    const { status, body } = await get(`/api/v1/public/proposals/${assessedId}`);
    expect(status).toBe(200);
    expect(body.decision.decision).toMatchObject({ outcome: 'adopted' });
    expect(body.decision.decision.comment).toMatch(/採択とする/);
    expect(body.decision.scores.document.total).toBeGreaterThan(0);
    expect(Object.keys(body.decision.consensus.reasons).length).toBeGreaterThan(0);
    expect(body.assessment.assessment).toMatchObject({ verdict: 'A' });
    expect(body.assessment.assessment.comment.length).toBeGreaterThan(0);
    const states = (body.statusHistory as Array<{ state: string; at: string }>).map((s) => s.state);
    expect(states).toEqual(
      expect.arrayContaining(['agreement', 'implementation', 'projectEvaluation.assessed', 'completed']),
    );
    // Walked at its own dates: decided in the year before the fiscal year, completed before today.
    const history = body.statusHistory as Array<{ state: string; at: string }>;
    const decided = history.find((s) => s.state.startsWith('decided'))!;
    expect(new Date(decided.at).getUTCFullYear()).toBe(new Date().getUTCFullYear() - 2);

    const progress = await get(`/api/v1/public/proposals/${assessedId}/progress`);
    expect(progress.status).toBe(200);
    expect(progress.body.kpis.length).toBeGreaterThan(0);
    for (const kpi of progress.body.kpis) expect(kpi.actual).not.toBeNull();
    expect(progress.body.milestones.length).toBeGreaterThan(0);
  });

  it('says the demo exists on a second run and changes nothing', async () => {
    const before = await list();
    expect(await seed()).toContain('already exists');
    expect(await list()).toEqual(before);
  });
});
