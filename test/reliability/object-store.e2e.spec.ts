import { type ChildProcess, spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { Pool } from 'pg';
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
  startS3Server,
  startSystem,
  TEST_DB,
  type TestS3Server,
  waitFor,
} from '@kyodo/testing';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/**
 * The S3-compatible object store (issue 20, item 3; BLOB_STORE=s3): two API processes with data directories of their
 * own and one worker, against a real S3-compatible server (s3rver) on loopback. A file uploaded through one API is
 * downloaded through the other, a report the worker builds through both; the bytes are in the bucket, the database
 * holds only their rows. With the store away, uploads and downloads answer 503 object_store_unavailable and leave
 * nothing behind in the database, and a report's build job fails and waits for its next try; with the store back,
 * everything works again and the report is built.
 */
describe(`files in an S3-compatible object store on ${TEST_DB}`, () => {
  let s3: TestS3Server;
  let system: RunningSystem;
  let x: MunicipalityFixture;
  let second: string;
  let child: ChildProcess;
  let db: Pool;
  let redis: Redis;
  let proposalId: string;
  const secondDir = mkdtempSync(join(tmpdir(), 'kyodo-second-api-'));
  const shared = {
    KYODO_JWT_SECRET: randomBytes(48).toString('base64'),
    KYODO_QUEUE_PREFIX: `s${randomBytes(4).toString('hex')}`,
  };

  const upload = (base: string, body: Buffer) =>
    fetch(`${base}/api/v1/proposals/${proposalId}/attachments?filename=plan.pdf`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${x.proposerA.token!}`,
        'content-type': 'application/pdf',
      },
      body: new Uint8Array(body),
    });
  const get = (base: string, token: string, path: string) =>
    fetch(`${base}${path}`, { headers: { authorization: `Bearer ${token}` } });
  const download = async (base: string, token: string, path: string) => {
    const response = await get(base, token, path);
    expect(response.status).toBe(200);
    return new Uint8Array(await response.arrayBuffer());
  };
  let reportPath: string;
  const attachmentPath = (id: string) => `/api/v1/proposals/${proposalId}/attachments/${id}`;
  const blobRow = async (hash: string) =>
    (
      await db.query<{ location: string; chunks: number }>(
        `SELECT location, (SELECT count(*)::int FROM blob_chunks c WHERE c.sha256 = b.sha256) AS chunks
           FROM blobs b WHERE sha256 = $1`,
        [hash],
      )
    ).rows[0] ?? null;
  const attachmentCount = async () =>
    (
      await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM proposal_attachments WHERE proposal_id = $1`, [
        proposalId,
      ])
    ).rows[0]!.n;
  /** How often the worker has tried the report's build job so far (BullMQ's count), once it was relayed. */
  const buildAttempts = async (reportId: string) => {
    const { rows } = await db.query<{ job_id: string }>(
      `SELECT job_id FROM outbox WHERE job_name = 'report.build' AND payload->>'reportId' = $1 AND dispatched_at IS NOT NULL`,
      [reportId],
    );
    if (rows.length === 0) return 0;
    const queue = new Queue('reports', { connection: redis, prefix: shared.KYODO_QUEUE_PREFIX });
    try {
      return (await queue.getJob(rows[0]!.job_id))?.attemptsMade ?? 0;
    } finally {
      await queue.close();
    }
  };
  const filesUnder = (dir: string, sub: string) =>
    existsSync(join(dir, sub)) ? readdirSync(join(dir, sub), { recursive: true }) : [];
  /** In the signed-in person's language: the fixture's people read Japanese. */
  const expectUnavailable = async (response: Response) => {
    expect(response.status).toBe(503);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(response.headers.get('retry-after')).toBe('5');
    const problem = await response.json();
    expect(problem).toMatchObject({
      status: 503,
      code: 'object_store_unavailable',
      title: 'ただいまファイルの保存先に接続できません。しばらくしてから再度お試しください。',
    });
  };

  beforeAll(async () => {
    s3 = await startS3Server();
    system = await startSystem({ ...shared, ...s3.env, LOG_LEVEL: 'error' });
    const databaseUrl = system.databaseUrl ?? readFileSync(join(system.dataDir, 'pglite.url'), 'utf8').trim();
    const redisUrl = system.redisUrl ?? /private redis-server at (redis:\/\/\S+)/.exec(system.output())?.[1];
    db = new Pool({ connectionString: databaseUrl, max: 2 });
    redis = new Redis(redisUrl!);
    x = await createMunicipality(new ApiClient(system.baseUrl), '鎌倉市');
    const port = await freePort();
    child = spawn(process.execPath, [join(DIST, 'apps/api/src/main.js')], {
      env: {
        ...inheritedEnvironment(),
        ...shared,
        ...s3.env,
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
    const proposal = await must(
      x.proposerA.post(`/api/v1/calls/${x.callId}/proposals`, {
        organizationId: x.groupAId,
        title: 'オブジェクトストレージ',
      }),
    );
    proposalId = proposal.id;
  });

  afterAll(async () => {
    child?.kill('SIGTERM');
    await new Promise((done) => (child && child.exitCode === null ? child.once('exit', done) : done(null)));
    await db?.end();
    redis?.disconnect();
    await system?.stop();
    await s3?.dispose();
    rmSync(secondDir, { recursive: true, force: true });
  });

  it('downloads through either API a file uploaded through the other; the bytes are in the bucket', async () => {
    const first = minimalPdf(randomBytes(8).toString('hex'));
    // Larger than a chunk of the database store: it would be split there, it is one object here.
    const other = minimalPdf(randomBytes(8).toString('hex'), 600_000);
    const viaFirst = await (await upload(system.baseUrl, first)).json();
    const viaSecond = await (await upload(second, other)).json();
    expect([viaFirst.sha256, viaSecond.sha256]).toEqual([sha256(first), sha256(other)]);
    const token = x.proposerA.token!;
    expect(sha256(await download(second, token, attachmentPath(viaFirst.id)))).toBe(sha256(first));
    expect(sha256(await download(system.baseUrl, token, attachmentPath(viaSecond.id)))).toBe(sha256(other));
    expect(await blobRow(sha256(first))).toEqual({ location: 's3', chunks: 0 });
    expect(await blobRow(sha256(other))).toEqual({ location: 's3', chunks: 0 });
    expect(filesUnder(secondDir, 'attachments')).toEqual([]);
    expect(filesUnder(system.dataDir, 'attachments')).toEqual([]);
  });

  it('downloads through both APIs a report the worker built into the bucket', async () => {
    const secretariat = new ApiClient(second, x.secretariat.token!);
    const accepted = await must(secretariat.post('/api/v1/reports', { kind: 'call-workbook-xlsx', callId: x.callId }));
    let report = accepted;
    await waitFor(async () => {
      report = await must(secretariat.get(`/api/v1/reports/${accepted.id}`));
      return report.status !== 'queued';
    }, 60_000);
    expect(report.status).toBe('ready');
    const path = `/api/v1/reports/${report.id}/file`;
    reportPath = path;
    const fromFirst = await download(system.baseUrl, x.secretariat.token!, path);
    const fromSecond = await download(second, x.secretariat.token!, path);
    expect(sha256(fromFirst)).toBe(report.sha256);
    expect(sha256(fromSecond)).toBe(report.sha256);
    expect(fromFirst.length).toBe(report.byteSize);
    expect(await blobRow(report.sha256)).toEqual({ location: 's3', chunks: 0 });
    expect(filesUnder(system.dataDir, 'reports')).toEqual([]);
  });

  it('answers 503 object_store_unavailable while the store is away, keeps nothing half-written, and works once it is back', async () => {
    let asked: { id: string } = { id: '' };
    const kept = minimalPdf(randomBytes(8).toString('hex'));
    const keptId = (await (await upload(system.baseUrl, kept)).json()).id;
    const before = await attachmentCount();
    await s3.stop();
    const refused = minimalPdf(randomBytes(8).toString('hex'));
    try {
      await expectUnavailable(await upload(system.baseUrl, refused));
      await expectUnavailable(await upload(second, refused));
      await expectUnavailable(await get(second, x.proposerA.token!, attachmentPath(keptId)));
      await expectUnavailable(await get(system.baseUrl, x.secretariat.token!, reportPath));
      expect(await attachmentCount()).toBe(before);
      expect(await blobRow(sha256(refused))).toBeNull();
      // A report asked for now: the worker builds it, cannot store it, and the job is to be tried again.
      asked = await must(
        new ApiClient(second, x.secretariat.token!).post('/api/v1/reports', {
          kind: 'call-summary-pdf',
          callId: x.callId,
        }),
      );
      await waitFor(async () => (await buildAttempts(asked.id)) >= 1, 60_000);
      expect((await must(new ApiClient(second, x.secretariat.token!).get(`/api/v1/reports/${asked.id}`))).status).toBe(
        'queued',
      );
    } finally {
      await s3.start();
    }
    expect(sha256(await download(second, x.proposerA.token!, attachmentPath(keptId)))).toBe(sha256(kept));
    const accepted = await upload(second, refused);
    expect(accepted.status).toBe(201);
    const stored = await accepted.json();
    expect(sha256(await download(system.baseUrl, x.proposerA.token!, attachmentPath(stored.id)))).toBe(sha256(refused));
    expect(await attachmentCount()).toBe(before + 1);
    expect((await get(second, x.secretariat.token!, reportPath)).status).toBe(200);
    // The report's job, tried again, stores it now (BullMQ's backoff: the next try within about a minute).
    const secretariat = new ApiClient(system.baseUrl, x.secretariat.token!);
    let report = await must(secretariat.get(`/api/v1/reports/${asked.id}`));
    await waitFor(async () => {
      report = await must(secretariat.get(`/api/v1/reports/${asked.id}`));
      return report.status !== 'queued';
    }, 120_000);
    expect(report.status).toBe('ready');
    expect(sha256(await download(second, x.secretariat.token!, `/api/v1/reports/${asked.id}/file`))).toBe(
      report.sha256,
    );
    expect(await blobRow(report.sha256)).toEqual({ location: 's3', chunks: 0 });
  });
});
