import {
  ApiClient,
  createMunicipality,
  must,
  type MunicipalityFixture,
  type RunningSystem,
  smallRubric,
  startSystem,
  TEST_DB,
  waitFor,
  proposalsInReview,
} from '@kyodo/testing';

describe(`review: blind scoring, conflicts, reopening, assignment on ${TEST_DB}`, () => {
  let system: RunningSystem;
  let x: MunicipalityFixture;
  const inReview: string[] = [];
  let partnered: string;

  beforeAll(async () => {
    system = await startSystem();
    x = await createMunicipality(new ApiClient(system.baseUrl));
    await must(x.secretariat.request('PUT', `/api/v1/calls/${x.callId}/rubrics/document`, smallRubric()));
    inReview.push(
      ...(await proposalsInReview(
        x,
        [1, 2, 3, 4].map((n) => `審査検証 ${n}`),
        (i) => (i === 0 ? [x.departmentId] : []),
      )),
    );
    partnered = inReview[0]!;
  });

  afterAll(async () => {
    await system?.stop();
  });

  it('finds the partner department’s staff conflicted and keeps the proposal from them', async () => {
    const assigned = await must(
      x.secretariat.post(`/api/v1/proposals/${partnered}/assignments`, {
        reviewerIds: [x.reviewerId, x.reviewer2Id, x.departmentStaffId],
        stage: 'document',
      }),
    );
    const staff = assigned.find((a: { reviewerId: string }) => a.reviewerId === x.departmentStaffId);
    expect(staff).toMatchObject({ status: 'conflicted', conflictKind: 'automatic' });
    const write = await x.departmentStaff.request('PUT', `/api/v1/assignments/${staff.id}/score-sheet`, {
      scores: { public_benefit: 5 },
    });
    expect(write.status).toBe(403);
    expect(write.body.code).toBe('reviewer_conflicted');
    expect((await x.departmentStaff.get(`/api/v1/proposals/${partnered}/scores`)).status).toBe(404);
    const queue = await must(x.departmentStaff.get('/api/v1/me/assignments'));
    expect([...queue.pending, ...queue.done].map((a: { proposalId: string }) => a.proposalId)).not.toContain(partnered);
    // Listed as recused, by its heading only; the proposal and everything under it answers as to a stranger.
    expect(queue.recused).toEqual([
      expect.objectContaining({ id: staff.id, proposalId: partnered, status: 'conflicted', title: '審査検証 1' }),
    ]);
    expect(JSON.stringify(queue.recused)).not.toContain('content');
    for (const path of ['', '/versions', '/versions/diff?from=1&to=1', '/attachments', '/project-evaluation']) {
      const read = await x.departmentStaff.get(`/api/v1/proposals/${partnered}${path}`);
      expect([path, read.status, read.body.code]).toEqual([path, 404, 'proposal_not_found']);
    }
    const listed = await must(x.departmentStaff.get('/api/v1/proposals'));
    expect(listed.items.map((p: { id: string }) => p.id)).not.toContain(partnered);
    await waitFor(async () => {
      const inbox = await must(x.reviewer.get('/api/v1/me/notifications'));
      return inbox.items.some((n: { template: string }) => n.template === 'review.assigned');
    }, 15_000);
  });

  it('keeps scores blind until the reviewer submits their own, validates scores, and splits the queue', async () => {
    const queue = await must(x.reviewer.get('/api/v1/me/assignments'));
    const mine = queue.pending.find((a: { proposalId: string }) => a.proposalId === partnered);
    const theirs = (await must(x.reviewer2.get('/api/v1/me/assignments'))).pending.find(
      (a: { proposalId: string }) => a.proposalId === partnered,
    );
    const outOfScale = await x.reviewer.request('PUT', `/api/v1/assignments/${mine.id}/score-sheet`, {
      scores: { public_benefit: 7, unknown_item: 1 },
    });
    expect(outOfScale.status).toBe(400);
    expect(outOfScale.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'scores.public_benefit',
      'scores.unknown_item',
    ]);
    await must(
      x.reviewer2.request('PUT', `/api/v1/assignments/${theirs.id}/score-sheet`, {
        scores: { public_benefit: 2, feasibility: 2 },
        comments: { feasibility: '弱い' },
      }),
    );
    await must(x.reviewer2.post(`/api/v1/assignments/${theirs.id}/score-sheet/submit`));
    await must(
      x.reviewer.request('PUT', `/api/v1/assignments/${mine.id}/score-sheet`, { scores: { public_benefit: 4 } }),
    );
    const blind = await x.reviewer.get(`/api/v1/proposals/${partnered}/scores`);
    expect(blind.status).toBe(403);
    expect(blind.body.code).toBe('scores_hidden_until_own_sheet_submitted');
    const incomplete = await x.reviewer.post(`/api/v1/assignments/${mine.id}/score-sheet/submit`);
    expect(incomplete.status).toBe(422);
    expect(incomplete.body.missing).toEqual(['feasibility']);
    expect(incomplete.body.gaps).toEqual([{ criterion: 'feasibility', missing: ['score', 'comment'] }]);
    // Scored but without the comment the rubric requires: the problem says the comment, not the score.
    await must(x.reviewer.request('PUT', `/api/v1/assignments/${mine.id}/score-sheet`, { scores: { feasibility: 3 } }));
    const commentOnly = await x.reviewer.request(
      'POST',
      `/api/v1/assignments/${mine.id}/score-sheet/submit`,
      undefined,
      {
        'accept-language': 'ja',
      },
    );
    expect(commentOnly.status).toBe(422);
    expect(commentOnly.body.gaps).toEqual([{ criterion: 'feasibility', missing: ['comment'] }]);
    expect(commentOnly.body.detail).toBe('コメントが必要な項目：実現可能性。');
    await must(
      x.reviewer.request('PUT', `/api/v1/assignments/${mine.id}/score-sheet`, {
        scores: { feasibility: 3 },
        comments: { feasibility: '実施体制は十分' },
      }),
    );
    await must(x.reviewer.post(`/api/v1/assignments/${mine.id}/score-sheet/submit`));
    const seen = await must(x.reviewer.get(`/api/v1/proposals/${partnered}/scores`));
    expect(seen.sheets.map((s: { scores: Record<string, number> }) => s.scores.public_benefit).sort()).toEqual([2, 4]);
    expect(seen.stages.document.criteria[0]).toMatchObject({ key: 'public_benefit', mean: 3, min: 2, max: 4 });
    const after = await must(x.reviewer.get('/api/v1/me/assignments'));
    expect(after.done.map((a: { id: string }) => a.id)).toContain(mine.id);
    expect(after.pending.map((a: { id: string }) => a.id)).not.toContain(mine.id);
    expect(
      (await x.reviewer.request('PUT', `/api/v1/assignments/${mine.id}/score-sheet`, { scores: { feasibility: 5 } }))
        .status,
    ).toBe(409);
  });

  it('lists a proposal’s assignments for the secretariat and the admin, without scores', async () => {
    const list = await must(x.secretariat.get(`/api/v1/proposals/${partnered}/assignments`));
    const byReviewer = new Map(list.map((a: { reviewerId: string }) => [a.reviewerId, a]));
    expect(list).toHaveLength(3);
    expect(byReviewer.get(x.reviewerId)).toMatchObject({
      reviewerName: 'reviewer',
      stage: 'document',
      status: 'submitted',
    });
    expect((byReviewer.get(x.reviewerId) as { submittedAt: string | null }).submittedAt).toEqual(expect.any(String));
    expect(byReviewer.get(x.departmentStaffId)).toMatchObject({
      reviewerName: 'department',
      status: 'conflicted',
      conflictKind: 'automatic',
      submittedAt: null,
    });
    expect(JSON.stringify(list)).not.toMatch(/scores|comments|public_benefit/);
    expect(await must(x.admin.get(`/api/v1/proposals/${partnered}/assignments`))).toHaveLength(3);
    expect((await x.reviewer.get(`/api/v1/proposals/${partnered}/assignments`)).status).toBe(403);
  });

  it('gives the secretariat users with their roles, filtered by role, and the committees with members', async () => {
    const everyone = await must(x.secretariat.get('/api/v1/users'));
    const staff = everyone.find((u: { id: string }) => u.id === x.departmentStaffId);
    expect(staff.roles.sort()).toEqual(['proposer', 'reviewer']);
    expect(staff.memberships).toContainEqual({ role: 'reviewer', organizationId: x.departmentId });
    expect(JSON.stringify(everyone)).not.toContain('passwordHash');
    const reviewers = await must(x.secretariat.get('/api/v1/users?role=reviewer'));
    const ids = reviewers.map((u: { id: string }) => u.id);
    expect(ids).toEqual(expect.arrayContaining([x.reviewerId, x.reviewer2Id, x.departmentStaffId]));
    expect(ids).not.toContain(x.secretariatUserId);
    expect(ids).not.toContain(x.chairId);
    expect(reviewers.every((u: { roles: string[] }) => u.roles.includes('reviewer'))).toBe(true);
    const bad = await x.secretariat.get('/api/v1/users?role=mayor');
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toContain('application/problem+json');
    const committees = await must(x.secretariat.get('/api/v1/committees'));
    expect(committees).toEqual([
      {
        id: x.committeeId,
        nameJa: '協働事業評価委員会',
        nameEn: 'Evaluation committee',
        members: [
          { userId: x.chairId, displayName: 'chair', position: 'chair', affiliation: '学識経験者' },
          { userId: x.committeeMemberId, displayName: 'member', position: 'member', affiliation: '学識経験者' },
        ],
      },
    ]);
    expect((await x.reviewer.get('/api/v1/committees')).status).toBe(403);
  });

  it('lets only the secretariat reopen a submitted sheet, with a reason on the audit trail', async () => {
    const mine = (await must(x.reviewer.get('/api/v1/me/assignments'))).done.find(
      (a: { proposalId: string }) => a.proposalId === partnered,
    );
    expect((await x.reviewer.post(`/api/v1/assignments/${mine.id}/reopen`, { reason: '自分で直したい' })).status).toBe(
      403,
    );
    await must(x.secretariat.post(`/api/v1/assignments/${mine.id}/reopen`, { reason: '採点の転記誤りの申し出' }));
    expect((await must(x.reviewer.get('/api/v1/me/assignments'))).pending.map((a: { id: string }) => a.id)).toContain(
      mine.id,
    );
    const audit = await must(x.secretariat.get(`/api/v1/proposals/${partnered}/audit`));
    expect(audit.find((e: { action: string }) => e.action === 'review.sheet_reopened').after.reason).toBe(
      '採点の転記誤りの申し出',
    );
  });

  it('freezes the rubric when the first sheet opens: a later edit is a new version', async () => {
    const edited = await must(
      x.secretariat.request('PUT', `/api/v1/calls/${x.callId}/rubrics/document`, {
        ...smallRubric(),
        titleJa: '改訂版',
      }),
    );
    expect(edited.version).toBe(2);
    const bad = await x.secretariat.request('PUT', `/api/v1/calls/${x.callId}/rubrics/document`, {
      ...smallRubric(),
      criteria: [{ ...smallRubric().criteria[0], scale: { min: 5, max: 0, step: 1 } }],
    });
    expect(bad.status).toBe(400);
  });

  it('takes the rubric in the shape GET answers it (under definition), and still reads the flat form', async () => {
    const path = `/api/v1/calls/${x.callId}/rubrics/presentation`;
    const flat = await must(x.secretariat.request('PUT', path, smallRubric()));
    const read = await must(x.secretariat.get(path));
    expect(read.definition).toEqual(flat.definition);
    const sentBack = await must(
      x.secretariat.request('PUT', path, { definition: { ...read.definition, titleJa: '公開プレゼン 評価シート' } }),
    );
    expect(sentBack.definition).toEqual({ ...read.definition, titleJa: '公開プレゼン 評価シート' });
    expect((await must(x.secretariat.get(path))).definition.titleJa).toBe('公開プレゼン 評価シート');
    const mixed = await x.secretariat.request('PUT', path, { definition: read.definition, titleJa: '二重' });
    expect([mixed.status, mixed.body.errors]).toEqual([
      400,
      [{ field: 'titleJa', messages: ['send the rubric under definition only (not beside it)'] }],
    ]);
    const badNested = await x.secretariat.request('PUT', path, { definition: { ...read.definition, criteria: [] } });
    expect(badNested.status).toBe(400);
    expect((await must(x.secretariat.get(path))).definition.titleJa).toBe('公開プレゼン 評価シート');
  });

  it('assigns the rest with an even load and never a conflicted reviewer', async () => {
    const created = await must(
      x.secretariat.post(`/api/v1/calls/${x.callId}/assignments/auto`, {
        perProposal: 2,
        stage: 'document',
        reviewerIds: [x.reviewerId, x.reviewer2Id, x.departmentStaffId],
      }),
    );
    expect(created).toHaveLength(6); // 3 proposals still without reviewers × 2
    // each of the two welfare reviewers already had one sheet (the partnered proposal); the staff member none
    const load = new Map<string, number>([
      [x.reviewerId, 1],
      [x.reviewer2Id, 1],
      [x.departmentStaffId, 0],
    ]);
    for (const a of created) load.set(a.reviewerId, load.get(a.reviewerId)! + 1);
    const totals = [...load.values()];
    expect(totals.reduce((a, b) => a + b)).toBe(8);
    expect(Math.max(...totals) - Math.min(...totals)).toBeLessThanOrEqual(1);
    expect(created.every((a: { status: string }) => a.status === 'assigned')).toBe(true);
  });

  it('closes a proposal to the reviewer who declares a conflict on it, from the declaration on', async () => {
    const [id] = await proposalsInReview(x, ['利害申告の確認']);
    const [assignment] = await must(
      x.secretariat.post(`/api/v1/proposals/${id}/assignments`, { reviewerIds: [x.reviewer4Id], stage: 'document' }),
    );
    expect((await x.reviewer4.get(`/api/v1/proposals/${id}`)).status).toBe(200);
    await must(
      x.reviewer4.post(`/api/v1/assignments/${assignment.id}/conflict`, { reason: '提案団体の役員と親族関係' }),
    );
    const read = await x.reviewer4.get(`/api/v1/proposals/${id}`);
    expect([read.status, read.body.code]).toEqual([404, 'proposal_not_found']);
    expect(JSON.stringify(read.body)).not.toContain('利害申告の確認');
    expect((await x.reviewer4.get(`/api/v1/proposals/${id}/versions`)).status).toBe(404);
    const queue = await must(x.reviewer4.get('/api/v1/me/assignments'));
    expect(queue.recused.map((a: { id: string; status: string }) => [a.id, a.status])).toEqual([
      [assignment.id, 'conflicted'],
    ]);
    // The others keep their reads: a reviewer not on it, and the secretariat.
    expect((await x.reviewer3.get(`/api/v1/proposals/${id}`)).status).toBe(200);
    expect((await x.secretariat.get(`/api/v1/proposals/${id}`)).status).toBe(200);
  });
});
