import {
  ApiClient,
  createMunicipality,
  move,
  must,
  type MunicipalityFixture,
  type RunningSystem,
  startSystem,
} from '@kyodo/testing';
import { ADOPTED_TITLE, discloseTwoProposals } from './web/pages/public-data';

const AGREEMENT = {
  groupName: 'NPO法人 かまくら子ども食堂ネット',
  departmentName: 'こども家庭課',
  termStart: '2026-04-01',
  termEnd: '2027-03-31',
  roleSharing: '団体：食堂の運営／市：会場と広報',
  informationSharing: '月例の連絡会で進捗を共有する',
  costSharing: '食材費は団体、会場費は市が負担する',
  grantedAmount: 650_000,
  partnershipForm: 'futankin',
  formNumber: '様式第7号',
  madeOn: '2026-04-01',
};

const PLAN_CHANGE = {
  kinds: ['period', 'budget'],
  reason: '会場の改修工事で、2月の開催ができなくなったため',
  description: '2月の8回を3月に移し、会場・備品費を20万円減らす',
  budgetTotal: 800_000,
};

/**
 * The accounts as the group adds them up by hand. The proposal planned income 協働事業負担金 800,000 + 参加費 200,000
 * and expenditure 食材費 600,000 + 会場・備品費 400,000; the agreement granted 650,000.
 *   income  650,000 + 143,500            = 793,500
 *   expense 587,230 + 176,000 + 12,800   = 776,030 (保険料 was not planned)
 *   of the grant used 612,480 → to return 650,000 − 612,480 = 37,520
 */
const ACCOUNTS = [
  { kind: 'income', item: '協働事業負担金', actual: 650_000 },
  { kind: 'income', item: '参加費', actual: 143_500 },
  { kind: 'expense', item: '食材費', actual: 587_230 },
  { kind: 'expense', item: '会場・備品費', actual: 176_000 },
  { kind: 'expense', item: '保険料', actual: 12_800 },
];
const RESULTS = {
  summary: '週2回の食堂を年間94回開き、延べ1,150人が利用した。',
  kpiActuals: [
    { name: '食堂の延べ利用者数', actual: 1150 },
    { name: '開催回数', actual: 94 },
  ],
  accounts: ACCOUNTS,
  incomeTotal: 793_500,
  expenseTotal: 776_030,
  usedAmount: 612_480,
};

/**
 * Items 3 and 4 of issue 17 through the API: plan change requests during implementation, a milestone's status after it
 * was recorded, and the results report with its accounts and settlement at term end. Every refused request is checked
 * to have changed nothing.
 */
