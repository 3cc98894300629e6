import {
  ApiClient,
  completeProposalContent,
  createMunicipality,
  move,
  must,
  type MunicipalityFixture,
  type RunningSystem,
  sessionBody,
  smallRubric,
  startSystem,
  TEST_DB,
  waitFor,
} from '@kyodo/testing';

const base64url = (text: string) => Buffer.from(text, 'utf8').toString('base64url');

/**
 * Cursors that no list issued. The public list once compared its cursor with
 * a uuid column unchecked, so each of these was a 500 from the database
 * (issue 15, item 3); the proposals list checked its parts too loosely.
 */
const FORGED: Record<string, string> = {
  'not base64url JSON': 'zzz',
  'a bare proposal id (the old public cursor)': '00000000-0000-4000-8000-000000000000',
  'a time V8 parses and PostgreSQL does not': base64url('["1","00000000-0000-4000-8000-000000000000"]'),
  'year 0': base64url('["0000-01-01T00:00:00.000Z","00000000-0000-4000-8000-000000000000"]'),
  'dashes where the id goes': base64url(`["2026-01-01T00:00:00.000Z","${'-'.repeat(36)}"]`),
  'an id that is no uuid': base64url('["zzz"]'),
  'not an array': base64url('{}'),
  empty: '',
};

/** The list answers one page after another by following nextCursor, disclosed or not. */
async function follow(get: (cursor?: string) => Promise<{ items: Array<{ id: string }>; nextCursor: string | null }>) {
  const pages: string[][] = [];
  let cursor: string | undefined;
  do {
    const page = await get(cursor);
    pages.push(page.items.map((item) => item.id));
    cursor = page.nextCursor ?? undefined;
    expect(pages.length).toBeLessThan(10);
  } while (cursor);
  return pages;
}

describe(`page cursors on ${TEST_DB}`, () => {
  let system: RunningSystem;
  let x: MunicipalityFixture;
  const published: string[] = [];
  const publicList = (query: string) => fetch(`${system.baseUrl}/api/v1/public/proposals?${query}`);

  beforeAll(async () => {
    system = await startSystem({ LOG_LEVEL: 'error' });
    x = await createMunicipality(new ApiClient(system.baseUrl), '藤沢市');
    await must(x.secretariat.request('PUT', `/api/v1/calls/${x.callId}/rubrics/document`, smallRubric()));
    // Three proposals through review and a joint session to publication: three disclosed rows to page through.
    for (const title of ['海辺の清掃活動', '商店街の見守り', '子ども食堂の連携']) {
      const { id } = await must(
        x.proposerA.post(`/api/v1/calls/${x.callId}/proposals`, {
          organizationId: x.groupAId,
          title,
          content: completeProposalContent(),
        }),
      );
      await move(x.proposerA, id, 'SUBMIT');
      await move(x.secretariat, id, 'ACCEPT');
      const [assignment] = await must(
        x.secretariat.post(`/api/v1/proposals/${id}/assignments`, { reviewerIds: [x.reviewer2Id], stage: 'document' }),
      );
      await must(
        x.reviewer2.request('PUT', `/api/v1/assignments/${assignment.id}/score-sheet`, {
          scores: { public_benefit: 4, feasibility: 3 },
          comments: { feasibility: '体制は十分' },
        }),
      );
      await must(x.reviewer2.post(`/api/v1/assignments/${assignment.id}/score-sheet/submit`));
      await move(x.secretariat, id, 'REVIEW_COMPLETE');
      published.push(id);
    }
    const session = await must(
      x.secretariat.post(`/api/v1/calls/${x.callId}/sessions`, sessionBody(x.committeeId, published)),
    );
    await must(
      x.secretariat.request('PUT', `/api/v1/sessions/${session.id}/attendance`, {
        present: [x.chairId, x.committeeMemberId],
      }),
    );
    for (const id of published) {
      await move(x.chair, id, 'FINALIZE', { decision: 'adopted', reason: '地域課題に即している。' });
      await move(x.secretariat, id, 'PUBLISH');
    }
    await waitFor(
      async () => (await (await publicList(`municipality=${x.municipalityCode}`)).json()).items.length === 3,
      30_000,
    );
  }, 180_000);

  afterAll(async () => {
    await system?.stop();
  });

  it('pages through the public list one disclosed proposal at a time, each once, in id order', async () => {
    const pages = await follow(async (cursor) => {
      const response = await publicList(
        `municipality=${x.municipalityCode}&limit=1${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      );
      expect(response.status).toBe(200);
      return response.json();
    });
    expect(pages).toEqual([...published].sort().map((id) => [id]));
  });

  it('refuses a public-list cursor it did not issue with a 400 naming cursor, never a 500', async () => {
    // A cursor of the proposals list is well-formed, but not one of this list.
    const foreign = (await must(x.secretariat.get('/api/v1/proposals?limit=1'))).nextCursor as string;
    for (const [what, cursor] of Object.entries({ ...FORGED, 'a cursor of another list': foreign })) {
      const response = await publicList(`municipality=${x.municipalityCode}&cursor=${encodeURIComponent(cursor)}`);
      const problem = await response.json();
      expect({ what, status: response.status, type: response.headers.get('content-type') }).toEqual({
        what,
        status: 400,
        type: expect.stringMatching(/^application\/problem\+json/),
      });
      expect(problem.code).toBe('validation_failed');
      expect(problem.errors.map((error: { field: string }) => error.field)).toEqual(['cursor']);
    }
  });

  it('refuses a search term PostgreSQL cannot hold (NUL) with a 400 naming q', async () => {
    const response = await publicList(`municipality=${x.municipalityCode}&q=a%00b`);
    expect(response.status).toBe(400);
    expect((await response.json()).errors.map((error: { field: string }) => error.field)).toEqual(['q']);
  });

  it('pages the proposals list by its own cursor and refuses forged ones', async () => {
    const all = (await must(x.secretariat.get(`/api/v1/proposals?callId=${x.callId}&limit=100`))).items.map(
      (item: { id: string }) => item.id,
    );
    const pages = await follow(async (cursor) =>
      must(
        x.secretariat.get(
          `/api/v1/proposals?callId=${x.callId}&limit=1${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
        ),
      ),
    );
    expect(pages).toEqual(all.map((id: string) => [id]));
    for (const [what, cursor] of Object.entries(FORGED)) {
      const response = await x.secretariat.get(`/api/v1/proposals?cursor=${encodeURIComponent(cursor)}`);
      expect({
        what,
        status: response.status,
        fields: response.body.errors?.map((e: { field: string }) => e.field),
      }).toEqual({ what, status: 400, fields: ['cursor'] });
    }
  });
});
