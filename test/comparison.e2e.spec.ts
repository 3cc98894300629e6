import iconv from 'iconv-lite';
import {
  ApiClient,
  completeProposalContent,
  createMunicipality,
  move,
  must,
  type MunicipalityFixture,
  type RunningSystem,
  startSystem,
} from '@kyodo/testing';
import { adoptedProposal, openCall } from './support/adopted-projects';

const COLUMNS = [
  'local_government_code',
  'municipality_code',
  'municipality_ja',
  'municipality_en',
  'fiscal_year',
  'fiscal_year_wareki',
  'proposal_type',
  'proposer_kind',
  'activity_fields',
  'requested_amount',
  'stage',
  'implemented',
  'end_of_term_verdict',
];

/**
 * 自治体間比較 (issue 21.4): only municipalities whose administrator joined appear, on the page's read and in the
 * dataset; a record names no group, title or proposal; amounts only once a decision is published.
 */
describe('the comparison across municipalities', () => {
  let system: RunningSystem;
  let api: ApiClient;
  let joined: MunicipalityFixture;
  let other: MunicipalityFixture;
  const ADOPTED_TITLE = '比較のための子ども食堂';
  const IN_REVIEW_TITLE = '審査中の見守り事業';
  const OTHER_TITLE = '参加していない町の提案';
  const ids: string[] = [];
  /** 鎌倉市's 全国地方公共団体コード: 14204 and its check digit 2. */
  const KAMAKURA = '142042';

  const submitted = async (x: MunicipalityFixture, callId: string, title: string) => {
    const draft = await must(
      x.proposerA.post(`/api/v1/calls/${callId}/proposals`, {
        organizationId: x.groupAId,
        title,
        content: completeProposalContent(),
      }),
    );
    await move(x.proposerA, draft.id, 'SUBMIT');
    return draft.id as string;
  };

  beforeAll(async () => {
    system = await startSystem();
    api = new ApiClient(system.baseUrl);
    joined = await createMunicipality(api, '比較市');
    other = await createMunicipality(api, '参加しない町');
    const callId = await openCall(joined, 2026, { continuationAllowed: false });
    ids.push(await adoptedProposal(joined, callId, ADOPTED_TITLE));
    ids.push(await submitted(joined, callId, IN_REVIEW_TITLE));
    ids.push(await submitted(other, await openCall(other, 2026, { continuationAllowed: false }), OTHER_TITLE));
  }, 180_000);

  afterAll(async () => {
    await system?.stop();
  });

  it('lists nobody until an administrator joins', async () => {
    expect((await must(api.get('/api/v1/public/comparison'))).municipalities).toEqual([]);
    expect(await must(joined.admin.get('/api/v1/municipality-settings/comparison'))).toEqual({
      comparisonOptIn: false,
      localGovernmentCode: null,
    });
    const dataset = await must(api.get('/api/v1/public/comparison/dataset.json'));
    expect(dataset).toEqual({ columns: COLUMNS, records: [] });
  });

  it('refuses the choice to anyone but the municipality’s administrator', async () => {
    for (const client of [joined.secretariat, joined.proposerA, joined.reviewer]) {
      const answer = await client.request('PUT', '/api/v1/municipality-settings/comparison', {
        comparisonOptIn: true,
        localGovernmentCode: KAMAKURA,
      });
      expect(answer.status).toBe(403);
    }
    expect((await must(api.get('/api/v1/public/comparison'))).municipalities).toEqual([]);
  });

  it('asks for the 全国地方公共団体コード with its check digit before joining, and changes nothing until then', async () => {
    for (const body of [
      { comparisonOptIn: true },
      { comparisonOptIn: true, localGovernmentCode: '142043' },
      { comparisonOptIn: true, localGovernmentCode: '14204' },
    ]) {
      const answer = await joined.admin.request('PUT', '/api/v1/municipality-settings/comparison', body);
      expect(answer.status).toBe(400);
      expect(answer.body.errors.map((e: { field: string }) => e.field)).toEqual(['localGovernmentCode']);
    }
    expect((await must(api.get('/api/v1/public/comparison'))).municipalities).toEqual([]);
  });

  it('shows the municipality that joined, and only it, with its funnel by year', async () => {
    expect(
      await must(
        joined.admin.request('PUT', '/api/v1/municipality-settings/comparison', {
          comparisonOptIn: true,
          localGovernmentCode: KAMAKURA,
        }),
      ),
    ).toEqual({ comparisonOptIn: true, localGovernmentCode: KAMAKURA });
    const { municipalities } = await must(api.get('/api/v1/public/comparison'));
    expect(municipalities.map((m: { code: string }) => m.code)).toEqual([joined.municipalityCode]);
    const [year] = municipalities[0].years;
    expect(year).toMatchObject({
      fiscalYear: 2026,
      fiscalYearWareki: '令和8年度',
      received: 2,
      inReview: 1,
      adopted: 1,
      adoptionRate: 50,
    });
    expect(municipalities[0]).toMatchObject({ nameJa: '比較市', localGovernmentCode: KAMAKURA });
  });

  it('publishes one anonymous record per received proposal, amounts only once decided', async () => {
    const text = await (await fetch(`${system.baseUrl}/api/v1/public/comparison/dataset.json`)).text();
    for (const secret of [ADOPTED_TITLE, IN_REVIEW_TITLE, OTHER_TITLE, ...ids, other.municipalityCode]) {
      expect(text).not.toContain(secret);
    }
    const { records } = JSON.parse(text);
    expect(records).toHaveLength(2);
    const byStage = Object.fromEntries(records.map((r: { stage: string }) => [r.stage, r]));
    expect(byStage.adopted).toMatchObject({
      local_government_code: KAMAKURA,
      municipality_code: joined.municipalityCode,
      fiscal_year: 2026,
      fiscal_year_wareki: '令和8年度',
      proposal_type: 'free',
      proposer_kind: 'group',
      requested_amount: completeProposalContent().requestedAmount,
      implemented: false,
      end_of_term_verdict: null,
    });
    expect(byStage.inReview).toMatchObject({ requested_amount: null, implemented: false });

    const csv = await fetch(`${system.baseUrl}/api/v1/public/comparison/dataset.csv`);
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    const lines = (await csv.text()).trimEnd().split('\r\n');
    expect(lines[0]!.split(',')).toEqual(COLUMNS);
    expect(lines).toHaveLength(3);
    const sjis = await fetch(`${system.baseUrl}/api/v1/public/comparison/dataset.csv?encoding=shift_jis`);
    expect(iconv.decode(Buffer.from(await sjis.arrayBuffer()), 'cp932')).toContain('令和8年度');
    const schema = await must(api.get('/api/v1/public/comparison/schema.json'));
    expect(schema.required).toEqual(['columns', 'records']);
    expect(schema.properties.records.items.required).toEqual(COLUMNS);
  });

  it('answers a file it does not have, or a bad encoding, with a problem and no data', async () => {
    const missing = await fetch(`${system.baseUrl}/api/v1/public/comparison/everything.zip`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const bad = await fetch(`${system.baseUrl}/api/v1/public/comparison/dataset.csv?encoding=latin1`);
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  });

  it('drops the municipality again when its administrator leaves, keeping the code it stated', async () => {
    expect(
      await must(joined.admin.request('PUT', '/api/v1/municipality-settings/comparison', { comparisonOptIn: false })),
    ).toEqual({ comparisonOptIn: false, localGovernmentCode: KAMAKURA });
    expect((await must(api.get('/api/v1/public/comparison'))).municipalities).toEqual([]);
    expect((await must(api.get('/api/v1/public/comparison/dataset.json'))).records).toEqual([]);
  });
});
