import { randomBytes } from 'node:crypto';
import { ADMIN, ApiClient, must, type RunningSystem, startSystem, TEST_DB } from '@kyodo/testing';

const PASSWORD = 'first-admin-password-1';

/**
 * The platform operator gives a new municipality its first administrator in one call: department, account and
 * admin role together, atomically; the administrator can then run the municipality. A refused call leaves
 * nothing behind.
 */
describe(`a municipality's first administrator on ${TEST_DB}`, () => {
  let system: RunningSystem;
  let api: ApiClient;
  let operator: ApiClient;
  let municipalityId: string;
  const tag = randomBytes(4).toString('hex');
  const email = `kanri-${tag}@kyodo.test`;
  const body = (overrides: { email?: string; password?: string } = {}) => ({
    department: { nameJa: '市民活動推進課', nameEn: 'Civic Activities Promotion Division' },
    user: {
      email: overrides.email ?? email,
      displayName: '管理 太郎',
      password: overrides.password ?? PASSWORD,
      locale: 'ja',
    },
  });
  const administrators = (id: string) => `/api/v1/municipalities/${id}/administrators`;
  const organizationsOf = async (id: string) =>
    (await must(operator.get(`/api/v1/organizations?municipalityId=${id}`))) as Array<{ id: string; nameJa: string }>;

  beforeAll(async () => {
    system = await startSystem({ LOG_LEVEL: 'error' });
    api = new ApiClient(system.baseUrl);
    operator = await api.login(ADMIN.email, ADMIN.password);
    const municipality = await must(
      operator.post('/api/v1/municipalities', { code: `m-${tag}`, nameJa: '真鶴町', nameEn: 'Manazuru Town' }),
    );
    municipalityId = municipality.id;
  });

  afterAll(async () => {
    await system?.stop();
  });

  it('refuses every bad field at once, and a weak password, leaving nothing behind', async () => {
    const bad = await operator.post(administrators(municipalityId), {
      department: { nameJa: '   ' },
      user: { email: 'not-an-address', locale: 'fr' },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('validation_failed');
    const fields = (bad.body.errors as Array<{ field: string }>).map((e) => e.field).sort();
    // The department's English name is optional (issue 17): only its Japanese name is required.
    expect(fields).toEqual(['department.nameJa', 'user.displayName', 'user.email', 'user.locale', 'user.password']);

    const missing = await operator.post(administrators(municipalityId), {});
    expect(missing.status).toBe(400);
    expect((missing.body.errors as Array<{ field: string }>).map((e) => e.field).sort()).toEqual([
      'department',
      'user',
    ]);

    const weak = await operator.post(administrators(municipalityId), body({ password: 'short-one' }));
    expect(weak.status).toBe(400);
    expect(weak.body.errors).toEqual([{ field: 'user.password', messages: [expect.stringContaining('12')] }]);

    expect(await organizationsOf(municipalityId)).toEqual([]);
    expect((await api.post('/api/v1/auth/login', { email, password: PASSWORD })).status).toBe(401);
  });

  it('refuses an unknown municipality with 404 and creates nothing', async () => {
    const unknown = await operator.post(administrators('00000000-0000-4000-8000-000000000000'), body());
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('unknown_municipality');
    expect((await operator.post(administrators('not-a-uuid'), body())).status).toBe(404);
    expect((await api.post('/api/v1/auth/login', { email, password: PASSWORD })).status).toBe(401);
  });

  it('registers the administrator, department and role in one call; the administrator runs the municipality', async () => {
    const created = await operator.post(administrators(municipalityId), body({ email: email.toUpperCase() }));
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      user: expect.objectContaining({
        municipalityId,
        email,
        displayName: '管理 太郎',
        locale: 'ja',
        platformAdmin: false,
        active: true,
      }),
      organization: expect.objectContaining({ municipalityId, kind: 'department', nameJa: '市民活動推進課' }),
      membership: expect.objectContaining({
        municipalityId,
        userId: created.body.user.id,
        organizationId: created.body.organization.id,
        role: 'admin',
      }),
    });
    expect(JSON.stringify(created.body)).not.toContain(PASSWORD);
    expect((await organizationsOf(municipalityId)).map((o) => o.id)).toEqual([created.body.organization.id]);

    const admin = await api.login(email, PASSWORD);
    const me = await must(admin.get('/api/v1/me'));
    expect(me).toMatchObject({
      userId: created.body.user.id,
      municipalityId,
      roles: ['admin'],
      memberships: [{ organizationId: created.body.organization.id, role: 'admin' }],
    });

    // The municipality's chain: its creation, then the department, the account and the role, intact.
    const audit = await must(admin.get('/api/v1/admin/audit/verify'));
    expect(audit).toMatchObject({ streams: 1, entries: 4, breaks: [] });

    const fields = await admin.request('PUT', '/api/v1/activity-fields', {
      fields: [{ key: 'community', labelJa: 'まちづくり', labelEn: 'Community development' }],
    });
    expect(fields.status).toBe(200);
    expect(fields.body.map((f: { key: string }) => f.key)).toEqual(['community']);
    const staff = await admin.post('/api/v1/users', {
      email: `jimukyoku-${tag}@kyodo.test`,
      displayName: '事務局 花子',
      password: 'secretariat-password-1',
      locale: 'ja',
    });
    expect(staff.status).toBe(201);
    expect(staff.body.municipalityId).toBe(municipalityId);
  });

  it('refuses the same e-mail again with 409 and keeps no second department', async () => {
    const again = await operator.post(administrators(municipalityId), {
      ...body(),
      department: { nameJa: '総務課', nameEn: 'General Affairs Division' },
    });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('email_taken');
    expect((await organizationsOf(municipalityId)).map((o) => o.nameJa)).toEqual(['市民活動推進課']);
    const admin = await api.login(email, PASSWORD);
    // Nothing of the refused call reached the audit chain either (creation, department, account, role, fields, user).
    expect(await must(admin.get('/api/v1/admin/audit/verify'))).toMatchObject({ entries: 6, breaks: [] });
  });

  it('refuses a municipal administrator, even for their own municipality (403), and creates nothing', async () => {
    const admin = await api.login(email, PASSWORD);
    const refused = await admin.post(administrators(municipalityId), body({ email: `another-${tag}@kyodo.test` }));
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('forbidden');
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    expect(await organizationsOf(municipalityId)).toHaveLength(1);
    expect(
      (await api.post('/api/v1/auth/login', { email: `another-${tag}@kyodo.test`, password: PASSWORD })).status,
    ).toBe(401);
  });

  it('must be changed at first sign-in when the operator says so, as for users an administrator registers', async () => {
    const city = await must(
      operator.post('/api/v1/municipalities', { code: 'm-first', nameJa: '大磯町', nameEn: 'Oiso' }),
    );
    const email = 'first-admin@oiso.example.lg.jp';
    const created = await must(
      operator.post(`/api/v1/municipalities/${city.id}/administrators`, {
        department: { nameJa: '町民活動推進課' },
        user: {
          email,
          displayName: '大磯 一郎',
          password: 'handed-out-password-1',
          locale: 'ja',
          mustChangePassword: true,
        },
      }),
    );
    expect(created.user.mustChangePassword).toBe(true);
    const admin = await api.login(email, 'handed-out-password-1');
    const refused = await admin.get('/api/v1/users');
    expect([refused.status, refused.body.code]).toEqual([403, 'password_change_required']);
    await must(
      admin.post('/api/v1/me/password', {
        currentPassword: 'handed-out-password-1',
        newPassword: 'my-own-password-22',
      }),
    );
    expect((await admin.get('/api/v1/users')).status).toBe(200);
  });
});
