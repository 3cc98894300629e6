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

const NOTE = '4月12日、市民協働推進課と会場と広報の分担について相談した。';
const REPORT = {
  opinion: '地域の見守り体制づくりに資する。',
  feasibility: '公民館の活用により実施可能。',
  budgetIntent: '次年度当初予算で要求する。',
  conditions: ['個人情報の取扱いを協定で定める'],
};
const KOHYO = '地域の課題を的確にとらえ、役割分担も明確である。';
const BUDGET_REASON = '議会で関係予算が否決されたため。';

/**
 * The records of a proposal's lifecycle read back (事前相談, 協議結果報告書) by those who may read them, a single
 * adoption decided as 内定 in a call that does not make every adoption provisional, and a budget that falls keeping
 * the committee's 講評 beside its own reason in what is published.
 */
describe(`lifecycle records and 内定 over HTTP on ${TEST_DB}`, () => {
  let system: RunningSystem;
  let x: MunicipalityFixture;
  let callId: string;
  let id: string;
  const anonymous = () => new ApiClient(system.baseUrl);
  /** The public list filtered by decision: who is in it, and how. */
  const listed = async (decision: string) =>
    (
      await must(anonymous().get(`/api/v1/public/proposals?municipality=${x.municipalityCode}&decision=${decision}`))
    ).items.map((i: { id: string; decision: string; provisional: boolean }) => ({
      id: i.id,
      decision: i.decision,
      provisional: i.provisional,
    }));
  const funnelTotal = async () =>
    (await must(anonymous().get(`/api/v1/public/statistics?municipality=${x.municipalityCode}`))).funnel.find(
      (r: { fiscalYear: number | null; dimension: string }) => r.fiscalYear === null && r.dimension === 'total',
    );
  const openDataRecords = async () => (await must(anonymous().get(`/api/v1/public/open-data/${callId}.json`))).records;

  beforeAll(async () => {
    system = await startSystem();
    x = await createMunicipality(new ApiClient(system.baseUrl), '鎌倉市');
    const now = Date.now();
    const call = await must(
      x.secretariat.post('/api/v1/calls', {
        fiscalYear: 2026,
        titleJa: '令和8年度 協働事業提案制度',
        titleEn: 'FY2026 collaborative project proposals',
        submissionOpensAt: new Date(now - 86_400_000).toISOString(),
        submissionClosesAt: new Date(now + 30 * 86_400_000).toISOString(),
        preConsultation: true,
        consultationRequired: true,
        provisionalAdoption: false,
      }),
    );
    callId = call.id;
    await must(x.secretariat.request('PUT', `/api/v1/calls/${callId}/rubrics/document`, smallRubric()));
    const draft = await must(
      x.proposerA.post(`/api/v1/calls/${callId}/proposals`, {
        organizationId: x.groupAId,
        title: '多世代がつながる地域食堂',
        partnerDepartmentIds: [x.departmentId],
        content: completeProposalContent(),
      }),
    );
    id = draft.id;
  }, 120_000);

  afterAll(async () => {
    await system?.stop();
  });

  it('reads the pre-consultation back to the proposer, with who recorded it and when, in the event’s own answer', async () => {
    const answer = await move(x.proposerA, id, 'RECORD_PRE_CONSULTATION', { note: NOTE });
    expect(answer.records.preConsultations).toEqual([
      { at: expect.any(String), recordedBy: { userId: expect.any(String), displayName: 'proposer-a' }, note: NOTE },
    ]);
    expect(answer.records.consultationReport).toBeNull();
    const read = await must(x.proposerA.get(`/api/v1/proposals/${id}`));
    expect(read.records).toEqual(answer.records);
    // Lists carry no records.
    const list = await must(x.proposerA.get(`/api/v1/proposals?callId=${callId}&limit=10`));
    expect(list.items[0].records).toBeUndefined();
  });

  it('reads the consultation report back to the proposer, the secretariat and the department; the pre-consultation not to reviewers or the committee', async () => {
    await move(x.proposerA, id, 'SUBMIT');
    await move(x.secretariat, id, 'ACCEPT');
    const filed = await move(x.departmentStaff, id, 'FILE_CONSULTATION_REPORT', REPORT);
    expect(filed.state).toBe('review');
    const report = {
      at: expect.any(String),
      recordedBy: { userId: x.departmentStaffId, displayName: 'department' },
      ...REPORT,
    };
    expect(filed.records.consultationReport).toEqual(report);
    for (const party of [x.proposerA, x.secretariat, x.departmentStaff]) {
      const { records } = await must(party.get(`/api/v1/proposals/${id}`));
      expect(records.consultationReport).toEqual(report);
      expect(records.preConsultations.map((p: { note: string }) => p.note)).toEqual([NOTE]);
    }
    for (const judge of [x.reviewer, x.chair, x.committeeMember]) {
      const { records } = await must(judge.get(`/api/v1/proposals/${id}`));
      expect(records).toEqual({ preConsultations: [], consultationReport: report });
    }
    expect((await x.proposerB.get(`/api/v1/proposals/${id}`)).status).toBe(404);
  });

  it('decides this adoption alone as 内定 in a call that does not make every adoption provisional', async () => {
    const [assignment] = await must(
      x.secretariat.post(`/api/v1/proposals/${id}/assignments`, { reviewerIds: [x.reviewerId], stage: 'document' }),
    );
    await must(
      x.reviewer.request('PUT', `/api/v1/assignments/${assignment.id}/score-sheet`, {
        scores: { public_benefit: 4, feasibility: 4 },
        comments: { feasibility: '体制は十分' },
      }),
    );
    await must(x.reviewer.post(`/api/v1/assignments/${assignment.id}/score-sheet/submit`));
    await move(x.secretariat, id, 'REVIEW_COMPLETE');
    const session = await must(
      x.secretariat.post(`/api/v1/calls/${callId}/sessions`, sessionBody(x.committeeId, [id])),
    );
    await must(
      x.secretariat.request('PUT', `/api/v1/sessions/${session.id}/attendance`, {
        present: [x.chairId, x.committeeMemberId],
      }),
    );
    const before = await must(x.chair.get(`/api/v1/proposals/${id}`));
    const send = (body: Record<string, unknown>) =>
      x.chair.post(`/api/v1/proposals/${id}/events`, body, { 'if-match': `"${before.version}"` });
    const notBoolean = await send({ type: 'FINALIZE', decision: 'adopted', reason: KOHYO, provisional: 'yes' });
    expect(notBoolean.status).toBe(400);
    const refusal = await send({ type: 'FINALIZE', decision: 'notAdopted', reason: KOHYO, provisional: true });
    expect(refusal.status).toBe(422);
    expect(refusal.body.code).toBe('event_not_allowed');
    expect(await must(x.chair.get(`/api/v1/proposals/${id}`))).toMatchObject({
      state: 'jointEvaluation',
      version: before.version,
    });

    const decided = await must(send({ type: 'FINALIZE', decision: 'adopted', reason: KOHYO, provisional: true }));
    expect(decided.state).toBe('decided.provisional');
    const forSecretariat = await must(x.secretariat.get(`/api/v1/proposals/${id}`));
    expect(forSecretariat.allowedEvents).toEqual(['BUDGET_APPROVED', 'BUDGET_REJECTED', 'PUBLISH']);
  });

  it('publishes the 内定 as such, then the fallen budget with the committee’s 講評 kept beside its reason', async () => {
    expect((await move(x.secretariat, id, 'PUBLISH')).state).toBe('disclosed.provisional');
    await waitFor(async () => (await anonymous().get(`/api/v1/public/proposals/${id}`)).status === 200, 30_000);
    const provisional = await must(anonymous().get(`/api/v1/public/proposals/${id}`));
    expect(provisional.decision.decision).toMatchObject({
      outcome: 'adopted',
      provisional: true,
      comment: KOHYO,
      budgetRejection: null,
    });
    // Never public: the records of the consultation are not in the package.
    expect(JSON.stringify(provisional)).not.toContain(NOTE);
    expect(JSON.stringify(provisional)).not.toContain(REPORT.budgetIntent);
    // Everywhere it is counted, a 内定 is a 内定, not yet an adoption.
    expect(await listed('provisional')).toEqual([{ id, decision: 'adopted', provisional: true }]);
    expect(await listed('adopted')).toEqual([]);
    expect(await funnelTotal()).toMatchObject({ received: 1, provisional: 1, adopted: 0, adoptionRate: 0 });
    expect(await openDataRecords()).toMatchObject([{ decision: 'adopted', decision_provisional: true }]);

    expect((await move(x.secretariat, id, 'BUDGET_REJECTED', { reason: BUDGET_REASON })).state).toBe(
      'disclosed.notAdopted',
    );
    await waitFor(
      async () => (await must(anonymous().get(`/api/v1/public/proposals/${id}`))).versions.length === 2,
      30_000,
    );
    const fallen = await must(anonymous().get(`/api/v1/public/proposals/${id}`));
    expect(fallen.decision.decision).toEqual({
      outcome: 'notAdopted',
      comment: KOHYO,
      decidedAt: provisional.decision.decision.decidedAt,
      provisional: false,
      budgetRejection: { reason: BUDGET_REASON, at: expect.any(String) },
    });
    expect(fallen.versions.map((v: { kind: string; version: number }) => [v.kind, v.version])).toEqual([
      ['decision', 1],
      ['decision', 2],
    ]);
    expect(await listed('provisional')).toEqual([]);
    expect(await listed('notAdopted')).toEqual([{ id, decision: 'notAdopted', provisional: false }]);
    expect(await funnelTotal()).toMatchObject({ received: 1, provisional: 0, notAdopted: 1 });
    expect(await openDataRecords()).toMatchObject([{ decision: 'notAdopted', decision_provisional: false }]);
  });
});
