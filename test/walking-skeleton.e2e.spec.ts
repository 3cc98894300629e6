import {
  ApiClient,
  completeProposalContent,
  createMunicipality,
  type MunicipalityFixture,
  must,
  ADMIN,
  type RunningSystem,
  startSystem,
  waitFor,
  TEST_DB,
} from '@kyodo/testing';

describe(`walking skeleton over HTTP on ${TEST_DB}`, () => {
  let system: RunningSystem;
  let api: ApiClient;
  let x: MunicipalityFixture;
  let y: MunicipalityFixture;

  beforeAll(async () => {
    system = await startSystem();
    api = new ApiClient(system.baseUrl);
    x = await createMunicipality(api, '鎌倉市');
    y = await createMunicipality(api, '大牟田市');
  });

  afterAll(async () => {
    await system?.stop();
  });

  const draft = async (client: ApiClient, organizationId: string, callId = x.callId) =>
    must(
      client.post(`/api/v1/calls/${callId}/proposals`, {
        organizationId,
        title: '多世代がつながる地域食堂の運営',
        content: completeProposalContent(),
      }),
    );

  it('submits a proposal and the secretariat hears of it through outbox, relay, BullMQ and the worker', async () => {
    const created = await draft(x.proposerA, x.groupAId);
    expect(created.state).toBe('draft');
    expect(created.allowedEvents).toContain('SUBMIT');

    const submitted = await x.proposerA.post(
      `/api/v1/proposals/${created.id}/events`,
      { type: 'SUBMIT' },
      { 'if-match': `"${created.version}"` },
    );
    expect(submitted.status).toBe(201);
    expect(submitted.body.state).toMatch(/^submitted/);
    expect(submitted.body.version).toBe(created.version + 1);
    expect(submitted.body.receiptNumber).toMatch(/^2026-\d{4}$/);

    let inbox: any;
    await waitFor(async () => {
      inbox = (await x.secretariat.get('/api/v1/me/notifications')).body;
      return inbox.items.length > 0;
    }, 15_000);
    expect(inbox.items).toHaveLength(1);
    expect(inbox.unread).toBe(1);
    expect(inbox.items[0].subject).toContain('多世代がつながる地域食堂の運営');
    expect(inbox.items[0].params.proposalId).toBe(created.id);

    const audit = await x.secretariat.get(`/api/v1/proposals/${created.id}`);
    expect(audit.status).toBe(200);
    expect(audit.headers.get('etag')).toBe(`"${submitted.body.version}"`);

    const read = await x.secretariat.post(`/api/v1/me/notifications/${inbox.items[0].id}/read`);
    expect(read.status).toBe(204);
    expect((await x.secretariat.get('/api/v1/me/notifications')).body.unread).toBe(0);
  });

  it('hides a draft from members of another organisation and from another municipality (404)', async () => {
    const created = await draft(x.proposerA, x.groupAId);
    const fromB = await x.proposerB.get(`/api/v1/proposals/${created.id}`);
    expect(fromB.status).toBe(404);
    expect(fromB.headers.get('content-type')).toContain('application/problem+json');
    expect((await y.secretariat.get(`/api/v1/proposals/${created.id}`)).status).toBe(404);
    expect((await y.proposerA.get(`/api/v1/calls/${x.callId}`)).status).toBe(404);
    const listY = await y.secretariat.get('/api/v1/proposals');
    expect(listY.body.items.every((p: { callId: string }) => p.callId === y.callId)).toBe(true);
    const listB = await x.proposerB.get('/api/v1/proposals');
    expect(listB.body.items.map((p: { id: string }) => p.id)).not.toContain(created.id);
    const crossTenantDraft = await y.proposerA.post(`/api/v1/calls/${x.callId}/proposals`, {
      organizationId: y.groupAId,
      title: '越境',
    });
    expect(crossTenantDraft.status).toBe(404);
  });

  it('answers a wrong password with 401 problem+json and rate-limits repeated failures with 429', async () => {
    const email = 'nobody-rate-limit@kyodo.test';
    const first = await api.post('/api/v1/auth/login', { email, password: 'wrong-password' });
    expect(first.status).toBe(401);
    expect(first.headers.get('content-type')).toContain('application/problem+json');
    expect(first.body).toMatchObject({ status: 401, code: 'invalid_credentials' });
    expect(first.body.title).toBe('メールアドレスまたはパスワードが正しくありません。');
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await api.post('/api/v1/auth/login', { email, password: 'x' })).status);
    expect(statuses.slice(0, 4)).toEqual([401, 401, 401, 401]);
    const limited = await api.post('/api/v1/auth/login', { email, password: 'x' });
    expect(limited.status).toBe(429);
    expect(limited.body.code).toBe('too_many_login_attempts');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('rejects a malformed body with 400 listing every failed field and writes nothing', async () => {
    const before = (await x.proposerA.get('/api/v1/proposals?limit=100')).body.items.length;
    const bad = await x.proposerA.post(
      `/api/v1/calls/${x.callId}/proposals`,
      { organizationId: 'not-a-uuid', title: 42, surprise: true },
      { 'accept-language': 'en' },
    );
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('validation_failed');
    // the signed-in user's locale (ja) picks the language, not the browser's header
    expect(bad.body.title).toBe('入力内容に誤りがあります。各項目を確認してください。');
    const anonymous = await api.post('/api/v1/auth/login', { email: 'x' }, { 'accept-language': 'en-GB,en;q=0.9' });
    expect(anonymous.body.title).toBe('The request has invalid fields. Check each listed field.');
    expect(anonymous.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['email', 'password']);
    const fields = bad.body.errors.map((e: { field: string }) => e.field).sort();
    expect(fields).toEqual(['organizationId', 'surprise', 'title']);
    const broken = await x.proposerA.post(`/api/v1/calls/${x.callId}/proposals`, '{"title": ');
    expect(broken.status).toBe(400);
    expect(broken.headers.get('content-type')).toContain('application/problem+json');
    const after = (await x.proposerA.get('/api/v1/proposals?limit=100')).body.items.length;
    expect(after).toBe(before);
    // Optional means absent, not null: an explicit null is refused field by field and changes nothing …
    const call = await must(x.secretariat.get(`/api/v1/calls/${x.callId}`));
    const ifMatch = { 'if-match': `"${call.version}"` };
    const nulled = await x.secretariat.patch(`/api/v1/calls/${x.callId}`, { titleJa: null, fiscalYear: null }, ifMatch);
    expect(nulled.status).toBe(400);
    expect(nulled.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['fiscalYear', 'titleJa']);
    const nullContent = await x.proposerA.post(`/api/v1/calls/${x.callId}/proposals`, {
      organizationId: x.groupAId,
      title: '空の背景',
      content: { background: null, contactPerson: null },
    });
    expect(nullContent.status).toBe(400);
    expect(nullContent.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'content.background',
      'content.contactPerson',
    ]);
    expect(await must(x.secretariat.get(`/api/v1/calls/${x.callId}`))).toEqual(call);
    // … except where null is a value: it clears the maximum amount.
    await must(x.secretariat.patch(`/api/v1/calls/${x.callId}`, { maxRequestedAmount: 500_000 }, ifMatch));
    const capped = await must(x.secretariat.get(`/api/v1/calls/${x.callId}`));
    const cleared = await must(
      x.secretariat.patch(
        `/api/v1/calls/${x.callId}`,
        { maxRequestedAmount: null },
        { 'if-match': `"${capped.version}"` },
      ),
    );
    expect([capped.maxRequestedAmount, cleared.maxRequestedAmount]).toEqual([500_000, null]);
  });

  it('refuses a stale If-Match with 409 and a missing one with 428', async () => {
    const started = await x.proposerA.post(`/api/v1/calls/${x.callId}/proposals`, {
      organizationId: x.groupAId,
      title: '版を確かめる提案',
    });
    // the new draft's version comes as its ETag too, like every answer that is a proposal
    expect([started.status, started.headers.get('etag')]).toEqual([201, `"${started.body.version}"`]);
    const created = await draft(x.proposerA, x.groupAId);
    const edited = await x.proposerA.patch(
      `/api/v1/proposals/${created.id}`,
      { content: { summary: '改訂した概要' } },
      { 'if-match': `"${created.version}"` },
    );
    expect(edited.status).toBe(200);
    const stale = await x.proposerA.patch(
      `/api/v1/proposals/${created.id}`,
      { title: '古い版からの編集' },
      { 'if-match': `"${created.version}"` },
    );
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ code: 'version_conflict', currentVersion: edited.body.version });
    const missing = await x.proposerA.post(`/api/v1/proposals/${created.id}/events`, { type: 'SUBMIT' });
    expect(missing.status).toBe(428);
    const current = await x.proposerA.get(`/api/v1/proposals/${created.id}`);
    expect(current.body.title).toBe(created.title);
  });

  it('answers an event the state does not allow with 422 and the allowed events', async () => {
    const created = await draft(x.proposerA, x.groupAId);
    const response = await x.proposerA.post(
      `/api/v1/proposals/${created.id}/events`,
      { type: 'ACCEPT' },
      { 'if-match': `"${created.version}"` },
    );
    expect(response.status).toBe(422);
    expect(response.body.code).toBe('event_not_allowed');
    expect(response.body.allowedEvents).toContain('SUBMIT');
  });

  it('denies every route without a token, and forged tokens', async () => {
    expect((await api.get('/api/v1/proposals')).status).toBe(401);
    expect((await api.get('/api/v1/me')).status).toBe(401);
    const forged = await api.as('eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl').get('/api/v1/me');
    expect(forged.status).toBe(401);
    expect((await api.get('/health/live')).status).toBe(200);
  });

  it('rotates refresh tokens, revokes the family on reuse, and logs out', async () => {
    const login = await api.post('/api/v1/auth/login', ADMIN);
    const rotated = await api.post('/api/v1/auth/refresh', { refreshToken: login.body.refreshToken });
    expect(rotated.status).toBe(200);
    const reused = await api.post('/api/v1/auth/refresh', { refreshToken: login.body.refreshToken });
    expect(reused.status).toBe(401);
    // the reuse revoked the family: the rotated token is dead too
    expect((await api.post('/api/v1/auth/refresh', { refreshToken: rotated.body.refreshToken })).status).toBe(401);
    expect((await api.as(rotated.body.accessToken).get('/api/v1/me')).status).toBe(401);

    const fresh = await api.post('/api/v1/auth/login', ADMIN);
    const session = api.as(fresh.body.accessToken);
    expect((await session.get('/api/v1/me')).body.platformAdmin).toBe(true);
    expect((await session.post('/api/v1/auth/logout')).status).toBe(204);
    expect((await session.get('/api/v1/me')).status).toBe(401);
  });

  it('serves the OpenAPI document and the docs UI', async () => {
    const document = await api.get('/api/openapi.json');
    expect(document.status).toBe(200);
    expect(Object.keys(document.body.paths)).toEqual(
      expect.arrayContaining(['/api/v1/auth/login', '/api/v1/proposals/{id}/events', '/health/ready']),
    );
    // Every operation documents what it answers on success, and its problems; every named schema exists.
    const undocumented: string[] = [];
    for (const [path, item] of Object.entries<Record<string, { responses: Record<string, any> }>>(document.body.paths))
      for (const [method, operation] of Object.entries(item)) {
        const success = Object.entries(operation.responses).filter(([code]) => /^[23]/.test(code));
        if (success.length === 0 || success.some(([, answer]) => !answer.description))
          undocumented.push(`${method} ${path}`);
        if (!operation.responses.default?.content?.['application/problem+json'])
          undocumented.push(`${method} ${path} problems`);
      }
    expect(undocumented).toEqual([]);
    const references = [...JSON.stringify(document.body).matchAll(/"#\/components\/schemas\/([^"]+)"/g)].map(
      (m) => m[1]!,
    );
    expect(references.filter((name) => !document.body.components.schemas[name])).toEqual([]);
    const ui = await fetch(`${system.baseUrl}/api/docs`);
    expect(ui.status).toBe(200);
    expect(await ui.text()).toContain('swagger');
  });

  it('reports readiness of database, Redis and the worker', async () => {
    // A probe may fail once under a loaded machine (its canary has a 5 s budget); it must recover.
    let ready = await api.get('/health/ready');
    await waitFor(async () => {
      ready = await api.get('/health/ready');
      return ready.status === 200;
    }, 30_000).catch(() => undefined);
    expect({ ...ready.body.checks, output: ready.status === 200 ? '' : system.output().slice(-3000) }).toMatchObject({
      database: { status: 'ok' },
      redis: { status: 'ok' },
      worker: { status: 'ok' },
    });
    expect(ready.status).toBe(200);
  });

  it('lets a municipality configure its own activity fields, and checks calls against them', async () => {
    const fields = [
      { key: 'welfare', labelJa: '福祉', labelEn: 'Welfare' },
      { key: 'environment', labelJa: '環境', labelEn: 'Environment' },
    ];
    expect((await y.proposerA.request('PUT', '/api/v1/activity-fields', { fields })).status).toBe(403);
    const blank = await y.admin.request('PUT', '/api/v1/activity-fields', {
      fields: [{ key: 'welfare', labelJa: '　 ', labelEn: 'Welfare' }],
    });
    expect([blank.status, blank.body.errors]).toEqual([
      400,
      [{ field: 'fields.0.labelJa', messages: ['labelJa must not be blank'] }],
    ]);
    expect((await y.admin.request('PUT', '/api/v1/activity-fields', { fields })).status).toBe(200);
    expect((await must(y.proposerA.get('/api/v1/activity-fields'))).map((f: { key: string }) => f.key)).toEqual([
      'welfare',
      'environment',
    ]);
    // the other municipality keeps the NPO Act's twenty
    expect(await must(x.proposerA.get('/api/v1/activity-fields'))).toHaveLength(20);
    const call = await y.secretariat.post('/api/v1/calls', {
      fiscalYear: 2026,
      titleJa: '分野限定の募集',
      titleEn: 'Limited call',
      activityFields: ['child_development'],
      submissionOpensAt: '2026-04-01T00:00:00+09:00',
      submissionClosesAt: '2026-06-30T17:00:00+09:00',
    });
    expect(call.status).toBe(400);
    expect(call.body.errors[0].field).toBe('activityFields');
  });
});
