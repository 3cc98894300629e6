import { randomBytes } from 'node:crypto';
import {
  ApiClient,
  createMunicipality,
  move,
  must,
  type MunicipalityFixture,
  type RunningSystem,
  type SmtpSink,
  startSmtpSink,
  startSystem,
  TEST_DB,
  waitFor,
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

const PROGRESS = {
  periodFrom: '2026-04-01',
  periodTo: '2026-09-30',
  summary: '週2回の食堂を開き、上半期で延べ560人が利用した。',
  kpiActuals: [
    { name: '食堂の延べ利用者数', actual: 560 },
    { name: '開催回数', actual: 48 },
  ],
};

/** Two months longer, 50,000 yen less granted, the users' target down from 1,200 to 1,000. */
const PLAN_CHANGE = {
  kinds: ['period', 'budget', 'kpis'],
  reason: '会場の改修工事で2月・3月の開催ができなくなったため',
  description: '実施期間を5月末まで延ばし、会場費を減らし、延べ利用者数の目標を1,000人にする',
  terms: {
    termEnd: '2027-05-31',
    costSharing: '食材費は団体が負担し、会場費は改修期間中は不要とする',
    grantedAmount: 600_000,
    kpiTargets: [{ name: '食堂の延べ利用者数', target: 1000 }],
  },
};

/**
 * The results report against the changed grant: income 600,000 + 143,500 = 743,500; expenditure 587,230 + 150,000 =
 * 737,230; of the 600,000 granted 580,000 used → 20,000 to return.
 */
const RESULTS = {
  summary: '週2回の食堂を年間94回開き、延べ1,050人が利用した。',
  kpiActuals: [
    { name: '食堂の延べ利用者数', actual: 1050 },
    { name: '開催回数', actual: 94 },
  ],
  accounts: [
    { kind: 'income', item: '協働事業負担金', actual: 600_000 },
    { kind: 'income', item: '参加費', actual: 143_500 },
    { kind: 'expense', item: '食材費', actual: 587_230 },
    { kind: 'expense', item: '会場・備品費', actual: 150_000 },
  ],
  incomeTotal: 743_500,
  expenseTotal: 737_230,
  usedAmount: 580_000,
};

/**
 * Issue 17's second half, followed through: an approved plan change changes the agreement and the KPIs' targets (with
 * the values it replaced kept, and the public page saying so), and every report and plan change tells the party that
 * acts next by e-mail, through a real SMTP server, once.
 */
describe(`plan changes that change the plan, and the notices of reports and plan changes, on ${TEST_DB}`, () => {
  let sink: SmtpSink;
  let system: RunningSystem;
  let x: MunicipalityFixture;
  let id: string;

  const partnership = (client: ApiClient = x.secretariat) => must(client.get(`/api/v1/proposals/${id}/partnership`));
  const post = async (client: ApiClient, route: string, body: unknown) =>
    client.post(`/api/v1/proposals/${id}/${route}`, body, {
      'if-match': `"${(await partnership(client)).proposal.version}"`,
    });
  const publicProgress = async () => {
    const answer = await fetch(`${system.baseUrl}/api/v1/public/proposals/${id}/progress`);
    expect(answer.status).toBe(200);
    return (await answer.json()) as Record<string, unknown> & {
      kpis: Array<Record<string, unknown>>;
      planChanges: unknown[];
    };
  };
  const subjects = (who: string) => sink.to(x.emailOf(who)).map((m) => m.subject ?? '');
  /** Waits until each of these people has the notice, then checks that each has it exactly once. */
  const noticed = async (people: string[], subject: string) => {
    const full = `${subject}：${ADOPTED_TITLE}`;
    await waitFor(async () => people.every((p) => subjects(p).includes(full)), 20_000);
    for (const p of people) expect(subjects(p).filter((s) => s === full)).toHaveLength(1);
  };

  beforeAll(async () => {
    sink = await startSmtpSink();
    system = await startSystem({
      SMTP_URL: sink.url,
      MAIL_FROM: 'Kyodo <kyodo@city.example.jp>',
      KYODO_QUEUE_PREFIX: `f${randomBytes(4).toString('hex')}`,
    });
    x = await createMunicipality(new ApiClient(system.baseUrl));
    const { callId } = await discloseTwoProposals(x, system.baseUrl);
    const mine = await must(x.proposerA.get(`/api/v1/proposals?callId=${callId}`));
    id = (mine.items as Array<{ id: string; title: string }>).find((p) => p.title === ADOPTED_TITLE)!.id;
    await must(post(x.secretariat, 'agreement', AGREEMENT));
    await move(x.secretariat, id, 'START');
  }, 180_000);

  afterAll(async () => {
    await system?.stop();
    await sink?.stop();
  });

  it('tells the secretariat of a progress report, and both partners of its return and its acceptance', async () => {
    await must(post(x.proposerA, 'progress-reports', PROGRESS));
    await noticed(['secretariat'], '中間報告が提出されました');
    const review = (reportId: string, body: unknown) =>
      must(x.secretariat.post(`/api/v1/proposals/${id}/progress-reports/${reportId}/review`, body));
    const [first] = (await partnership()).progressReports;
    await review(first.id, { decision: 'returned', note: '実績の根拠を添えてください' });
    await noticed(['proposer-a', 'department'], '中間報告の修正をお願いします');
    const refiled = await must(post(x.proposerA, 'progress-reports', PROGRESS));
    await review(refiled.progressReports[1].id, { decision: 'accepted' });
    await noticed(['proposer-a', 'department'], '中間報告を受理しました');
    // The secretariat heard of both filings (one notice each), the partners of nothing they did themselves.
    expect(subjects('secretariat').filter((s) => s.startsWith('中間報告が提出されました'))).toHaveLength(2);
    expect(subjects('proposer-a').filter((s) => s.startsWith('中間報告が提出されました'))).toEqual([]);
    const [mail] = sink.to(x.emailOf('proposer-a')).filter((m) => m.subject?.startsWith('中間報告を受理しました'));
    expect(mail!.text).toContain(`/workspace/proposals/${id}`);
  });

  it('refuses plan change terms that do not fit the request or the plan, and changes nothing', async () => {
    const before = await partnership();
    const refusals: Array<[unknown, number, string]> = [
      [{ ...PLAN_CHANGE, kinds: ['budget', 'kpis'] }, 422, 'plan_change_term_without_kind'],
      [
        { ...PLAN_CHANGE, kinds: ['period'], terms: { roleSharing: '市が運営する' } },
        422,
        'plan_change_term_without_kind',
      ],
      [{ ...PLAN_CHANGE, terms: { kpiTargets: [{ name: '満足度', target: 90 }] } }, 422, 'progress_unknown_kpi'],
      [{ ...PLAN_CHANGE, terms: { termEnd: '2026-04-01' } }, 422, 'plan_change_term_order'],
      [
        { ...PLAN_CHANGE, terms: { termEnd: '2027-02-30', grantedAmount: -1, costSharing: ' ', kpiTargets: [] } },
        400,
        'validation_failed',
      ],
    ];
    for (const [body, status, code] of refusals) {
      const answer = await post(x.proposerA, 'plan-changes', body);
      expect([answer.status, answer.body.code]).toEqual([status, code]);
    }
    const invalid = await post(x.proposerA, 'plan-changes', refusals[4]![0]);
    expect(invalid.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'terms.costSharing',
      'terms.grantedAmount',
      'terms.kpiTargets',
      'terms.termEnd',
    ]);
    const after = await partnership();
    expect(after.planChanges).toEqual([]);
    expect(after.agreement).toEqual(before.agreement);
    expect(subjects('secretariat').filter((s) => s.startsWith('計画変更の申請がありました'))).toEqual([]);
  });

  it('applies an approved plan change to the agreement and the targets, keeping what it replaced', async () => {
    const filed = await must(post(x.proposerA, 'plan-changes', PLAN_CHANGE));
    const [change] = filed.planChanges;
    expect(change).toMatchObject({
      status: 'submitted',
      terms: PLAN_CHANGE.terms,
      applied: null,
      reviewedBy: null,
      reviewedByName: null,
    });
    await noticed(['secretariat'], '計画変更の申請がありました');
    // Asked, not yet approved: nothing has changed.
    expect(filed.agreement).toMatchObject({ termEnd: '2027-03-31', grantedAmount: 650_000 });
    expect(filed.kpis[0]).toMatchObject({ target: 1200, plannedTarget: 1200, targetChangedAt: null });

    const approved = await must(
      x.secretariat.post(`/api/v1/proposals/${id}/plan-changes/${change.id}/review`, { decision: 'approved' }),
    );
    const done = approved.planChanges[0];
    expect(done).toMatchObject({ status: 'approved', reviewedBy: x.secretariatUserId, reviewedByName: 'secretariat' });
    expect(done.applied).toEqual({
      before: {
        termEnd: '2027-03-31',
        costSharing: AGREEMENT.costSharing,
        grantedAmount: 650_000,
        kpiTargets: [{ name: '食堂の延べ利用者数', target: 1200 }],
      },
      after: PLAN_CHANGE.terms,
    });
    expect(approved.agreement).toMatchObject({
      termStart: '2026-04-01',
      termEnd: '2027-05-31',
      costSharing: PLAN_CHANGE.terms.costSharing,
      grantedAmount: 600_000,
      roleSharing: AGREEMENT.roleSharing,
    });
    expect(
      approved.kpis.map((k: Record<string, unknown>) => [k.name, k.target, k.plannedTarget, k.targetChangedAt]),
    ).toEqual([
      ['食堂の延べ利用者数', 1000, 1200, done.reviewedAt],
      ['開催回数', 96, 96, null],
    ]);
    await noticed(['proposer-a', 'department'], '計画変更を承認しました');

    // The public page measures against the changed target and says since when; the money and the wording stay inside.
    const progress = await publicProgress();
    expect(progress.kpis).toEqual([
      {
        name: '食堂の延べ利用者数',
        unit: '人',
        target: 1000,
        plannedTarget: 1200,
        targetChangedAt: done.reviewedAt,
        actual: 560,
      },
      { name: '開催回数', unit: '回', target: 96, plannedTarget: 96, targetChangedAt: null, actual: 48 },
    ]);
    expect(progress.planChanges).toEqual([
      {
        approvedAt: done.reviewedAt,
        kinds: ['period', 'budget', 'kpis'],
        termStart: null,
        termEnd: { before: '2027-03-31', after: '2027-05-31' },
        kpiTargets: [{ name: '食堂の延べ利用者数', before: 1200, after: 1000 }],
      },
    ]);
    expect(JSON.stringify(progress)).not.toMatch(/600000|650000|会場費|reason|reviewedBy/);

    const audit = (await must(x.secretariat.get(`/api/v1/proposals/${id}/audit`))) as Array<{
      action: string;
      before: { terms?: unknown } | null;
      after: { terms?: unknown } | null;
    }>;
    const entry = audit.find((e) => e.action === 'plan_change.approved')!;
    expect(entry.before?.terms).toEqual(done.applied.before);
    expect(entry.after?.terms).toEqual(done.applied.after);
  });

  it('changes nothing when it returns a plan change, and tells both partners', async () => {
    const before = await partnership();
    const filed = await must(
      post(x.departmentStaff, 'plan-changes', {
        kinds: ['kpis'],
        reason: '開催回数を減らしたいため',
        description: '開催回数の目標を80回にする',
        terms: { kpiTargets: [{ name: '開催回数', target: 80 }] },
      }),
    );
    const returned = await must(
      x.secretariat.post(`/api/v1/proposals/${id}/plan-changes/${filed.planChanges[1].id}/review`, {
        decision: 'returned',
        note: '回数を減らす理由を具体的に書いてください',
      }),
    );
    expect(returned.planChanges[1]).toMatchObject({ status: 'returned', applied: null });
    expect(returned.agreement).toEqual(before.agreement);
    expect(returned.kpis).toEqual(before.kpis);
    await noticed(['proposer-a', 'department'], '計画変更の申請が差し戻されました');
  });

  it('files the results report against the changed targets and grant, and tells each side of each step', async () => {
    await move(x.secretariat, id, 'RESOLVE_CONDITION', { conditionId: 'c1', note: '中間報告で確認した' });
    await move(x.secretariat, id, 'END');
    const filed = await must(post(x.proposerA, 'results-reports', RESULTS));
    const [first] = filed.resultsReports;
    expect(first).toMatchObject({ grantedAmount: 600_000, usedAmount: 580_000, returnAmount: 20_000 });
    expect(first.kpiActuals).toEqual([
      { name: '食堂の延べ利用者数', unit: '人', target: 1000, actual: 1050 },
      { name: '開催回数', unit: '回', target: 96, actual: 94 },
    ]);
    await noticed(['secretariat'], '実績報告が提出されました');
    const review = (reportId: string, body: unknown) =>
      must(x.secretariat.post(`/api/v1/proposals/${id}/results-reports/${reportId}/review`, body));
    await review(first.id, { decision: 'returned', note: '領収書の写しを添えてください' });
    await noticed(['proposer-a', 'department'], '実績報告の修正をお願いします');
    const refiled = await must(post(x.proposerA, 'results-reports', RESULTS));
    await review(refiled.resultsReports[1].id, { decision: 'accepted' });
    await noticed(['proposer-a', 'department'], '実績報告を受理しました');
    expect(subjects('secretariat').filter((s) => s.startsWith('実績報告が提出されました'))).toHaveLength(2);
    const ids = sink.messages.map((m) => m.messageId);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