describe('plan changes, milestone statuses and the results report', () => {
  let system: RunningSystem;
  let x: MunicipalityFixture;
  let id: string;

  const partnership = (client: ApiClient = x.secretariat) => must(client.get(`/api/v1/proposals/${id}/partnership`));
  const post = (client: ApiClient, route: string, body: unknown) =>
    client.post(`/api/v1/proposals/${id}/${route}`, body);
  const audit = async () =>
    (await must(x.secretariat.get(`/api/v1/proposals/${id}/audit`))) as Array<{ action: string }>;

  beforeAll(async () => {
    system = await startSystem();
    x = await createMunicipality(new ApiClient(system.baseUrl));
    const { callId } = await discloseTwoProposals(x, system.baseUrl);
    const mine = await must(x.proposerA.get(`/api/v1/proposals?callId=${callId}`));
    id = (mine.items as Array<{ id: string; title: string }>).find((p) => p.title === ADOPTED_TITLE)!.id;
    const view = await partnership();
    await must(
      x.secretariat.post(`/api/v1/proposals/${id}/agreement`, AGREEMENT, { 'if-match': `"${view.proposal.version}"` }),
    );
  }, 180_000);

  afterAll(async () => {
    await system?.stop();
  });

  it('takes no plan change before the project starts', async () => {
    const early = await post(x.proposerA, 'plan-changes', PLAN_CHANGE);
    expect(early.status).toBe(422);
    expect(early.body.code).toBe('partnership_not_implementing');
    await move(x.secretariat, id, 'START');
    expect((await partnership()).planChanges).toEqual([]);
  });

  it('refuses a bad plan change request with a problem, and changes nothing', async () => {
    const before = await audit();
    const invalid = await post(x.proposerA, 'plan-changes', { kinds: ['weather'], reason: ' ', budgetTotal: 1.5 });
    expect(invalid.status).toBe(400);
    expect(invalid.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'budgetTotal',
      'description',
      'kinds',
      'reason',
    ]);
    const budgetless = await post(x.proposerA, 'plan-changes', { ...PLAN_CHANGE, kinds: ['period'] });
    expect(budgetless.status).toBe(422);
    expect(budgetless.body.code).toBe('plan_change_budget_total_without_budget');
    const bySecretariat = await post(x.secretariat, 'plan-changes', PLAN_CHANGE);
    expect(bySecretariat.status).toBe(403);
    expect(bySecretariat.body.code).toBe('partnership_not_partner');
    const byReviewer = await post(x.reviewer, 'plan-changes', PLAN_CHANGE);
    expect([403, 404]).toContain(byReviewer.status);
    expect((await partnership()).planChanges).toEqual([]);
    expect(await audit()).toHaveLength(before.length);
  });

  it('takes plan change requests from both partners; the secretariat approves one, returns one, once each', async () => {
    const filed = await post(x.proposerA, 'plan-changes', PLAN_CHANGE);
    expect(filed.status).toBe(201);
    expect(filed.body.planChanges).toEqual([
      expect.objectContaining({
        requesterParty: 'group',
        kinds: ['period', 'budget'],
        reason: PLAN_CHANGE.reason,
        budgetTotal: 800_000,
        status: 'submitted',
        reviewNote: null,
      }),
    ]);
    const byDepartment = await post(x.departmentStaff, 'plan-changes', {
      kinds: ['kpis'],
      reason: '利用者の年齢層が想定と違ったため',
      description: '延べ利用者数の目標を1,200人から1,000人にする',
    });
    expect(byDepartment.status).toBe(201);
    const [groupChange, departmentChange] = byDepartment.body.planChanges;
    expect(departmentChange).toMatchObject({ requesterParty: 'department', budgetTotal: null });

    const review = (changeId: string, body: unknown, client = x.secretariat) =>
      client.post(`/api/v1/proposals/${id}/plan-changes/${changeId}/review`, body);
    expect((await review(groupChange.id, { decision: 'approved' }, x.proposerA)).status).toBe(403);
    const noNote = await review(departmentChange.id, { decision: 'returned', note: '  ' });
    expect(noNote.status).toBe(422);
    expect(noNote.body.code).toBe('progress_report_return_needs_note');
    expect((await review(groupChange.id, { decision: 'maybe' })).status).toBe(400);
    expect((await partnership()).planChanges.map((c: { status: string }) => c.status)).toEqual([
      'submitted',
      'submitted',
    ]);

    const approved = await review(groupChange.id, { decision: 'approved' });
    expect(approved.status).toBe(201);
    const returned = await must(
      review(departmentChange.id, { decision: 'returned', note: '目標を下げる根拠を添えてください' }),
    );
    expect(
      returned.planChanges.map((c: { status: string; reviewNote: string | null }) => [c.status, c.reviewNote]),
    ).toEqual([
      ['approved', null],
      ['returned', '目標を下げる根拠を添えてください'],
    ]);
    const twice = await review(groupChange.id, { decision: 'returned', note: 'やはり差し戻す' });
    expect(twice.status).toBe(409);
    expect(twice.body.code).toBe('plan_change_already_reviewed');
    expect((await partnership()).planChanges[0].status).toBe('approved');
    expect((await audit()).map((e) => e.action)).toEqual(
      expect.arrayContaining(['plan_change.requested', 'plan_change.approved', 'plan_change.returned']),
    );
  });

  it('sets a recorded milestone done on a day or delayed with a note, and keeps a done one done', async () => {
    const recorded = await must(
      x.proposerA.post(
        `/api/v1/proposals/${id}/milestones`,
        { title: '夏休み特別食堂', dueOn: '2026-08-20', status: 'planned' },
        { 'if-match': `"${(await partnership()).proposal.version}"` },
      ),
    );
    const milestone = recorded.milestones[0];
    const status = (body: unknown, client = x.proposerA) =>
      client.post(`/api/v1/proposals/${id}/milestones/${milestone.id}/status`, body);

    expect((await status({ status: 'done' })).body.code).toBe('milestone_status_needs_detail');
    expect((await status({ status: 'delayed', doneOn: '2026-08-20' })).body.code).toBe('milestone_status_needs_detail');
    const bad = await status({ status: 'planned', doneOn: '2026-02-30' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['doneOn', 'status']);
    expect((await status({ status: 'done', doneOn: '2026-08-20' }, x.reviewer)).status).toBeGreaterThanOrEqual(403);
    expect((await partnership()).milestones[0]).toMatchObject({ status: 'planned', doneOn: null, delayNote: null });

    const delayed = await must(status({ status: 'delayed', note: '台風で1週間延期した' }, x.departmentStaff));
    expect(delayed.milestones[0]).toMatchObject({ status: 'delayed', delayNote: '台風で1週間延期した' });
    const done = await must(status({ status: 'done', doneOn: '2026-08-27' }, x.secretariat));
    expect(done.milestones[0]).toMatchObject({ status: 'done', doneOn: '2026-08-27', delayNote: null });
    const again = await status({ status: 'delayed', note: '再延期' });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('milestone_already_done');
    expect((await partnership()).milestones[0].status).toBe('done');
  });

  it('takes no results report before the project ends', async () => {
    const early = await post(x.proposerA, 'results-reports', RESULTS);
    expect(early.status).toBe(422);
    expect(early.body.code).toBe('results_report_not_ended');
    await move(x.secretariat, id, 'RESOLVE_CONDITION', { conditionId: 'c1', note: '中間報告で確認した' });
    await move(x.secretariat, id, 'END');
    const ended = await partnership();
    expect(ended.proposal.state).toContain('projectEvaluation');
    // A plan no longer changes, nor a milestone's status, once the project has ended.
    expect((await post(x.proposerA, 'plan-changes', PLAN_CHANGE)).status).toBe(422);
    expect(ended.budgetPlan).toEqual([
      { kind: 'income', item: '協働事業負担金', amount: 800_000 },
      { kind: 'income', item: '参加費', amount: 200_000 },
      { kind: 'expense', item: '食材費', amount: 600_000 },
      { kind: 'expense', item: '会場・備品費', amount: 400_000 },
    ]);
  });

  it('refuses a results report that does not add up or leaves something out, and changes nothing', async () => {
    const before = await audit();
    const refusals: Array<[unknown, number, string]> = [
      [{ ...RESULTS, incomeTotal: 793_000 }, 422, 'results_report_total_mismatch'],
      [{ ...RESULTS, expenseTotal: 763_230 }, 422, 'results_report_total_mismatch'],
      [{ ...RESULTS, usedAmount: 776_031 }, 422, 'results_report_used_over_expense'],
      [{ ...RESULTS, kpiActuals: RESULTS.kpiActuals.slice(0, 1) }, 422, 'results_report_missing_kpi'],
      [
        { ...RESULTS, kpiActuals: [...RESULTS.kpiActuals, { name: '満足度', actual: 90 }] },
        422,
        'progress_unknown_kpi',
      ],
      [{ ...RESULTS, accounts: ACCOUNTS.slice(1) }, 422, 'results_report_budget_line'],
      [{ ...RESULTS, accounts: [...ACCOUNTS, ACCOUNTS[4]] }, 422, 'results_report_budget_line'],
      [{ ...RESULTS, usedAmount: -1, accounts: [{ kind: 'gift', item: '', actual: 1.5 }] }, 400, 'validation_failed'],
    ];
    for (const [body, status, code] of refusals) {
      const answer = await post(x.proposerA, 'results-reports', body);
      expect([answer.status, answer.body.code]).toEqual([status, code]);
    }
    const byDepartment = await post(x.departmentStaff, 'results-reports', RESULTS);
    expect(byDepartment.status).toBe(403);
    expect(byDepartment.body.code).toBe('results_report_not_group');
    expect((await post(x.secretariat, 'results-reports', RESULTS)).status).toBe(403);
    expect((await partnership()).resultsReports).toEqual([]);
    expect(await audit()).toHaveLength(before.length);
  });

  it('files the results report with its settlement computed; the secretariat returns it, then accepts the next', async () => {
    const filed = await post(x.proposerA, 'results-reports', { ...RESULTS, usedAmount: 650_000 });
    expect(filed.status).toBe(201);
    const [first] = filed.body.resultsReports;
    expect(first).toMatchObject({
      status: 'submitted',
      summary: RESULTS.summary,
      incomePlanned: 1_000_000,
      incomeTotal: 793_500,
      expensePlanned: 1_000_000,
      expenseTotal: 776_030,
      grantedAmount: 650_000,
      usedAmount: 650_000,
      returnAmount: 0,
    });
    expect(first.accounts).toEqual([
      { kind: 'income', item: '協働事業負担金', planned: 800_000, actual: 650_000 },
      { kind: 'income', item: '参加費', planned: 200_000, actual: 143_500 },
      { kind: 'expense', item: '食材費', planned: 600_000, actual: 587_230 },
      { kind: 'expense', item: '会場・備品費', planned: 400_000, actual: 176_000 },
      { kind: 'expense', item: '保険料', planned: 0, actual: 12_800 },
    ]);
    expect(first.kpiActuals).toEqual([
      { name: '食堂の延べ利用者数', unit: '人', target: 1200, actual: 1150 },
      { name: '開催回数', unit: '回', target: 96, actual: 94 },
    ]);
    // One report awaits review: another is refused until it is returned.
    const second = await post(x.proposerA, 'results-reports', RESULTS);
    expect(second.status).toBe(409);
    expect(second.body.code).toBe('results_report_open');

    const review = (reportId: string, body: unknown, client = x.secretariat) =>
      client.post(`/api/v1/proposals/${id}/results-reports/${reportId}/review`, body);
    expect((await review(first.id, { decision: 'accepted' }, x.proposerA)).status).toBe(403);
    expect((await review(first.id, { decision: 'returned' })).body.code).toBe('progress_report_return_needs_note');
    const returned = await must(
      review(first.id, { decision: 'returned', note: '使用額に領収書の根拠を添えてください' }),
    );
    expect(returned.resultsReports[0]).toMatchObject({
      status: 'returned',
      reviewNote: '使用額に領収書の根拠を添えてください',
    });
    expect((await review(first.id, { decision: 'accepted' })).status).toBe(409);
    // Before an accepted results report, the KPIs' actuals are those of the progress reports (none accepted here).
    expect((await partnership()).kpis.map((k: { actualFrom: string | null }) => k.actualFrom)).toEqual([null, null]);

    const refiled = await must(post(x.proposerA, 'results-reports', RESULTS));
    const next = refiled.resultsReports[1];
    expect(next).toMatchObject({ status: 'submitted', usedAmount: 612_480, returnAmount: 37_520 });
    const accepted = await must(review(next.id, { decision: 'accepted' }));
    expect(accepted.resultsReports.map((r: { status: string }) => r.status)).toEqual(['returned', 'accepted']);
    const twice = await review(next.id, { decision: 'returned', note: 'やはり差し戻す' });
    expect(twice.status).toBe(409);
    expect(twice.body.code).toBe('results_report_already_reviewed');
    expect((await post(x.proposerA, 'results-reports', RESULTS)).status).toBe(409);

    // The committee's end-of-term page reads the KPIs planned against the accepted results report's actuals.
    const forCommittee = await partnership(x.chair);
    expect(
      forCommittee.kpis.map((k: { name: string; target: number; actual: number; actualFrom: string }) => [
        k.name,
        k.target,
        k.actual,
        k.actualFrom,
      ]),
    ).toEqual([
      ['食堂の延べ利用者数', 1200, 1150, 'results_report'],
      ['開催回数', 96, 94, 'results_report'],
    ]);
    expect((await audit()).map((e) => e.action)).toEqual(
      expect.arrayContaining(['results_report.submitted', 'results_report.returned', 'results_report.accepted']),
    );
  });
});
