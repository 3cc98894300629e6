import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Pool } from 'pg';
import {
  ApiClient,
  completeProposalContent,
  createMunicipality,
  minimalPdf,
  must,
  move,
  type MunicipalityFixture,
  type RunningSystem,
  type SmtpSink,
  startSmtpSink,
  startSystem,
  TEST_DB,
  waitFor,
} from '@kyodo/testing';

const PASSWORD = 'midori-no-kai-2026';

/**
 * 団体登録 (issue 19): a citizen group registers itself with its 会則, confirms its address by the link in a real
 * SMTP sink, cannot sign in before approval, and once the secretariat approves it signs in as a proposer of its own
 * group and submits a proposal. Returned and refused registrations, another municipality's secretariat, an address
 * that already has an account and a file that is not a PDF are covered too.
 */
describe(`group registration on ${TEST_DB}`, () => {
  let sink: SmtpSink;
  let system: RunningSystem;
  let api: ApiClient;
  let x: MunicipalityFixture;
  let y: MunicipalityFixture;
  let db: Pool;

  const form = (email: string, overrides: Record<string, unknown> = {}) => ({
    nameJa: 'みどり子ども食堂の会',
    nameKana: 'ミドリコドモショクドウノカイ',
    postalCode: '248-0001',
    address: '神奈川県鎌倉市御成町1-1',
    representativeName: '山田 太郎',
    representativeTitle: '会長',
    contactName: '佐藤 花子',
    contactPhone: '090-1234-5678',
    email,
    activityFields: ['health_welfare', 'child_development'],
    password: PASSWORD,
    locale: 'ja',
    ...overrides,
  });
  const putRules = (code: string, id: string, body: Buffer, type = 'application/pdf') =>
    fetch(
      `${system.baseUrl}/api/v1/public/municipalities/${code}/group-registrations/${id}/rules?filename=${encodeURIComponent('会則.pdf')}`,
      {
        method: 'PUT',
        headers: { 'content-type': type },
        body: new Uint8Array(body),
      },
    );
  /** Registers with the 会則 and answers the registration's id. */
  const register = async (email: string, overrides: Record<string, unknown> = {}) => {
    const { id } = await must(
      api.post(`/api/v1/public/municipalities/${x.municipalityCode}/group-registrations`, form(email, overrides)),
    );
    expect((await putRules(x.municipalityCode, id, minimalPdf('会則'))).status).toBe(204);
    return id as string;
  };
  const linkTokenFor = async (email: string) => {
    await waitFor(async () => sink.to(email).length >= 1, 20_000);
    const mail = sink.to(email)[0]!;
    expect(mail.subject).toBe('【Kyodo】団体登録：メールアドレスの確認');
    return /\/group-registration\/confirm\/([A-Za-z0-9_-]+)/.exec(mail.text ?? '')![1]!;
  };
  /** Registers, confirms the address, and answers the registration's id (now with the secretariat). */
  const submitted = async (email: string) => {
    const id = await register(email);
    const token = await linkTokenFor(email);
    expect((await api.post('/api/v1/auth/group-registration/confirm', { token })).status).toBe(204);
    return id;
  };
  const newEmail = (name: string) => `${name}-${randomBytes(3).toString('hex')}@kyodo.test`;

  beforeAll(async () => {
    sink = await startSmtpSink();
    system = await startSystem({ SMTP_URL: sink.url, KYODO_QUEUE_PREFIX: `g${randomBytes(4).toString('hex')}` });
    api = new ApiClient(system.baseUrl);
    // PGlite: the URL its socket serves on, under the data directory.
    const url = system.databaseUrl ?? readFileSync(join(system.dataDir, 'pglite.url'), 'utf8');
    db = new Pool({ connectionString: url, max: 1 });
    x = await createMunicipality(api, '鎌倉市');
    y = await createMunicipality(api, '逗子市');
  });

  afterAll(async () => {
    await db?.end();
    await system?.stop();
    await sink?.stop();
  });

  it('registers, confirms by the link once, is approved, and its representative submits a proposal', async () => {
    const email = newEmail('midori');
    const fields = await must(api.get(`/api/v1/public/municipalities/${x.municipalityCode}/activity-fields`));
    expect(fields.map((f: { key: string }) => f.key)).toContain('child_development');
    const id = await register(email.toUpperCase());
    const token = await linkTokenFor(email);
    // Not yet with the secretariat, and no account: the sign-in fails as a wrong password does.
    expect((await x.secretariat.get(`/api/v1/group-registrations/${id}`)).status).toBe(404);
    const early = await api.post('/api/v1/auth/login', { email, password: PASSWORD });
    expect(early.status).toBe(401);
    expect(early.body.code).toBe('invalid_credentials');

    expect((await api.post('/api/v1/auth/group-registration/confirm', { token: `${token}x` })).status).toBe(422);
    expect((await api.post('/api/v1/auth/group-registration/confirm', { token })).status).toBe(204);
    const again = await api.post('/api/v1/auth/group-registration/confirm', { token });
    expect(again.status).toBe(422);
    expect(again.body.code).toBe('invalid_registration_link');
    expect((await api.post('/api/v1/auth/login', { email, password: PASSWORD })).status).toBe(401);

    const listed = await must(x.secretariat.get('/api/v1/group-registrations?status=submitted'));
    expect(listed.map((r: { id: string }) => r.id)).toContain(id);
    const detail = await must(x.admin.get(`/api/v1/group-registrations/${id}`));
    expect(detail).toMatchObject({
      status: 'submitted',
      nameJa: 'みどり子ども食堂の会',
      email,
      rulesFilename: '会則.pdf',
    });
    expect(detail.passwordHash).toBeUndefined();
    const rules = await fetch(`${system.baseUrl}/api/v1/group-registrations/${id}/rules`, {
      headers: { authorization: `Bearer ${x.secretariat.token}` },
    });
    expect(rules.status).toBe(200);
    expect(rules.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await rules.arrayBuffer()).equals(minimalPdf('会則'))).toBe(true);
    // Not for a group's own members, nor for another municipality's secretariat.
    expect((await x.proposerA.get(`/api/v1/group-registrations/${id}`)).status).toBe(403);
    expect((await y.secretariat.get(`/api/v1/group-registrations/${id}`)).status).toBe(404);
    expect((await y.secretariat.post(`/api/v1/group-registrations/${id}/approve`)).status).toBe(404);

    const approved = await must(x.secretariat.post(`/api/v1/group-registrations/${id}/approve`));
    expect(approved.status).toBe('approved');
    expect((await x.secretariat.post(`/api/v1/group-registrations/${id}/approve`)).status).toBe(409);
    await waitFor(async () => sink.to(email).some((m) => m.subject === '【Kyodo】団体登録が承認されました'), 20_000);

    const login = await must(api.post('/api/v1/auth/login', { email, password: PASSWORD }));
    const group = api.as(login.accessToken);
    const me = await must(group.get('/api/v1/me'));
    expect(me.memberships).toEqual([{ organizationId: approved.organizationId, role: 'proposer' }]);
    const organizations = await must(x.admin.get('/api/v1/organizations'));
    expect(organizations.find((o: { id: string }) => o.id === approved.organizationId)).toMatchObject({
      kind: 'group',
      nameJa: 'みどり子ども食堂の会',
    });
    const draft = await must(
      group.post(`/api/v1/calls/${x.callId}/proposals`, {
        organizationId: approved.organizationId,
        title: '子ども食堂の拡充',
        content: completeProposalContent(),
      }),
    );
    expect((await move(group, draft.id, 'SUBMIT')).state).toBe('submitted.screening');
    const audit = await db.query<{ action: string }>(
      `SELECT action FROM audit_events WHERE municipality_id = $1 AND (action LIKE 'group_registration.%' OR after::text LIKE $2 OR after::text LIKE $3)`,
      [x.municipalityId, `%${approved.organizationId}%`, `%${approved.userId}%`],
    );
    expect(audit.rows.map((r) => r.action)).toEqual(
      expect.arrayContaining([
        'group_registration.registered',
        'group_registration.rules_received',
        'group_registration.email_confirmed',
        'group_registration.approved',
        'organization.created',
        'user.created',
        'membership.granted',
      ]),
    );
  });

  it('returns and refuses with reasons, e-mailed to the group', async () => {
    const returnedEmail = newEmail('returned');
    const returned = await submitted(returnedEmail);
    expect((await x.secretariat.post(`/api/v1/group-registrations/${returned}/return`, { reasons: ' ' })).status).toBe(
      400,
    );
    const back = await must(
      x.secretariat.post(`/api/v1/group-registrations/${returned}/return`, {
        reasons: '会則に役員の定めがありません。',
      }),
    );
    expect(back).toMatchObject({ status: 'returned', decisionReasons: '会則に役員の定めがありません。' });
    await waitFor(async () => sink.to(returnedEmail).some((m) => m.subject === '【Kyodo】団体登録の差戻し'), 20_000);
    expect(sink.to(returnedEmail).find((m) => m.subject === '【Kyodo】団体登録の差戻し')!.text).toContain(
      '会則に役員の定めがありません。',
    );
    expect((await x.secretariat.post(`/api/v1/group-registrations/${returned}/approve`)).status).toBe(409);

    const refusedEmail = newEmail('refused');
    const refused = await submitted(refusedEmail);
    const no = await must(
      x.secretariat.post(`/api/v1/group-registrations/${refused}/refuse`, { reasons: '市外で活動する団体です。' }),
    );
    expect(no.status).toBe('refused');
    await waitFor(async () => sink.to(refusedEmail).some((m) => m.subject === '【Kyodo】団体登録の審査結果'), 20_000);
    expect((await api.post('/api/v1/auth/login', { email: refusedEmail, password: PASSWORD })).status).toBe(401);
    const refusedOnes = await must(x.secretariat.get('/api/v1/group-registrations?status=refused'));
    expect(refusedOnes.map((r: { id: string }) => r.id)).toEqual([refused]);
  });

  it('answers an address that already has an account as any other, and mails its owner a notice', async () => {
    const existing = await x.addUser('taken', x.groupAId, 'proposer');
    const fresh = newEmail('fresh');
    const a = await api.post(
      `/api/v1/public/municipalities/${x.municipalityCode}/group-registrations`,
      form(existing.email),
    );
    const b = await api.post(`/api/v1/public/municipalities/${x.municipalityCode}/group-registrations`, form(fresh));
    expect(a.status).toBe(b.status);
    expect(Object.keys(a.body)).toEqual(Object.keys(b.body));
    const ra = await putRules(x.municipalityCode, a.body.id, minimalPdf());
    const rb = await putRules(x.municipalityCode, b.body.id, minimalPdf());
    expect([ra.status, await ra.text()]).toEqual([rb.status, await rb.text()]);
    await waitFor(async () => sink.to(existing.email).length >= 1, 20_000);
    const notice = sink.to(existing.email)[0]!;
    expect(notice.subject).toBe('【Kyodo】団体登録のお申込みについて');
    expect(notice.text).not.toMatch(/group-registration\/confirm/);
  });

  it('mails one address at most 3 times an hour, answering every registration the same', async () => {
    const email = newEmail('flood');
    for (let i = 0; i < 4; i++) await register(email);
    await waitFor(async () => sink.to(email).length >= 3, 20_000);
    // The fourth was answered as the others (204 above) but never queued: give the worker time to prove it.
    const canary = newEmail('canary');
    await register(canary);
    await waitFor(async () => sink.to(canary).length >= 1, 20_000);
    expect(sink.to(email)).toHaveLength(3);
  });

  it('refuses a 会則 that is not a PDF, or too large, storing nothing', async () => {
    const email = newEmail('badfile');
    const { id } = await must(
      api.post(`/api/v1/public/municipalities/${x.municipalityCode}/group-registrations`, form(email)),
    );
    const html = await putRules(x.municipalityCode, id, Buffer.from('<html><script>alert(1)</script></html>'));
    expect(html.status).toBe(422);
    expect((await html.json()).code).toBe('rules_rejected');
    const fake = await putRules(x.municipalityCode, id, Buffer.from('%PDF-1.4\n<script>alert(1)</script>'));
    expect(fake.status).toBe(422);
    const large = await putRules(x.municipalityCode, id, minimalPdf('', 5 * 1024 * 1024 + 1));
    expect(large.status).toBe(422);
    expect((await large.json()).code).toBe('rules_rejected');
    const stored = await db.query(`SELECT rules_received_at FROM group_registrations WHERE id = $1`, [id]);
    expect(stored.rows).toEqual([{ rules_received_at: null }]);
    // Nothing was stored, so the registration still takes a good file — and only once.
    expect((await putRules(x.municipalityCode, id, minimalPdf())).status).toBe(204);
    expect((await putRules(x.municipalityCode, id, minimalPdf())).status).toBe(404);
    // Another municipality's code does not reach it.
    const other = await must(
      api.post(`/api/v1/public/municipalities/${y.municipalityCode}/group-registrations`, form(newEmail('y'))),
    );
    expect((await putRules(x.municipalityCode, other.id, minimalPdf())).status).toBe(404);
  });

  it('refuses bad input with 400 and writes nothing', async () => {
    const email = newEmail('bad');
    const url = `/api/v1/public/municipalities/${x.municipalityCode}/group-registrations`;
    const weak = await api.post(url, form(email, { password: 'short' }));
    expect(weak.status).toBe(400);
    expect(weak.body.errors[0].field).toBe('password');
    const unknownField = await api.post(url, form(email, { activityFields: ['no_such_field'] }));
    expect(unknownField.status).toBe(400);
    expect(unknownField.body.errors[0].field).toBe('activityFields');
    expect((await api.post(url, form(email, { nameJa: '' }))).status).toBe(400);
    expect((await api.post('/api/v1/public/municipalities/no-such-town/group-registrations', form(email))).status).toBe(
      404,
    );
  });
});
