import {
  ApiClient,
  completeProposalContent,
  sessionBody,
  smallRubric,
  createMunicipality,
  must,
  type MunicipalityFixture,
  type RunningSystem,
  startSystem,
  TEST_DB,
  waitFor,
  move,
  FIXTURE_PASSWORD,
} from '@kyodo/testing';

describe(`the whole lifecycle over HTTP on ${TEST_DB}`, () => {
  let system: RunningSystem;
  let x: MunicipalityFixture;
  let callId: string;

  beforeAll(async () => {
    system = await startSystem();
    x = await createMunicipality(new ApiClient(system.baseUrl), '鎌倉市');
    const now = Date.now();
    const call = await must(
      x.secretariat.post('/api/v1/calls', {
        fiscalYear: 2026,
        titleJa: '令和8年度 相互提案協働事業',
        titleEn: 'FY2026 mutual proposals',
        eligibilityJa: '市内で活動する市民活動団体',
        maxRequestedAmount: 1_000_000,
        activityFields: ['child_development', 'health_welfare', 'community_development'],
        submissionOpensAt: new Date(now - 86_400_000).toISOString(),
        submissionClosesAt: new Date(now + 30 * 86_400_000).toISOString(),
        reviewDeadlineAt: new Date(now + 40 * 86_400_000).toISOString(),
        consultationRequired: true,
        provisionalAdoption: true,
      }),
    );
    callId = call.id;
  });

  afterAll(async () => {
    await system?.stop();
  });

  it('goes from draft to completion, in Japanese, with versions, audit and notices', async () => {
    const theme = await must(
      x.departmentStaff.post(`/api/v1/calls/${callId}/themes`, {
        departmentId: x.departmentId,
        titleJa: '子どもの居場所づくり',
        titleEn: 'Places for children',
      }),
    );
    const draft = await must(
      x.proposerA.post(`/api/v1/calls/${callId}/proposals`, {
        organizationId: x.groupAId,
        title: '多世代がつながる地域食堂の運営',
        themeId: theme.id,
        partnerDepartmentIds: [x.departmentId],
        content: completeProposalContent(),
      }),
    );
    const id = draft.id;
    expect(draft.origin).toBe('group');

    expect((await move(x.proposerA, id, 'SUBMIT')).state).toBe('submitted.screening');
    expect((await move(x.secretariat, id, 'RETURN', { reason: '収支予算の内訳を補足してください。' })).state).toBe(
      'submitted.revisionRequested',
    );
    const returned = await x.proposerA.get(`/api/v1/proposals/${id}`);
    const edited = await x.proposerA.patch(
      `/api/v1/proposals/${id}`,
      { content: { budget: [...completeProposalContent().budget, { kind: 'expense', item: '保険料', amount: 0 }] } },
      { 'if-match': `"${returned.body.version}"` },
    );
    expect(edited.status).toBe(200);
    expect((await move(x.proposerA, id, 'RESUBMIT')).state).toBe('submitted.screening');

    const versions = await must(x.secretariat.get(`/api/v1/proposals/${id}/versions`));
    expect(versions.map((v: { number: number; event: string }) => [v.number, v.event])).toEqual([
      [1, 'SUBMIT'],
      [2, 'RESUBMIT'],
    ]);
    const diff = await must(x.secretariat.get(`/api/v1/proposals/${id}/versions/diff?from=1&to=2`));
    expect(diff.changes.map((c: { field: string }) => c.field)).toEqual(['budget']);

    expect((await move(x.secretariat, id, 'ACCEPT')).state).toBe('consultation');
    expect(
      (
        await move(x.departmentStaff, id, 'FILE_CONSULTATION_REPORT', {
          opinion: '地域の見守り体制づくりに資する。',
          feasibility: '公民館の活用により実施可能。',
          budgetIntent: '次年度予算で要求する。',
          conditions: ['個人情報の取扱いを協定で定める'],
        })
      ).state,
    ).toBe('review');
    const early = await x.secretariat.post(
      `/api/v1/proposals/${id}/events`,
      { type: 'REVIEW_COMPLETE' },
      { 'if-match': `"${(await x.secretariat.get(`/api/v1/proposals/${id}`)).body.version}"` },
    );
    expect(early.status).toBe(422); // no score sheet is in yet
    await must(x.secretariat.request('PUT', `/api/v1/calls/${callId}/rubrics/document`, smallRubric()));
    const [assignment] = await must(
      x.secretariat.post(`/api/v1/proposals/${id}/assignments`, { reviewerIds: [x.reviewerId], stage: 'document' }),
    );
    await must(
      x.reviewer.request('PUT', `/api/v1/assignments/${assignment.id}/score-sheet`, {
        scores: { public_benefit: 4, feasibility: 3 },
        comments: { feasibility: '体制は十分' },
      }),
    );
    await must(x.reviewer.post(`/api/v1/assignments/${assignment.id}/score-sheet/submit`));
    expect((await move(x.secretariat, id, 'REVIEW_COMPLETE')).state).toBe('jointEvaluation');
    const locked = (await must(x.reviewer.get('/api/v1/me/assignments'))).done.find(
      (a: { id: string }) => a.id === assignment.id,
    );
    expect(locked.status).toBe('locked');
    const session = await must(
      x.secretariat.post(
        `/api/v1/calls/${callId}/sessions`,
        sessionBody(x.committeeId, [id], '2026-08-20T13:30:00+09:00', '市役所 第3会議室'),
      ),
    );
    // The chair alone in the room: the refusal says why, with the count (quorum 2, 1 present, none recused).
    await must(x.secretariat.request('PUT', `/api/v1/sessions/${session.id}/attendance`, { present: [x.chairId] }));
    const alone = await x.chair.request(
      'POST',
      `/api/v1/proposals/${id}/events`,
      { type: 'FINALIZE', decision: 'adopted', reason: '良い' },
      { 'if-match': `"${(await x.chair.get(`/api/v1/proposals/${id}`)).body.version}"`, 'accept-language': 'ja' },
    );
    expect([alone.status, alone.body.code, alone.body.allowedEvents]).toEqual([422, 'event_not_allowed', []]);
    expect(alone.body.unmet).toEqual([{ condition: 'quorum_not_met', quorum: 2, present: 1, recused: 0, counted: 1 }]);
    // The committee's page learns the same before anyone tries: the chair's read of the proposal carries it.
    expect((await must(x.chair.get(`/api/v1/proposals/${id}`))).decisionBlockers).toEqual(alone.body.unmet);
    expect(alone.body.detail).toBe(
      '定足数に達していません。出席1人のうち、この提案で除斥となる委員0人を除くと1人で、定足数は2人です。',
    );
    await must(
      x.secretariat.request('PUT', `/api/v1/sessions/${session.id}/attendance`, {
        present: [x.chairId, x.committeeMemberId],
      }),
    );

    const memberTry = await x.committeeMember.post(
      `/api/v1/proposals/${id}/events`,
      { type: 'FINALIZE', decision: 'adopted', reason: '良い' },
      { 'if-match': `"${(await x.committeeMember.get(`/api/v1/proposals/${id}`)).body.version}"` },
    );
    expect(memberTry.status).toBe(422);
    expect(memberTry.body.unmet).toEqual([{ condition: 'not_chair' }]);
    // chairing another committee of the municipality does not decide this committee's proposals
    const elsewhere = await must(
      x.admin.post('/api/v1/committees', { municipalityId: x.municipalityId, nameJa: '別の委員会', nameEn: 'Another' }),
    );
    const otherChair = await must(
      x.admin.post('/api/v1/users', {
        municipalityId: x.municipalityId,
        email: x.emailOf('other-chair'),
        displayName: '別の委員会の委員長',
        password: FIXTURE_PASSWORD,
        locale: 'ja',
      }),
    );
    await must(
      x.admin.post(`/api/v1/committees/${elsewhere.id}/members`, { userId: otherChair.id, position: 'chair' }),
    );
    const otherChairClient = await new ApiClient(system.baseUrl).login(x.emailOf('other-chair'), FIXTURE_PASSWORD);
    const otherTry = await otherChairClient.post(
      `/api/v1/proposals/${id}/events`,
      { type: 'FINALIZE', decision: 'adopted', reason: '良い' },
      { 'if-match': `"${(await otherChairClient.get(`/api/v1/proposals/${id}`)).body.version}"` },
    );
    expect(otherTry.status).toBe(422);
    expect(otherTry.body.unmet).toEqual([{ condition: 'no_session' }]);
    const decided = await move(x.chair, id, 'FINALIZE', {
      decision: 'adoptedWithConditions',
      reason: '地域ニーズの把握が的確であり、役割分担も明確である。',
      conditions: ['個人情報の取扱いを協定で定めること', '四半期ごとに進捗を報告すること'],
    });
    expect(decided.state).toBe('decided.provisional');
    expect((await move(x.secretariat, id, 'BUDGET_APPROVED')).state).toBe('decided.adoptedWithConditions');
    expect((await move(x.secretariat, id, 'PUBLISH')).state).toBe('disclosed.adoptedWithConditions');
    expect(
      (
        await move(x.secretariat, id, 'CONCLUDE_AGREEMENT', {
          termStart: '2027-04-01',
          termEnd: '2028-03-31',
          roleSharing: '団体：食堂運営／市：会場確保と広報',
          informationSharing: '月1回の定例会議',
        })
      ).state,
    ).toBe('agreement');
    expect((await move(x.secretariat, id, 'START')).state).toBe('implementation');
    await move(x.proposerA, id, 'REPORT_PROGRESS', { summary: '第1四半期：24回開催、延べ310人利用' });
    await move(x.secretariat, id, 'RECORD_MILESTONE', { title: '利用者100人達成' });
    await move(x.secretariat, id, 'RESOLVE_CONDITION', { conditionId: 'c1', note: '協定書第8条' });
    expect((await move(x.secretariat, id, 'END')).state).toBe('projectEvaluation.selfEvaluation');
    await move(x.proposerA, id, 'SUBMIT_SELF_EVALUATION', { party: 'group', summary: '目標をおおむね達成した。' });
    expect(
      (
        await move(x.departmentStaff, id, 'SUBMIT_SELF_EVALUATION', {
          party: 'department',
          summary: '連携は良好だった。',
        })
      ).state,
    ).toBe('projectEvaluation.jointEvaluation');
    expect(
      (await move(x.chair, id, 'ASSESS', { verdict: 'A', comment: '相乗効果が大きく、継続が望ましい。' })).state,
    ).toBe('projectEvaluation.assessed');
    const done = await move(x.secretariat, id, 'PUBLISH');
    expect(done.state).toBe('completed');
    expect(done.allowedEvents).toEqual([]);
    // No project_end rubric and no scores: the assessment package still builds, with the summaries and no combined score.
    await waitFor(
      async () => (await must(x.secretariat.get(`/api/v1/public/proposals/${id}`))).assessment !== null,
      20_000,
    );
    const published = (await must(x.secretariat.get(`/api/v1/public/proposals/${id}`))).assessment.assessment;
    expect(published.selfEvaluations).toMatchObject({ group: { summary: '目標をおおむね達成した。' }, criteria: [] });
    expect(published.combined).toBeNull();

    const audit = await must(x.secretariat.get(`/api/v1/proposals/${id}/audit`));
    const changes = audit.filter((e: { before: { state?: string } | null }) => e.before?.state);
    expect(changes.map((e: { after: { state: string } }) => e.after.state)).toEqual(
      expect.arrayContaining(['submitted.screening', 'consultation', 'decided.provisional', 'completed']),
    );
    expect(audit.map((e: { seq: number }) => e.seq)).toEqual(audit.map((_: unknown, i: number) => i + 1));

    const verified = await must(x.admin.get('/api/v1/admin/audit/verify'));
    expect(verified.breaks).toEqual([]);
    expect(verified.entries).toBeGreaterThanOrEqual(audit.length);

    await waitFor(async () => {
      const inbox = await must(x.proposerA.get('/api/v1/me/notifications?limit=100'));
      return inbox.items.some((n: { template: string }) => n.template === 'assessment.published');
    }, 20_000);
    const inbox = await must(x.proposerA.get('/api/v1/me/notifications?limit=100'));
    expect(inbox.items.map((n: { template: string }) => n.template)).toEqual(
      expect.arrayContaining(['proposal.received', 'proposal.returned', 'proposal.decided', 'proposal.published']),
    );
  });

  it('lets exactly one of 50 concurrent conflicting events commit; the rest get 409 or 422, never 500', async () => {
    const draft = await must(
      x.proposerA.post(`/api/v1/calls/${callId}/proposals`, {
        organizationId: x.groupAId,
        title: '同時操作の検証',
        content: completeProposalContent(),
      }),
    );
    const responses = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        x.proposerA.post(
          `/api/v1/proposals/${draft.id}/events`,
          i % 2 === 0 ? { type: 'SUBMIT' } : { type: 'WITHDRAW', reason: '取り下げます' },
          { 'if-match': `"${draft.version}"` },
        ),
      ),
    );
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.every((s) => [201, 409, 422].includes(s))).toBe(true);
    const audit = await must(x.secretariat.get(`/api/v1/proposals/${draft.id}/audit`));
    expect(audit.filter((e: { action: string }) => /SUBMIT|WITHDRAW/.test(e.action))).toHaveLength(1);
    const current = await must(x.proposerA.get(`/api/v1/proposals/${draft.id}`));
    expect(current.version).toBe(draft.version + 1);
  });

  it('expires open drafts when the submission deadline passes, and ignores a timer for a moved deadline', async () => {
    const soon = Date.now() + 2500;
    const call = await must(
      x.secretariat.post('/api/v1/calls', {
        fiscalYear: 2026,
        titleJa: '締切検証',
        titleEn: 'Deadline check',
        submissionOpensAt: new Date(Date.now() - 60_000).toISOString(),
        submissionClosesAt: new Date(soon).toISOString(),
      }),
    );
    const moved = await must(
      x.secretariat.post('/api/v1/calls', {
        fiscalYear: 2026,
        titleJa: '締切延長',
        titleEn: 'Extended deadline',
        submissionOpensAt: new Date(Date.now() - 60_000).toISOString(),
        submissionClosesAt: new Date(soon).toISOString(),
      }),
    );
    const extended = await x.secretariat.request(
      'PATCH',
      `/api/v1/calls/${moved.id}`,
      { submissionClosesAt: new Date(Date.now() + 30 * 86_400_000).toISOString() },
      { 'if-match': `"${moved.version}"` },
    );
    expect(extended.status).toBe(200);
    const expiring = await must(
      x.proposerA.post(`/api/v1/calls/${call.id}/proposals`, { organizationId: x.groupAId, title: '間に合わない提案' }),
    );
    const surviving = await must(
      x.proposerA.post(`/api/v1/calls/${moved.id}/proposals`, { organizationId: x.groupAId, title: '延長された提案' }),
    );
    await waitFor(
      async () => (await must(x.proposerA.get(`/api/v1/proposals/${expiring.id}`))).state === 'closed.expired',
      20_000,
    );
    expect((await must(x.secretariat.get(`/api/v1/calls/${call.id}`))).phase).toBe('closed_for_submission');
    // the moved call's original timer has fired too by now (same instant): it must have done nothing
    expect((await must(x.proposerA.get(`/api/v1/proposals/${surviving.id}`))).state).toBe('draft');
    expect((await must(x.secretariat.get(`/api/v1/calls/${moved.id}`))).phase).toBe('accepting');
  });
});
