import {
  ApiClient,
  completeProposalContent,
  move,
  must,
  sessionBody,
  smallRubric,
  waitFor,
  type MunicipalityFixture,
} from '@kyodo/testing';

export const ADOPTED_TITLE = '多世代がつながる地域食堂の運営';
export const NOT_ADOPTED_TITLE = '公園の花壇を地域で育てる事業';
export const COMMENT = '地域ニーズの把握が的確であり、役割分担も明確である。';
export const CONDITION = '四半期ごとに進捗を報告すること';

/** A call with a theme; one group proposal adopted with conditions, one city proposal not adopted; both disclosed. */
export async function discloseTwoProposals(x: MunicipalityFixture, baseUrl: string): Promise<{ callId: string }> {
  const now = Date.now();
  const call = await must(
    x.secretariat.post('/api/v1/calls', {
      fiscalYear: 2026,
      titleJa: '令和8年度 協働事業提案制度',
      titleEn: 'FY2026 collaborative project proposals',
      activityFields: ['child_development', 'health_welfare', 'community_development'],
      submissionOpensAt: new Date(now - 86_400_000).toISOString(),
      submissionClosesAt: new Date(now + 30 * 86_400_000).toISOString(),
    }),
  );
  const theme = await must(
    x.departmentStaff.post(`/api/v1/calls/${call.id}/themes`, {
      departmentId: x.departmentId,
      titleJa: '子どもの居場所づくり',
      titleEn: 'Places for children',
    }),
  );
  await must(x.secretariat.request('PUT', `/api/v1/calls/${call.id}/rubrics/document`, smallRubric()));
  const adopted = await must(
    x.proposerA.post(`/api/v1/calls/${call.id}/proposals`, {
      organizationId: x.groupAId,
      title: ADOPTED_TITLE,
      themeId: theme.id,
      partnerDepartmentIds: [x.departmentId],
      content: completeProposalContent(),
    }),
  );
  const notAdopted = await must(
    x.departmentStaff.post(`/api/v1/calls/${call.id}/proposals`, {
      organizationId: x.departmentId,
      title: NOT_ADOPTED_TITLE,
      content: completeProposalContent({
        summary: '公園の花壇を町内会と市が一緒に手入れし、季節の花で憩いの場をつくる。',
        activityFields: ['community_development'],
      }),
    }),
  );
  const plan: Array<[string, ApiClient, Record<string, number>]> = [
    [adopted.id, x.proposerA, { public_benefit: 5, feasibility: 4 }],
    [notAdopted.id, x.departmentStaff, { public_benefit: 2, feasibility: 1 }],
  ];
  for (const [id, author, scores] of plan) {
    await move(author, id, 'SUBMIT');
    await move(x.secretariat, id, 'ACCEPT');
    const [assignment] = await must(
      x.secretariat.post(`/api/v1/proposals/${id}/assignments`, { reviewerIds: [x.reviewerId], stage: 'document' }),
    );
    await must(
      x.reviewer.request('PUT', `/api/v1/assignments/${assignment.id}/score-sheet`, {
        scores,
        comments: { feasibility: '体制を確認した' },
      }),
    );
    await must(x.reviewer.post(`/api/v1/assignments/${assignment.id}/score-sheet/submit`));
    await move(x.secretariat, id, 'REVIEW_COMPLETE');
  }
  const session = await must(
    x.secretariat.post(`/api/v1/calls/${call.id}/sessions`, sessionBody(x.committeeId, [adopted.id, notAdopted.id])),
  );
  await must(
    x.secretariat.request('PUT', `/api/v1/sessions/${session.id}/attendance`, {
      present: [x.chairId, x.committeeMemberId],
    }),
  );
  await must(
    x.chair.request('PUT', `/api/v1/sessions/${session.id}/consensus/${adopted.id}`, {
      scores: { public_benefit: 5, feasibility: 4 },
      reasons: { public_benefit: '地域全体への波及効果が大きい', feasibility: '体制に一部不安が残る' },
    }),
  );
  await move(x.chair, adopted.id, 'FINALIZE', {
    decision: 'adoptedWithConditions',
    reason: COMMENT,
    conditions: [CONDITION],
  });
  await move(x.chair, notAdopted.id, 'FINALIZE', { decision: 'notAdopted', reason: '実施体制の具体化が必要である。' });
  await move(x.secretariat, adopted.id, 'PUBLISH');
  await move(x.secretariat, notAdopted.id, 'PUBLISH');
  await waitFor(async () => {
    const response = await fetch(`${baseUrl}/api/v1/public/proposals?municipality=${x.municipalityCode}`);
    return ((await response.json()) as { items: unknown[] }).items.length === 2;
  }, 20_000);
  return { callId: call.id };
}
