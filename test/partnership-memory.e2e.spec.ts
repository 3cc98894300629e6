import {
  ApiClient,
  completeProposalContent,
  createMunicipality,
  move,
  must,
  type MunicipalityFixture,
  type RunningSystem,
  startSystem,
  TEST_DB,
  waitFor,
} from '@kyodo/testing';
import { adoptedProposal, completedProject, decidedProposal, endedProject, openCall } from './support/adopted-projects';

/** The results report (実績報告) group A files at the end of its 2025 project: 1,150 of 1,200 users, 94 of 96 days. */
const RESULTS = {
  summary: '週2回の食堂を年間94回開き、延べ1,150人が利用した。',
  kpiActuals: [
    { name: '食堂の延べ利用者数', actual: 1150 },
    { name: '開催回数', actual: 94 },
  ],
  accounts: [
    { kind: 'income', item: '協働事業負担金', actual: 500_000 },
    { kind: 'income', item: '参加費', actual: 100_000 },
    { kind: 'expense', item: '食材費', actual: 400_000 },
    { kind: 'expense', item: '会場・備品費', actual: 180_000 },
  ],
  incomeTotal: 600_000,
  expenseTotal: 580_000,
  usedAmount: 480_000,
};
const UNPUBLISHED_COMMENT = '非公開のうちに記録された講評：体制の見直しが条件である。';

interface Project {
  proposalId: string;
  decision: { outcome: string; comment: string; published: boolean } | null;
  assessment: { verdict: string; comment: string; published: boolean } | null;
  resultsReport: { status: string } | null;
  kpis: Array<{ name: string; target: number; actual: number | null; achievementPercent: number | null }>;
}

/**
 * 協働の記録 (issue 21, item 1): a proposal's partnership memory of its group and department — the secretariat and the
 * committee read it, a reviewer only after their own sheet is in — and a group's public track record built from
 * published packages only.
 */
