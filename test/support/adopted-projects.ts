import {
  completeProposalContent,
  move,
  must,
  type MunicipalityFixture,
  sessionBody,
  smallRubric,
} from '@kyodo/testing';

/** A call of the fixture's municipality, open for submission now, for the fiscal year given. */
export async function openCall(
  x: MunicipalityFixture,
  fiscalYear: number,
  continuation: { continuationAllowed: boolean; continuationMaxYears?: number; yearlyCaps?: number[] },
): Promise<string> {
  const now = Date.now();
  const call = await must(
    x.secretariat.post('/api/v1/calls', {
      fiscalYear,
      titleJa: `${fiscalYear}年度 協働事業提案制度`,
      titleEn: `FY${fiscalYear} collaborative project proposals`,
      submissionOpensAt: new Date(now - 86_400_000).toISOString(),
      submissionClosesAt: new Date(now + 30 * 86_400_000).toISOString(),
      ...continuation,
    }),
  );
  await must(x.secretariat.request('PUT', `/api/v1/calls/${call.id}/rubrics/document`, smallRubric()));
  return call.id as string;
}

/**
 * Group A's proposal in the call, taken the way a municipality would through screening, one reviewer's sheet and
 * the committee's session to adoption (採択), then disclosed (PUBLISH). Partnered with the fixture's department, so
 * its staff can take part in an end-of-term evaluation.
 */
export async function adoptedProposal(
  x: MunicipalityFixture,
  callId: string,
  title: string,
  predecessorId: string | null = null,
  reason = '地域の課題を的確にとらえ、役割分担も明確である。',
): Promise<string> {
  const id = await decidedProposal(x, callId, title, predecessorId, reason);
  await move(x.secretariat, id, 'PUBLISH');
  return id;
}

/** As adoptedProposal, but left decided: the decision with its 講評 is recorded and not yet published. */
export async function decidedProposal(
  x: MunicipalityFixture,
  callId: string,
  title: string,
  predecessorId: string | null = null,
  reason = '地域の課題を的確にとらえ、役割分担も明確である。',
): Promise<string> {
  const draft = await must(
    x.proposerA.post(`/api/v1/calls/${callId}/proposals`, {
      organizationId: x.groupAId,
      title,
      predecessorId,
      partnerDepartmentIds: [x.departmentId],
      content: completeProposalContent(),
    }),
  );
  const id = draft.id as string;
  await move(x.proposerA, id, 'SUBMIT');
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
  const session = await must(x.secretariat.post(`/api/v1/calls/${callId}/sessions`, sessionBody(x.committeeId, [id])));
  await must(
    x.secretariat.request('PUT', `/api/v1/sessions/${session.id}/attendance`, {
      present: [x.chairId, x.committeeMemberId],
    }),
  );
  await move(x.chair, id, 'FINALIZE', { decision: 'adopted', reason });
  return id;
}

/**
 * Concludes the agreement (協定) of an adopted, disclosed proposal through the partnership route, as the
 * secretariat's page does, so libs/partnership records it; starts the project and ends its term.
 */
export async function endedProject(x: MunicipalityFixture, id: string) {
  const view = await must(x.secretariat.get(`/api/v1/proposals/${id}/partnership`));
  const draft = view.agreementDraft;
  await must(
    x.secretariat.post(
      `/api/v1/proposals/${id}/agreement`,
      {
        groupName: draft.group.name,
        departmentName: draft.department.name,
        termStart: '2025-04-01',
        termEnd: '2026-03-31',
        roleSharing: '団体：運営／市：会場と広報',
        informationSharing: '月1回の定例会議',
        costSharing: '食材費は団体、会場費は市が負担する',
        grantedAmount: 500_000,
        partnershipForm: draft.partnershipForm,
        formNumber: draft.formNumber,
        madeOn: '2025-04-01',
      },
      { 'if-match': `"${view.proposal.version}"` },
    ),
  );
  await move(x.secretariat, id, 'START');
  await move(x.secretariat, id, 'END');
}

/** Carries an adopted, disclosed proposal through its year to a published end-of-term evaluation (事業評価). */
export async function completedProject(x: MunicipalityFixture, id: string, verdict: string, comment: string) {
  await endedProject(x, id);
  await move(x.proposerA, id, 'SUBMIT_SELF_EVALUATION', { party: 'group', summary: '目標をおおむね達成した。' });
  await move(x.departmentStaff, id, 'SUBMIT_SELF_EVALUATION', { party: 'department', summary: '連携は良好だった。' });
  await move(x.chair, id, 'ASSESS', { verdict, comment });
  await move(x.secretariat, id, 'PUBLISH');
}
