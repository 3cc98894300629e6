import iconv from 'iconv-lite';
import { unzipSync } from 'fflate';
import {
  ApiClient,
  completeProposalContent,
  createMunicipality,
  move,
  must,
  type MunicipalityFixture,
  type RunningSystem,
  sessionBody,
  startSystem,
  waitFor,
} from '@kyodo/testing';
import { openCall } from './support/adopted-projects';

/**
 * The funnel the Kamakura text reads (提案数 60、実施件数 31、市提案の実施率 89.4% に対し団体提案 34.1%), on a
 * small call whose figures are computed by hand:
 *
 * | type  | received | screened out | withdrawn | in review | not adopted | adopted | implemented | 採択率 | 実施率 |
 * | theme |        9 |            0 |         0 |         0 |           1 |       8 |           8 |  88.9% |  88.9% |
 * | free  |        8 |            1 |         1 |         1 |           1 |       4 |           3 |  50.0% |  37.5% |
 * | all   |       17 |            1 |         1 |         1 |           2 |      12 |          11 |  70.6% |  64.7% |
 *
 * 8 ÷ 9 = 88.88… → 88.9; 3 ÷ 8 = 37.5; 12 ÷ 17 = 70.58… → 70.6; 11 ÷ 17 = 64.70… → 64.7 (half up, one decimal).
 * Two of the theme proposals come from the department itself; the rest of the theme proposals are groups answering
 * the department's theme — theme-based all the same. One free proposal has an agreement but has not started: adopted,
 * not implemented. One title holds 𠮷 and an emoji, which Shift_JIS cannot carry.
 */