describe(`partnership memory (協働の記録) over HTTP on ${TEST_DB}`, () => {
  let system: RunningSystem;
  let x: MunicipalityFixture;
  let completed: string; // 2024: adopted, published, assessed A and published
  let unpublished: string; // 2025: decided, nothing published
  let reported: string; // 2025: adopted and published, results report accepted, no end-of-term evaluation
  let otherGroup: string; // 2026: group B with the same department, submitted
  let current: string; // 2026: group A with the department, in review
  let assignmentId: string;
  const memoryOf = (client: ApiClient) => client.get(`/api/v1/proposals/${current}/partnership-memory`);
  const anonymous = () => new ApiClient(system.baseUrl);

  beforeAll(async () => {
    system = await startSystem();
    x = await createMunicipality(new ApiClient(system.baseUrl), '鎌倉市');
    const call2024 = await openCall(x, 2024, { continuationAllowed: false });
    const call2025 = await openCall(x, 2025, { continuationAllowed: false });
    const call2026 = await openCall(x, 2026, { continuationAllowed: false });
    completed = await adoptedProposal(x, call2024, '多世代食堂（2024）', null, '地域に根ざした計画である。');
    await completedProject(x, completed, 'A', '利用者数が目標を上回り、地域に定着した。');
    unpublished = await decidedProposal(x, call2025, '見守りボランティア', null, UNPUBLISHED_COMMENT);
    reported = await adoptedProposal(x, call2025, '多世代食堂（2025）', null, '前年度の経験が生きている。');
    await endedProject(x, reported);
    const filed = await must(x.proposerA.post(`/api/v1/proposals/${reported}/results-reports`, RESULTS));
    await must(
      x.secretariat.post(`/api/v1/proposals/${reported}/results-reports/${filed.resultsReports[0].id}/review`, {
        decision: 'accepted',
      }),
    );

    const byGroupB = await must(
      x.proposerB.post(`/api/v1/calls/${call2026}/proposals`, {
        organizationId: x.groupBId,
        title: '放課後の学習支援',
        partnerDepartmentIds: [x.departmentId],
        content: completeProposalContent(),
      }),
    );
    otherGroup = byGroupB.id;
    await move(x.proposerB, otherGroup, 'SUBMIT');

    const draft = await must(
      x.proposerA.post(`/api/v1/calls/${call2026}/proposals`, {
        organizationId: x.groupAId,
        title: '多世代食堂（2026）',
        partnerDepartmentIds: [x.departmentId],
        content: completeProposalContent(),
      }),
    );
    current = draft.id;
    await move(x.proposerA, current, 'SUBMIT');
    await move(x.secretariat, current, 'ACCEPT');
    const [assignment] = await must(
      x.secretariat.post(`/api/v1/proposals/${current}/assignments`, {
        reviewerIds: [x.reviewerId],
        stage: 'document',
      }),
    );
    assignmentId = assignment.id;
  }, 300_000);

  afterAll(async () => {
    await system?.stop();
  });

  it('shows the secretariat the pair’s past proposals, published or not, with 講評, reports, verdicts and KPIs', async () => {
    const memory = await must(memoryOf(x.secretariat));
    expect(memory.groups.map((g: { id: string }) => g.id)).toEqual([x.groupAId]);
    expect(memory.departments.map((d: { id: string }) => d.id)).toEqual([x.departmentId]);
    const pair: Project[] = memory.sections.pair.projects;
    // Newest fiscal year first; the proposal on screen is not its own memory.
    expect(pair.map((p) => p.proposalId).sort()).toEqual([completed, unpublished, reported].sort());
    expect(pair[pair.length - 1]!.proposalId).toBe(completed);
    expect(memory.sections.pair.summary).toEqual({ proposals: 3, adopted: 3, assessed: 1 });

    const byId = new Map(pair.map((p) => [p.proposalId, p]));
    expect(byId.get(unpublished)!.decision).toMatchObject({
      outcome: 'adopted',
      comment: UNPUBLISHED_COMMENT,
      published: false,
    });
    await waitFor(async () => {
      const again = await must(memoryOf(x.secretariat));
      return again.sections.pair.projects.find((p: Project) => p.proposalId === completed).assessment?.published;
    }, 30_000);
    const settled = new Map<string, Project>(
      (await must(memoryOf(x.secretariat))).sections.pair.projects.map((p: Project) => [p.proposalId, p]),
    );
    expect(settled.get(completed)!.assessment).toMatchObject({
      verdict: 'A',
      comment: '利用者数が目標を上回り、地域に定着した。',
      published: true,
    });
    expect(settled.get(completed)!.decision).toMatchObject({ comment: '地域に根ざした計画である。', published: true });
    expect(settled.get(reported)!.resultsReport).toMatchObject({ status: 'accepted' });
    expect(settled.get(reported)!.assessment).toBeNull();
    // KPIs planned against achieved: 1,150 of 1,200 → 95.8 %, 94 of 96 → 97.9 %.
    expect(settled.get(reported)!.kpis.map((k) => [k.name, k.target, k.actual, k.achievementPercent])).toEqual([
      ['食堂の延べ利用者数', 1200, 1150, 95.8],
      ['開催回数', 96, 94, 97.9],
    ]);

    // Group B with the same department: the department's memory, not the pair's.
    expect(memory.sections.departmentOnly.projects.map((p: Project) => p.proposalId)).toEqual([otherGroup]);
    expect(memory.sections.groupOnly.projects).toEqual([]);
    expect((await must(memoryOf(x.chair))).sections.pair.summary.proposals).toBe(3);
    expect((await must(memoryOf(x.committeeMember))).sections.pair.summary.proposals).toBe(3);
  });

  it('refuses a reviewer until their own sheet is submitted (a problem, not a 500), then shows it', async () => {
    const blind = await memoryOf(x.reviewer);
    expect(blind.status).toBe(403);
    expect(blind.headers.get('content-type')).toContain('application/problem+json');
    expect(blind.body.code).toBe('partnership_memory_hidden_until_own_sheet_submitted');
    expect(blind.body.title).toContain('採点票');
    // Nor does another reviewer, not assigned, read it.
    expect((await memoryOf(x.reviewer3)).body.code).toBe('partnership_memory_hidden_until_own_sheet_submitted');

    await must(
      x.reviewer.request('PUT', `/api/v1/assignments/${assignmentId}/score-sheet`, {
        scores: { public_benefit: 4, feasibility: 3 },
        comments: { feasibility: '体制は十分' },
      }),
    );
    await must(x.reviewer.post(`/api/v1/assignments/${assignmentId}/score-sheet/submit`));
    const seen = await must(memoryOf(x.reviewer));
    expect(seen.sections.pair.projects.map((p: Project) => p.proposalId).sort()).toEqual(
      [completed, unpublished, reported].sort(),
    );
  });

  it('refuses the proposer and anyone of another municipality', async () => {
    const own = await memoryOf(x.proposerA);
    expect(own.status).toBe(403);
    expect(own.body.code).toBe('partnership_memory_not_allowed');
    const y = await createMunicipality(new ApiClient(system.baseUrl), '藤沢市');
    expect((await memoryOf(y.secretariat)).status).toBe(404);
  });

  it('publishes a group’s track record from published packages only', async () => {
    await waitFor(async () => {
      const page = await anonymous().get(`/api/v1/public/proposals/${completed}`);
      return page.status === 200 && page.body.assessment !== null;
    }, 30_000);
    await waitFor(async () => (await anonymous().get(`/api/v1/public/proposals/${reported}`)).status === 200, 30_000);
    const page = await must(anonymous().get(`/api/v1/public/proposals/${completed}`));
    expect(page.trackRecordGroupId).toBe(x.groupAId);

    const record = await must(anonymous().get(`/api/v1/public/groups/${x.groupAId}/track-record`));
    expect(record.group).toMatchObject({ id: x.groupAId });
    // The decided but unpublished proposal is not there, nor the one in review.
    expect(record.projects.map((p: { proposalId: string }) => p.proposalId)).toEqual([reported, completed]);
    expect(record.summary).toEqual({ published: 2, adopted: 2, assessed: 1 });
    const [r2025, r2024] = record.projects;
    expect(r2024).toMatchObject({
      fiscalYear: 2024,
      role: 'proposer',
      decision: { outcome: 'adopted', comment: '地域に根ざした計画である。', provisional: false },
      assessment: { verdict: 'A', comment: '利用者数が目標を上回り、地域に定着した。' },
    });
    // The accepted results report is in no published package yet: neither its KPIs nor a verdict appear.
    expect(r2025).toMatchObject({ fiscalYear: 2025, assessment: null });
    const text = JSON.stringify(record);
    expect(text).not.toContain(UNPUBLISHED_COMMENT);
    expect(text).not.toContain(RESULTS.summary);

    const none = await anonymous().get(`/api/v1/public/groups/${x.groupBId}/track-record`);
    expect(none.status).toBe(404);
    expect(none.body.code).toBe('track_record_group_not_found');
    expect((await anonymous().get(`/api/v1/public/groups/${x.departmentId}/track-record`)).status).toBe(404);
  });
});
