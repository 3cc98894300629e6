import { type ChildProcess, spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inheritedEnvironment } from '@kyodo/config';
import {
  ApiClient,
  createMunicipality,
  DIST,
  freePort,
  minimalPdf,
  must,
  type MunicipalityFixture,
  type RunningSystem,
  startSystem,
  TEST_DB,
  waitFor,
} from '@kyodo/testing';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/**
 * No shared disk (issue 20, item 3): two API processes with different KYODO_DATA_DIR and one worker, on one
 * database. A file uploaded through one is downloaded through the other, and a report the worker builds is
 * downloaded through both — the bytes live in PostgreSQL, not under either data directory.
 */
describe(`two APIs with data directories of their own on ${TEST_DB}`, () => {
  let system: RunningSystem;
  let x: MunicipalityFixture;
  let second: string;
  let child: ChildProcess;
  const secondDir = mkdtempSync(join(tmpdir(), 'kyodo-second-api-'));
  const shared = {
    KYODO_JWT_SECRET: randomBytes(48).toString('base64'),
    KYODO_QUEUE_PREFIX: `d${randomBytes(4).toString('hex')}`,
  };

  const upload = (base: string, token: string, proposalId: string, body: Buffer) =>
    fetch(`${base}/api/v1/proposals/${proposalId}/attachments?filename=plan.pdf`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/pdf' },
      body: new Uint8Array(body),
    });
  const download = async (base: string, token: string, path: string) => {
    const response = await fetch(`${base}${path}`, { headers: { authorization: `Bearer ${token}` } });
    expect(response.status).toBe(200);
    return new Uint8Array(await response.arrayBuffer());
  };
  /** Files under a data directory, but for its generated secrets and logs: where a file would be if kept on disk. */
  const filesUnder = (dir: string, sub: string) =>
    existsSync(join(dir, sub)) ? readdirSync(join(dir, sub), { recursive: true }) : [];

  beforeAll(async () => {
    system = await startSystem({ ...shared, LOG_LEVEL: 'error' });
    x = await createMunicipality(new ApiClient(system.baseUrl), '秦野市');
    // On pglite the launcher owns the database and Redis, and names them in its data directory and its log.
    const databaseUrl = system.databaseUrl ?? readFileSync(join(system.dataDir, 'pglite.url'), 'utf8').trim();
    const redisUrl = system.redisUrl ?? /private redis-server at (redis:\/\/\S+)/.exec(system.output())?.[1];
    const port = await freePort();
    child = spawn(process.execPath, [join(DIST, 'apps/api/src/main.js')], {
      env: {
        ...inheritedEnvironment(),
        ...shared,
        NODE_ENV: 'test',
        HOST: '127.0.0.1',
        PORT: String(port),
        LOG_LEVEL: 'error',
        DATABASE_URL: databaseUrl,
        REDIS_URL: redisUrl ?? '',
        KYODO_DATA_DIR: secondDir,
        OPERATOR_MFA_REQUIRED: 'false',
      },
      stdio: 'inherit',
    });
    second = `http://127.0.0.1:${port}`;
    await waitFor(async () => (await fetch(`${second}/health/ready`).catch(() => null))?.status === 200, 60_000);
  });

  afterAll(async () => {
    child?.kill('SIGTERM');
    await new Promise((done) => (child && child.exitCode === null ? child.once('exit', done) : done(null)));
    await system?.stop();
    rmSync(secondDir, { recursive: true, force: true });
  });

  it('downloads through either API a file uploaded through the other', async () => {
    const proposal = await must(
      x.proposerA.post(`/api/v1/calls/${x.callId}/proposals`, {
        organizationId: x.groupAId,
        title: '共有ディスクなし',
      }),
    );
    const token = x.proposerA.token!;
    const first = minimalPdf();
    // Larger than a chunk of the blob store: it comes back in pieces.
    const other = minimalPdf(randomBytes(8).toString('hex'), 600_000);
    const viaFirst = await (await upload(system.baseUrl, token, proposal.id, first)).json();
    const viaSecond = await (await upload(second, token, proposal.id, other)).json();
    expect([viaFirst.sha256, viaSecond.sha256]).toEqual([sha256(first), sha256(other)]);
    const path = (id: string) => `/api/v1/proposals/${proposal.id}/attachments/${id}`;
    expect(sha256(await download(second, token, path(viaFirst.id)))).toBe(sha256(first));
    expect(sha256(await download(system.baseUrl, token, path(viaSecond.id)))).toBe(sha256(other));
    expect(filesUnder(secondDir, 'attachments')).toEqual([]);
    expect(filesUnder(system.dataDir, 'attachments')).toEqual([]);
  });

  it('downloads through both APIs a report the worker built', async () => {
    const secretariat = new ApiClient(second, x.secretariat.token!);
    const accepted = await must(secretariat.post('/api/v1/reports', { kind: 'call-workbook-xlsx', callId: x.callId }));
    let report = accepted;
    await waitFor(async () => {
      report = await must(secretariat.get(`/api/v1/reports/${accepted.id}`));
      return report.status !== 'queued';
    }, 60_000);
    expect(report.status).toBe('ready');
    const path = `/api/v1/reports/${report.id}/file`;
    const fromFirst = await download(system.baseUrl, x.secretariat.token!, path);
    const fromSecond = await download(second, x.secretariat.token!, path);
    expect(sha256(fromFirst)).toBe(report.sha256);
    expect(sha256(fromSecond)).toBe(report.sha256);
    expect(fromFirst.length).toBe(report.byteSize);
    expect(filesUnder(system.dataDir, 'reports')).toEqual([]);
  });
});
