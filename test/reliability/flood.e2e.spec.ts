import {
  ApiClient,
  type ApiResponse,
  completeProposalContent,
  createMunicipality,
  must,
  type MunicipalityFixture,
  type RunningSystem,
  startSystem,
  TEST_DB,
} from '@kyodo/testing';

/**
 * Issue 15, item 1: bodies and queries built to make the server work hard —
 * tens of thousands of unknown keys, thousands of values, deep nesting — are
 * refused before validation runs, every problem answer stays small whatever
 * the input, and the server keeps answering its health check meanwhile.
 */

/** The review's body: 60,000 unknown keys, about 878 KB, under the 1 MB body limit. */
const FLOOD_KEYS = 60_000;
const BODY_LIMIT = 1_048_576;
/** Far more than any problem answer needs: the review's answer to the flood was 4 MB. */
const SMALL_ANSWER_BYTES = 8 * 1024;
/** As many failed fields as a problem lists (the rest are counted in `omittedErrors`). */
const LISTED = 20;
const PARALLEL_FLOODS = 6;
const ROUNDS_PER_FLOOD = 5;

function unknownKeys(count: number, from: Record<string, unknown> = {}): Record<string, unknown> {
  const body: Record<string, unknown> = { ...from };
  for (let i = 0; i < count; i++) body[`k${i}`] = i;
  return body;
}

