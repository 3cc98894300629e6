import {
  ApiClient,
  createMunicipality,
  must,
  smallRubric,
  type MunicipalityFixture,
  type RunningSystem,
  startSystem,
  TEST_DB,
} from '@kyodo/testing';

/**
 * Issue 17: organisations, departments, calls, themes and rubrics may be created with the Japanese name only; the
 * English one is stored empty (and shown as the Japanese wherever English is shown). The Japanese name stays required.
 */
describe(`English names optional on ${TEST_DB}`, () => {
  let system: RunningSystem;
  let x: MunicipalityFixture;

  beforeAll(async () => {
    system = await startSystem();
    x = await createMunicipality(new ApiClient(system.baseUrl));
  });

  afterAll(async () => {
    await system?.stop();
  });

  it('creates an organisation, a department and a call with the Japanese name only', async () => {
    const group = await must(x.admin.post('/api/v1/organizations', { kind: 'group', nameJa: '湘南こども食堂の会' }));
    expect(group).toMatchObject({ nameJa: '湘南こども食堂の会', nameEn: '' });
    const department = await must(
      x.admin.post('/api/v1/organizations', { kind: 'department', nameJa: '子育て支援課', nameEn: '' }),
    );
    expect(department.nameEn).toBe('');
    const call = await must(
      x.secretariat.post('/api/v1/calls', {
        fiscalYear: 2027,
        titleJa: '令和9年度 協働事業提案制度',
        submissionOpensAt: '2027-04-01T00:00:00+09:00',
        submissionClosesAt: '2027-05-31T17:00:00+09:00',
      }),
    );
    expect(call.titleEn).toBe('');
    const theme = await must(
      x.secretariat.post(`/api/v1/calls/${call.id}/themes`, { departmentId: x.departmentId, titleJa: '居場所づくり' }),
    );
    expect(theme.titleEn).toBe('');
    const publicCall = (
      await must(new ApiClient(system.baseUrl).get(`/api/v1/public/calls?municipality=${x.municipalityCode}`))
    ).find((c: { id: string }) => c.id === call.id);
    expect(publicCall).toMatchObject({ titleJa: '令和9年度 協働事業提案制度', titleEn: '' });
  });

  it('stores a rubric without English title or labels as empty ones', async () => {
    const { titleEn: _title, criteria, ...rest } = smallRubric();
    const rubric = await must(
      x.secretariat.request('PUT', `/api/v1/calls/${x.callId}/rubrics/document`, {
        ...rest,
        criteria: criteria.map(({ labelEn: _label, ...criterion }) => criterion),
      }),
    );
    expect(rubric.definition.titleEn).toBe('');
    expect(rubric.definition.criteria.map((c: { labelEn: string }) => c.labelEn)).toEqual(['', '']);
  });

  it('still refuses a missing or blank Japanese name, creating nothing', async () => {
    const before = (await must(x.admin.get('/api/v1/organizations'))).length;
    const blank = await x.admin.post('/api/v1/organizations', { kind: 'group', nameJa: '  ', nameEn: 'Only English' });
    expect(blank.status).toBe(400);
    expect(blank.body.errors.map((e: { field: string }) => e.field)).toEqual(['nameJa']);
    const calls = (await must(x.secretariat.get('/api/v1/calls'))).length;
    const untitled = await x.secretariat.post('/api/v1/calls', {
      fiscalYear: 2028,
      titleEn: 'English only',
      submissionOpensAt: '2028-04-01T00:00:00+09:00',
      submissionClosesAt: '2028-05-31T17:00:00+09:00',
    });
    expect(untitled.status).toBe(400);
    expect((await must(x.admin.get('/api/v1/organizations'))).length).toBe(before);
    expect((await must(x.secretariat.get('/api/v1/calls'))).length).toBe(calls);
  });
});
