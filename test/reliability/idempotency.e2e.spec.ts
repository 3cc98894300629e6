import { Pool } from 'pg';
import {
  ApiClient,
  type ApiResponse,
  completeProposalContent,
  createMunicipality,
  type MunicipalityFixture,
  type RunningSystem,
  startSystem,
  TEST_DB,
} from '@kyodo/testing';

/**
 * Idempotency-Key on every creating POST: concurrent duplicates make one
 * thing and all get its answer; the key cannot be reused for something else;
 * answers are kept 24 hours; a failed request lets its key go.
 */
describe(`Idempotency-Key on ${TEST_DB}`, () => {
  let system: RunningSystem;
  let x: MunicipalityFixture;
  let db: Pool;
  let counter = 0;
  const key = () => `k-${Date.now()}-${++counter}`;
  const post = (client: ApiClient, path: string, body: unknown, idempotencyKey: string) =>
    client.post(path, body, { 'idempotency-key': idempotencyKey });
  const idOf = (r: ApiResponse) => (r.body as { id?: string })?.id;

  beforeAll(async () => {
    system = await startSystem({ LOG_LEVEL: 'error' });
    x = await createMunicipality(new ApiClient(system.baseUrl), '相模原市');
    db = new Pool({ connectionString: system.databaseUrl, max: 2 });
  });

  afterAll(async () => {
    await db?.end();
    await system?.stop();
  });

  it('turns 100 concurrent duplicates into one proposal and one answer', async () => {
    const k = key();
    const body = { organizationId: x.groupAId, title: '同時送信の確認', content: completeProposalContent() };
    const answers = await Promise.all(
      Array.from({ length: 100 }, () => post(x.proposerA, `/api/v1/calls/${x.callId}/proposals`, body, k)),
    );
    expect(new Set(answers.map((a) => a.status))).toEqual(new Set([201]));
    expect(new Set(answers.map(idOf)).size).toBe(1);
    expect(answers.filter((a) => a.headers.get('idempotent-replayed') === 'true')).toHaveLength(99);
    const [made] = (await db.query(`SELECT count(*)::int AS n FROM proposals WHERE title = '同時送信の確認'`)).rows;
    expect(made.n).toBe(1);
    const [outbox] = (
      await db.query(`SELECT count(*)::int AS n FROM audit_events WHERE stream = $1`, [`proposal:${idOf(answers[0]!)}`])
    ).rows;
    expect(outbox.n).toBe(1);
  });

  it('gives every creating POST one effect for concurrent duplicates', async () => {
    const creators: Array<[ApiClient, string, unknown, string]> = [
      [
        x.secretariat,
        '/api/v1/calls',
        {
          fiscalYear: 2027,
          titleJa: '重複防止の確認',
          titleEn: 'Duplicate check',
          submissionOpensAt: '2027-04-01T00:00:00Z',
          submissionClosesAt: '2027-06-30T00:00:00Z',
        },
        `SELECT count(*)::int AS n FROM calls WHERE title_ja = '重複防止の確認'`,
      ],
      [
        x.secretariat,
        `/api/v1/calls/${x.callId}/themes`,
        { departmentId: x.departmentId, titleJa: '重複しないテーマ', titleEn: 'Theme' },
        `SELECT count(*)::int AS n FROM themes WHERE title_ja = '重複しないテーマ'`,
      ],
      [
        x.secretariat,
        '/api/v1/reports',
        { kind: 'call-summary-pdf', callId: x.callId },
        `SELECT count(*)::int AS n FROM reports WHERE call_id = '${x.callId}'`,
      ],
    ];
    for (const [client, path, body, countSql] of creators) {
      const k = key();
      const answers = await Promise.all(Array.from({ length: 20 }, () => post(client, path, body, k)));
      expect(answers.every((a) => a.status >= 200 && a.status < 300)).toBe(true);
      expect(new Set(answers.map(idOf)).size).toBe(1);
      expect((await db.query(countSql)).rows[0].n).toBe(1);
    }
  });

  it('refuses the same key for a different request, and bad keys', async () => {
    const k = key();
    // A request that fails lets its key go: the same key then serves the corrected request.
    const failed = await post(
      x.admin,
      '/api/v1/committees',
      { municipalityId: '00000000-0000-4000-8000-000000000000', nameJa: '第一部会', nameEn: 'Panel 1' },
      k,
    );
    expect(failed.status).toBe(404);
    const made = await post(x.admin, '/api/v1/committees', { nameJa: '第一部会', nameEn: 'Panel 1' }, k);
    expect(made.status).toBe(201);
    const other = await post(x.admin, '/api/v1/committees', { nameJa: '第二部会', nameEn: 'Panel 2' }, k);
    expect(other.status).toBe(422);
    expect(other.body.code).toBe('idempotency_key_reused');
    expect(other.headers.get('content-type')).toContain('application/problem+json');
    const again = await post(x.admin, '/api/v1/committees', { nameJa: '第一部会', nameEn: 'Panel 1' }, k);
    expect(again.body.id).toBe(made.body.id);
    for (const bad of ['', 'x'.repeat(256), 'has space', 'caf\u00e9']) {
      const refused = await x.admin.post(
        '/api/v1/committees',
        { nameJa: '不正', nameEn: 'Bad' },
        { 'idempotency-key': bad },
      );
      expect(refused.status).toBe(400);
      expect(refused.body.code).toBe('idempotency_key_invalid');
    }
    const [bad] = (await db.query(`SELECT count(*)::int AS n FROM committees WHERE name_ja = '不正'`)).rows;
    expect(bad.n).toBe(0);
  });

  it('keeps each user’s keys apart', async () => {
    const k = key();
    const a = await post(
      x.proposerA,
      `/api/v1/calls/${x.callId}/proposals`,
      { organizationId: x.groupAId, title: '鍵A', content: {} },
      k,
    );
    const b = await post(
      x.proposerB,
      `/api/v1/calls/${x.callId}/proposals`,
      { organizationId: x.groupBId, title: '鍵B', content: {} },
      k,
    );
    expect([a.status, b.status]).toEqual([201, 201]);
    expect(idOf(a)).not.toBe(idOf(b));
  });

  it('replays for 24 hours, then the key is free again', async () => {
    const k = key();
    const body = { nameJa: '期限の確認', nameEn: 'Expiry' };
    const first = await post(x.admin, '/api/v1/committees', body, k);
    const [row] = (
      await db.query(
        `SELECT extract(epoch FROM expires_at - created_at)::int AS seconds FROM idempotency_keys WHERE key = $1`,
        [k],
      )
    ).rows;
    expect(row.seconds).toBe(24 * 3600);
    expect((await post(x.admin, '/api/v1/committees', body, k)).body.id).toBe(first.body.id);
    await db.query(`UPDATE idempotency_keys SET expires_at = now() - interval '1 second' WHERE key = $1`, [k]);
    const later = await post(x.admin, '/api/v1/committees', body, k);
    expect(later.status).toBe(201);
    expect(later.body.id).not.toBe(first.body.id);
    expect(later.headers.get('idempotent-replayed')).toBeNull();
  });
});