/** `value` nested `depth` objects deep, as JSON text (built without recursion). */
function nestedJson(depth: number): string {
  return `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
}

const bytesOf = (response: ApiResponse) => Buffer.byteLength(JSON.stringify(response.body));

describe(`floods of keys and values on ${TEST_DB}`, () => {
  let system: RunningSystem;
  let api: ApiClient;
  let x: MunicipalityFixture;
  const floodBody = JSON.stringify(unknownKeys(FLOOD_KEYS));

  function expectSmallProblem(response: ApiResponse, code: string) {
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(response.body.code).toBe(code);
    expect(bytesOf(response)).toBeLessThan(SMALL_ANSWER_BYTES);
  }

  beforeAll(async () => {
    system = await startSystem();
    api = new ApiClient(system.baseUrl);
    x = await createMunicipality(api);
  }, 180_000);

  afterAll(async () => {
    await system?.stop();
  });

  it("answers the review's login of 60,000 unknown keys with a small problem", async () => {
    expect(Buffer.byteLength(floodBody)).toBeLessThan(BODY_LIMIT);
    const flood = await api.post('/api/v1/auth/login', floodBody, { 'accept-language': 'en' });
    expectSmallProblem(flood, 'input_too_complex');
    expect(flood.body.title).toBe('The request has too many fields or values, or is nested too deeply.');
    expect(flood.body.errors).toEqual([{ field: 'body', messages: [expect.stringContaining('1000 fields')] }]);
    const japanese = await api.post('/api/v1/auth/login', floodBody, { 'accept-language': 'ja' });
    expect(japanese.body.title).toBe('リクエストの項目または値が多すぎるか、入れ子が深すぎます。');
  }, 120_000);

  it('lists the first 20 failed fields and counts the ones it leaves out', async () => {
    // Under every input limit, yet 900 unknown fields plus the two missing ones.
    const login = await api.post('/api/v1/auth/login', unknownKeys(900));
    expectSmallProblem(login, 'validation_failed');
    expect(login.body.errors).toHaveLength(LISTED);
    expect(login.body.omittedErrors).toBe(900 + 2 - LISTED);
    // A signed-in user's proposal with 200 empty budget lines: 3 failed fields each.
    const budget = await x.proposerA.post(`/api/v1/calls/${x.callId}/proposals`, {
      organizationId: x.groupAId,
      title: '予算行だけの提案',
      content: { budget: Array.from({ length: 200 }, () => ({})) },
    });
    expectSmallProblem(budget, 'validation_failed');
    expect(budget.body.errors).toHaveLength(LISTED);
    expect(budget.body.errors[0].field).toMatch(/^content\.budget\.0\./);
    expect(budget.body.omittedErrors).toBe(200 * 3 - LISTED);
    // A handful of failures is listed whole, with nothing said about omissions.
    const few = await api.post('/api/v1/auth/login', { email: 'x' });
    expect(few.body.errors).toHaveLength(2);
    expect(few.body).not.toHaveProperty('omittedErrors');
  });

  it('echoes no more than a short piece of a very long field name, and never the query string', async () => {
    const long = await api.post('/api/v1/auth/login', {
      [`k${'x'.repeat(200_000)}`]: 1,
      email: 'a@b.jp',
      password: 'p',
    });
    expectSmallProblem(long, 'validation_failed');
    const query = await api.get(`/api/v1/public/proposals?limit=0&q=${'x'.repeat(10_000)}`);
    expectSmallProblem(query, 'validation_failed');
    expect(query.body.instance).toBe('/api/v1/public/proposals');
    const unknownRoute = await api.get(`/api/v1/${'x'.repeat(10_000)}`);
    expect(unknownRoute.status).toBe(404);
    expect(bytesOf(unknownRoute)).toBeLessThan(SMALL_ANSWER_BYTES);
  });

  it("refuses a signed-in user's wide, many-valued or deep body and a wide query before validating it", async () => {
    const route = `/api/v1/calls/${x.callId}/proposals`;
    const proposal = (content: unknown) => ({ organizationId: x.groupAId, title: '洪水', content });
    const before = (await x.proposerA.get('/api/v1/proposals?limit=100')).body.items.length;

    const wide = await x.proposerA.post(route, proposal(unknownKeys(5_000)));
    expectSmallProblem(wide, 'input_too_complex');
    expect(wide.body.errors[0].field).toBe('content');

    const manyValues = await x.proposerA.post(route, proposal({ kpis: Array.from({ length: 30_000 }, () => ({})) }));
    expectSmallProblem(manyValues, 'input_too_complex');

    const deep = await x.proposerA.post(route, `{"organizationId":"${x.groupAId}","content":${nestedJson(5_000)}}`);
    expectSmallProblem(deep, 'input_too_complex');

    const query = Array.from({ length: 1_500 }, (_, i) => `k${i}=`).join('&');
    const wideQuery = await x.proposerA.get(`/api/v1/proposals?${query}`);
    expectSmallProblem(wideQuery, 'input_too_complex');
    expect(wideQuery.body.errors[0].field).toBe('query');

    expect((await x.proposerA.get('/api/v1/proposals?limit=100')).body.items.length).toBe(before);
  });

  it('still takes the largest proposal the form allows', async () => {
    const content = completeProposalContent({
      kpis: Array.from({ length: 50 }, (_, i) => ({
        kind: 'outcome',
        name: `指標${i}`,
        unit: '人',
        baseline: 0,
        target: i,
      })),
      roleSharing: Array.from({ length: 100 }, (_, i) => ({
        task: `作業${i}`,
        group: '団体',
        city: '市',
        costBorneBy: 'shared',
      })),
      budget: Array.from({ length: 200 }, (_, i) => ({ kind: 'expense', item: `費目${i}`, amount: 1000 })),
      schedule: Array.from({ length: 100 }, (_, i) => ({ period: `${i}月`, activity: '活動' })),
    });
    const created = await x.proposerA.post(`/api/v1/calls/${x.callId}/proposals`, {
      organizationId: x.groupAId,
      title: '最大の提案',
      content,
    });
    expect(created.status).toBe(201);
    expect((await must(x.proposerA.get(`/api/v1/proposals/${created.body.id}`))).content.budget).toHaveLength(200);
  });

  it('keeps answering /health/live while six floods run in parallel', async () => {
    const floodStatuses: number[] = [];
    const flood = async () => {
      for (let round = 0; round < ROUNDS_PER_FLOOD; round++) {
        const response = await fetch(`${system.baseUrl}/api/v1/auth/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: floodBody,
        });
        await response.arrayBuffer();
        floodStatuses.push(response.status);
      }
    };
    let flooding = true;
    const floods = Promise.all(Array.from({ length: PARALLEL_FLOODS }, flood)).finally(() => (flooding = false));
    const health: number[] = [];
    let answeredDuringFlood = 0;
    while (flooding) {
      health.push((await api.get('/health/live')).status);
      if (flooding) answeredDuringFlood++;
    }
    await floods;
    expect(floodStatuses).toEqual(Array(PARALLEL_FLOODS * ROUNDS_PER_FLOOD).fill(400));
    expect(health.every((status) => status === 200)).toBe(true);
    expect(answeredDuringFlood).toBeGreaterThan(0);
  }, 180_000);
});
