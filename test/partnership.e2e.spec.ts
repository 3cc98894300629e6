import {
  ApiClient,
  createMunicipality,
  move,
  must,
  type MunicipalityFixture,
  waitFor,
  type RunningSystem,
  startSystem,
  pdfText,
} from '@kyodo/testing';
import { ADOPTED_TITLE, CONDITION, discloseTwoProposals } from './web/pages/public-data';

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

/**
 * After adoption, through the partnership routes: the agreement carried over from the proposal and concluded,
 * progress reports by both partners checked by the secretariat, milestones, conditions and the end of the term.
 * Every refused request is checked to have changed nothing.
 */
describe('partnership after adoption', () => {
  let system: RunningSystem;
  let x: MunicipalityFixture;
  let id: string;

  const partnership = (client: ApiClient = x.secretariat) => must(client.get(`/api/v1/proposals/${id}/partnership`));
  const post = async (client: ApiClient, route: string, body: unknown, version?: number) =>
    client.post(`/api/v1/proposals/${id}/${route}`, body, {
      'if-match': `"${version ?? (await partnership(client)).proposal.version}"`,
    });

  beforeAll(async () => {
    system = await startSystem();
    x = await createMunicipality(new ApiClient(system.baseUrl));
    const { callId } = await discloseTwoProposals(x, system.baseUrl);
    const mine = await must(x.proposerA.get(`/api/v1/proposals?callId=${callId}`));
    id = (mine.items as Array<{ id: string; title: string }>).find((p) => p.title === ADOPTED_TITLE)!.id;
  }, 180_000);

  afterAll(async () => {
    await system?.stop();
  });

  it('offers the agreement form with what the adopted proposal already says', async () => {
    const view = await partnership();
    expect(view.proposal.state).toBe('disclosed.adoptedWithConditions');
    expect(view.proposal.allowedEvents).toContain('CONCLUDE_AGREEMENT');
    expect(view.agreement).toBeNull();
    expect(view.agreementDraft).toMatchObject({
      group: { organizationId: x.groupAId, name: 'NPO法人 かまくら子ども食堂ネット' },
      department: { organizationId: x.departmentId, name: 'こども家庭課' },
      termStart: '2026-04-01',
      termEnd: '2027-03-31',
      grantedAmount: 800_000,
    });
    expect(view.agreementDraft.roleSharing).toContain('会場の確保');
    expect(view.conditions).toEqual([{ id: 'c1', text: CONDITION, resolvedAt: null, note: null }]);
  });

  it('refuses a bad agreement with a problem and changes nothing', async () => {
    const before = await partnership();
    const backwards = await post(x.secretariat, 'agreement', { ...AGREEMENT, termEnd: '2026-03-31' });
    expect(backwards.status).toBe(422);
    expect(backwards.body.code).toBe('agreement_term_order');

    const invalid = await post(x.secretariat, 'agreement', {
      ...AGREEMENT,
      partnershipForm: 'gift',
      grantedAmount: -1,
      madeOn: '2026-02-30',
    });
    expect(invalid.status).toBe(400);
    expect(invalid.body.code).toBe('validation_failed');
    expect(invalid.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'grantedAmount',
      'madeOn',
      'partnershipForm',
    ]);

    const byOwner = await post(x.proposerA, 'agreement', AGREEMENT);
    expect(byOwner.status).toBe(422);
    expect(byOwner.body.code).toBe('partnership_event_not_allowed');

    const stale = await post(x.secretariat, 'agreement', AGREEMENT, before.proposal.version - 1);
    expect(stale.status).toBe(409);

    const after = await partnership();
    expect(after.agreement).toBeNull();
    expect(after.proposal).toEqual(before.proposal);
  });

  it('concludes the agreement with the amount granted, and moves the proposal to agreement', async () => {
    const answer = await post(x.secretariat, 'agreement', AGREEMENT);
    expect(answer.status).toBe(201);
    expect(answer.body.proposal.state).toBe('agreement');
    expect(answer.body.agreement).toMatchObject({
      grantedAmount: 650_000,
      partnershipForm: 'futankin',
      formNumber: '様式第7号',
      group: { organizationId: x.groupAId },
    });
    expect(answer.body.agreement.concludedAt).not.toBeNull();
    const again = await post(x.secretariat, 'agreement', { ...AGREEMENT, grantedAmount: 1 });
    expect(again.status).toBe(422);
    expect((await partnership()).agreement.grantedAmount).toBe(650_000);
    await move(x.secretariat, id, 'START');
  });

  it('has the worker write the 協定書 as a PDF, and refuses one for a proposal without an agreement', async () => {
    const proposal = await must(x.secretariat.get(`/api/v1/proposals/${id}`));
    const others = await must(x.secretariat.get(`/api/v1/proposals?callId=${proposal.callId}`));
    const other = (others.items as Array<{ id: string }>).find((p) => p.id !== id)!;
    const refused = await x.secretariat.post('/api/v1/reports', {
      kind: 'agreement-pdf',
      callId: proposal.callId,
      proposalId: other.id,
    });
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('report_agreement_required');

    const report = await must(
      x.secretariat.post('/api/v1/reports', { kind: 'agreement-pdf', callId: proposal.callId, proposalId: id }),
    );
    await waitFor(
      async () => (await must(x.secretariat.get(`/api/v1/reports/${report.id}`))).status === 'ready',
      60_000,
    );
    const ready = await must(x.secretariat.get(`/api/v1/reports/${report.id}`));
    expect(ready).toMatchObject({ mediaType: 'application/pdf', proposalId: id });
    expect(ready.fileName).toBe(`agreement-${proposal.receiptNumber}.pdf`);
    const file = await fetch(`${system.baseUrl}/api/v1/reports/${report.id}/file`, {
      headers: { authorization: `Bearer ${x.secretariat.token}` },
    });
    const bytes = Buffer.from(await file.arrayBuffer());
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(bytes.length).toBe(ready.byteSize);
    // The 協定書 as signed: its form number, the parties, the term and the date of making in 和暦, the amount granted.
    const text = await pdfText(new Uint8Array(bytes));
    for (const expected of [
      '様式第7号',
      '協働事業協定書',
      'NPO法人 かまくら子ども食堂ネット',
      'こども家庭課',
      '令和8年4月1日から令和9年3月31日まで',
      '金650,000円',
      '令和8年4月1日',
    ])
      expect(text).toContain(expected);
  });

  it('takes progress reports from both partners, refusing an unknown KPI, and the secretariat checks them', async () => {
    const report = {
      periodFrom: '2026-04-01',
      periodTo: '2026-09-30',
      summary: '週2回の食堂を開き、上半期で延べ560人が利用した。',
      kpiActuals: [
        { name: '食堂の延べ利用者数', actual: 560 },
        { name: '開催回数', actual: 48 },
      ],
    };
    const before = await partnership(x.proposerA);
    const unknown = await post(x.proposerA, 'progress-reports', {
      ...report,
      kpiActuals: [{ name: '存在しない指標', actual: 1 }],
    });
    expect(unknown.status).toBe(422);
    expect(unknown.body.code).toBe('progress_unknown_kpi');
    const backwards = await post(x.proposerA, 'progress-reports', { ...report, periodTo: '2026-03-31' });
    expect(backwards.status).toBe(422);
    const bySecretariat = await post(x.secretariat, 'progress-reports', report);
    expect(bySecretariat.status).toBe(422);
    expect((await partnership(x.proposerA)).progressReports).toEqual([]);
    expect((await partnership(x.proposerA)).proposal.version).toBe(before.proposal.version);

    const filed = await post(x.proposerA, 'progress-reports', report);
    expect(filed.status).toBe(201);
    expect(filed.body.party).toBe('group');
    const [groupReport] = filed.body.progressReports;
    expect(groupReport).toMatchObject({ reporterParty: 'group', status: 'submitted' });
    expect(groupReport.kpiActuals).toEqual([
      { name: '食堂の延べ利用者数', unit: '人', target: 1200, actual: 560 },
      { name: '開催回数', unit: '回', target: 96, actual: 48 },
    ]);
    const byDepartment = await post(x.departmentStaff, 'progress-reports', { ...report, kpiActuals: [] });
    expect(byDepartment.status).toBe(201);
    expect(byDepartment.body.progressReports[1].reporterParty).toBe('department');

    // Not yet accepted: the KPIs have no actual, and the public sees no progress.
    const publicProgress = () => fetch(`${system.baseUrl}/api/v1/public/proposals/${id}/progress`);
    expect((await publicProgress()).status).toBe(404);
    expect((await partnership()).kpis.map((k: { actual: number | null }) => k.actual)).toEqual([null, null]);
    const review = (reportId: string, body: unknown, client = x.secretariat) =>
      client.post(`/api/v1/proposals/${id}/progress-reports/${reportId}/review`, body);
    expect((await review(groupReport.id, { decision: 'returned' })).body.code).toBe(
      'progress_report_return_needs_note',
    );
    expect((await review(groupReport.id, { decision: 'accepted' }, x.proposerA)).status).toBe(403);
    const accepted = await review(groupReport.id, { decision: 'accepted' });
    expect(accepted.status).toBe(201);
    expect(accepted.body.progressReports[0].status).toBe('accepted');
    expect(accepted.body.kpis.map((k: { actual: number | null }) => k.actual)).toEqual([560, 48]);
    const shown = await publicProgress();
    expect(shown.status).toBe(200);
    const progress = (await shown.json()) as { reportedThrough: string; kpis: unknown[] };
    expect(progress.reportedThrough).toBe('2026-09-30');
    // No plan change approved: each target is the proposal's, and says so.
    expect(progress.kpis).toEqual(
      groupReport.kpiActuals.map((k: { target: number }) => ({ ...k, plannedTarget: k.target, targetChangedAt: null })),
    );
    // Who reported, and the secretariat's notes, stay inside.
    expect(JSON.stringify(progress)).not.toMatch(/reportedBy|reviewNote|summary/);
    expect((await review(groupReport.id, { decision: 'returned', note: '再確認' })).status).toBe(409);
    const returned = await review(byDepartment.body.progressReports[1].id, {
      decision: 'returned',
      note: '実績の根拠を添えてください',
    });
    expect(returned.body.progressReports[1]).toMatchObject({
      status: 'returned',
      reviewNote: '実績の根拠を添えてください',
    });
  });

  it('records milestones by the group and the secretariat, and refuses a bad one', async () => {
    const bad = await post(x.proposerA, 'milestones', { title: ' ', status: 'finished' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['status', 'title']);
    await must(post(x.proposerA, 'milestones', { title: '夏休み特別食堂', dueOn: '2026-08-20', status: 'planned' }));
    const done = await must(post(x.secretariat, 'milestones', { title: 'ボランティア説明会', status: 'done' }));
    expect(done.milestones.map((m: { title: string; status: string }) => [m.title, m.status])).toEqual([
      ['夏休み特別食堂', 'planned'],
      ['ボランティア説明会', 'done'],
    ]);
    expect(done.milestones[1].doneAt).not.toBeNull();
  });

  it('resolves the condition with its evidence and ends the term', async () => {
    await move(x.secretariat, id, 'RESOLVE_CONDITION', { conditionId: 'c1', note: '9月の中間報告で確認した' });
    const view = await partnership();
    expect(view.conditions[0]).toMatchObject({ id: 'c1', note: '9月の中間報告で確認した' });
    expect(view.conditions[0].resolvedAt).not.toBeNull();
    await move(x.secretariat, id, 'END');
    expect((await partnership()).proposal.state).toContain('projectEvaluation');
  });
});