describe('the funnel: proposals received to projects implemented, by type and proposer', () => {
  let system: RunningSystem;
  let x: MunicipalityFixture;
  let callId: string;
  const ODD_TITLE = '𠮷田の子ども食堂😀';

  const draft = async (client: ApiClient, organizationId: string, title: string, extra: Record<string, unknown>) =>
    (
      await must(
        client.post(`/api/v1/calls/${callId}/proposals`, {
          organizationId,
          title,
          content: completeProposalContent(),
          ...extra,
        }),
      )
    ).id as string;

  /** Screening, one reviewer's sheet and the committee's session, to a decision of each, then published. */
  const decide = async (decisions: Array<[string, 'adopted' | 'notAdopted']>) => {
    for (const [id] of decisions) {
      await move(x.secretariat, id, 'ACCEPT');
      const [assignment] = await must(
        x.secretariat.post(`/api/v1/proposals/${id}/assignments`, { reviewerIds: [x.reviewer4Id], stage: 'document' }),
      );
      await must(
        x.reviewer4.request('PUT', `/api/v1/assignments/${assignment.id}/score-sheet`, {
          scores: { public_benefit: 4, feasibility: 4 },
          comments: { feasibility: '体制は十分' },
        }),
      );
      await must(x.reviewer4.post(`/api/v1/assignments/${assignment.id}/score-sheet/submit`));
      await move(x.secretariat, id, 'REVIEW_COMPLETE');
    }
    const ids = decisions.map(([id]) => id);
    const session = await must(x.secretariat.post(`/api/v1/calls/${callId}/sessions`, sessionBody(x.committeeId, ids)));
    await must(
      x.secretariat.request('PUT', `/api/v1/sessions/${session.id}/attendance`, {
        present: [x.chairId, x.committeeMemberId],
      }),
    );
    for (const [id, decision] of decisions) {
      await move(x.chair, id, 'FINALIZE', { decision, reason: '地域の課題を的確にとらえている。' });
      await move(x.secretariat, id, 'PUBLISH');
    }
  };

  const agree = (id: string) =>
    move(x.secretariat, id, 'CONCLUDE_AGREEMENT', {
      termStart: '2026-04-01',
      termEnd: '2027-03-31',
      roleSharing: '団体：運営／市：会場と広報',
      informationSharing: '月1回の定例会議',
    });

  const statistics = async () =>
    (await fetch(`${system.baseUrl}/api/v1/public/statistics?municipality=${x.municipalityCode}`)).json() as Promise<{
      funnel: Array<Record<string, unknown>>;
    }>;
  const row = (funnel: Array<Record<string, unknown>>, dimension: string, key: string) =>
    funnel.find((r) => r.fiscalYear === null && r.dimension === dimension && r.key === key);

  beforeAll(async () => {
    system = await startSystem();
    x = await createMunicipality(new ApiClient(system.baseUrl));
    callId = await openCall(x, 2026, { continuationAllowed: false });
    const theme = await must(
      x.secretariat.post(`/api/v1/calls/${callId}/themes`, {
        departmentId: x.departmentId,
        titleJa: '子どもの居場所づくり',
      }),
    );
    const partnered = { partnerDepartmentIds: [x.departmentId] };
    const themed = { themeId: theme.id, ...partnered };
    const free = { partnerDepartmentIds: [x.secretariatOrgId] };

    const themeIds = [
      await draft(x.proposerA, x.groupAId, ODD_TITLE, themed),
      ...(await Promise.all([1, 2, 3, 4, 5, 6].map((i) => draft(x.proposerA, x.groupAId, `テーマ提案${i}`, themed)))),
      await draft(x.departmentStaff, x.departmentId, '市の提案1', { themeId: theme.id }),
      await draft(x.departmentStaff, x.departmentId, '市の提案2', { themeId: theme.id }),
    ];
    const freeIds = await Promise.all(
      [1, 2, 3, 4, 5, 6, 7, 8].map((i) =>
        draft(i % 2 ? x.proposerA : x.proposerB, i % 2 ? x.groupAId : x.groupBId, `自由提案${i}`, free),
      ),
    );
    for (const [i, id] of themeIds.entries()) await move(i < 7 ? x.proposerA : x.departmentStaff, id, 'SUBMIT');
    for (const [i, id] of freeIds.entries()) await move(i % 2 ? x.proposerB : x.proposerA, id, 'SUBMIT');

    await decide([
      ...themeIds.map((id, i): [string, 'adopted' | 'notAdopted'] => [id, i === 1 ? 'notAdopted' : 'adopted']),
      ...freeIds
        .slice(0, 5)
        .map((id, i): [string, 'adopted' | 'notAdopted'] => [id, i === 4 ? 'notAdopted' : 'adopted']),
    ]);
    await move(x.secretariat, freeIds[5]!, 'REJECT_INELIGIBLE', { reason: '市内で活動する団体ではありません。' });
    await move(x.proposerA, freeIds[6]!, 'WITHDRAW', { reason: '体制が整わなかったため。' });
    // freeIds[7] stays in screening: received, in review.
    await waitFor(async () => row((await statistics()).funnel, 'total', 'all')?.adopted === 12, 30_000);
    for (const id of [...themeIds.filter((_, i) => i !== 1), ...freeIds.slice(0, 4)]) await agree(id);
    for (const id of [...themeIds.filter((_, i) => i !== 1), ...freeIds.slice(0, 3)])
      await move(x.secretariat, id, 'START');
  }, 300_000);

  afterAll(async () => {
    await system?.stop();
  });

  it('answers every stage and both rates over the proposals received, by proposal type (88.9 % against 37.5 %)', async () => {
    const { funnel } = await statistics();
    expect(row(funnel, 'proposalType', 'theme')).toMatchObject({
      labelJa: 'テーマ設定型',
      received: 9,
      screenedOut: 0,
      withdrawn: 0,
      inReview: 0,
      notAdopted: 1,
      adopted: 8,
      implemented: 8,
      adoptionRate: 88.9,
      implementationRate: 88.9,
    });
    expect(row(funnel, 'proposalType', 'free')).toMatchObject({
      labelJa: '自由提案型',
      received: 8,
      screenedOut: 1,
      withdrawn: 1,
      inReview: 1,
      notAdopted: 1,
      adopted: 4,
      implemented: 3,
      adoptionRate: 50,
      implementationRate: 37.5,
    });
    expect(row(funnel, 'total', 'all')).toMatchObject({
      received: 17,
      adopted: 12,
      implemented: 11,
      adoptionRate: 70.6,
      implementationRate: 64.7,
    });
    // The same figures for the fiscal year itself.
    expect(
      funnel.find((r) => r.fiscalYear === 2026 && r.dimension === 'proposalType' && r.key === 'theme'),
    ).toMatchObject({ received: 9, implemented: 8 });
  });

  it('counts a group answering the department’s theme as theme-based, and by proposer as a group', async () => {
    const { funnel } = await statistics();
    expect(row(funnel, 'typeAndProposer', 'theme:group')).toMatchObject({
      received: 7,
      implemented: 6,
      implementationRate: 85.7,
    });
    expect(row(funnel, 'typeAndProposer', 'theme:department')).toMatchObject({
      received: 2,
      implemented: 2,
      implementationRate: 100,
    });
    expect(row(funnel, 'proposerKind', 'group')).toMatchObject({
      labelJa: '市民活動団体',
      received: 15,
      implemented: 9,
      implementationRate: 60,
    });
    expect(row(funnel, 'department', x.departmentId)).toMatchObject({
      labelJa: 'こども家庭課',
      received: 9,
      implemented: 8,
    });
    expect(row(funnel, 'department', x.secretariatOrgId)).toMatchObject({
      labelJa: '市民活動推進課',
      received: 8,
      implemented: 3,
    });
    const list = await (
      await fetch(
        `${system.baseUrl}/api/v1/public/proposals?municipality=${x.municipalityCode}&proposalType=theme&limit=100`,
      )
    ).json();
    expect(list.items).toHaveLength(9);
    expect(list.items.every((i: { proposalType: string }) => i.proposalType === 'theme')).toBe(true);
  });

  it('publishes the same funnel as open data, UTF-8 and Shift_JIS', async () => {
    const csv = await (
      await fetch(`${system.baseUrl}/api/v1/public/open-data/funnel.csv?municipality=${x.municipalityCode}`)
    ).text();
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toBe(
      'fiscal_year,dimension,key,label_ja,label_en,received,screened_out,withdrawn,in_review,not_adopted,adopted,implemented,adoption_rate,implementation_rate',
    );
    expect(lines).toContain('all,proposalType,theme,テーマ設定型,Theme-based,9,0,0,0,1,8,8,88.9,88.9');
    expect(lines).toContain('all,proposalType,free,自由提案型,Free proposal,8,1,1,1,1,4,3,50,37.5');
    expect(lines).toContain('2026,total,all,全体,All,17,1,1,1,2,12,11,70.6,64.7');
    const sjis = await fetch(
      `${system.baseUrl}/api/v1/public/open-data/funnel.csv?municipality=${x.municipalityCode}&encoding=shift_jis`,
    );
    expect(sjis.headers.get('content-type')).toContain('Shift_JIS');
    expect(sjis.headers.get('x-replaced-characters')).toBe('0');
    expect(iconv.decode(Buffer.from(await sjis.arrayBuffer()), 'cp932')).toBe(csv);
  });

  it('offers the records in Shift_JIS with the characters outside it replaced by 〓 and counted', async () => {
    const utf8 = await (await fetch(`${system.baseUrl}/api/v1/public/open-data/${callId}.csv`)).text();
    expect(utf8).toContain(ODD_TITLE);
    expect(utf8.split('\r\n')[0]).toContain(',origin,proposal_type,');
    const response = await fetch(`${system.baseUrl}/api/v1/public/open-data/${callId}.csv?encoding=shift_jis`);
    expect(response.status).toBe(200);
    expect(response.headers.get('x-replaced-characters')).toBe('2');
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(false);
    const decoded = iconv.decode(bytes, 'cp932');
    expect(decoded).toContain('〓田の子ども食堂〓');
    expect(decoded).toBe(utf8.replace(ODD_TITLE, '〓田の子ども食堂〓'));

    const zip = unzipSync(
      new Uint8Array(
        await (
          await fetch(`${system.baseUrl}/api/v1/public/open-data/all.zip?municipality=${x.municipalityCode}`)
        ).arrayBuffer(),
      ),
    );
    expect(Object.keys(zip).sort()).toEqual([
      'README.txt',
      'audit-heads-sjis.csv',
      'audit-heads.csv',
      'criteria-sjis.csv',
      'criteria.csv',
      'funnel-sjis.csv',
      'funnel.csv',
      'records-sjis.csv',
      'records.csv',
      'records.json',
      'results-sjis.csv',
      'results.csv',
      'rule.json',
      'schema.json',
      'scores-sjis.csv',
      'scores.csv',
      'verification-schema.json',
      'verify.mjs',
    ]);
    const readme = Buffer.from(zip['README.txt']!).toString('utf8');
    expect(readme).toContain('records-sjis.csv: 2 character(s) outside Shift_JIS (CP932) replaced by 〓');
    expect(readme).toContain('funnel-sjis.csv: 0 character(s)');
    expect(iconv.decode(Buffer.from(zip['records-sjis.csv']!), 'cp932')).toContain('〓田の子ども食堂〓');
  });

  it('refuses an unknown encoding with a problem', async () => {
    const response = await fetch(`${system.baseUrl}/api/v1/public/open-data/${callId}.csv?encoding=ebcdic`);
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
  });
});
