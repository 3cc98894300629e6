import {
  ADMIN,
  ApiClient,
  completeProposalContent,
  createMunicipality,
  minimalPdf,
  move,
  must,
  type MunicipalityFixture,
  sessionBody,
  smallRubric,
  waitFor,
} from '@kyodo/testing';
import type { ActorKey } from '@kyodo/testing';

/**
 * Everything the authorization matrix points at, built through the API the
 * way a municipality would: a call with a rubric, a draft of group A with an
 * attachment, a proposal of group A in review (partnered with a department,
 * so that department's reviewer is conflicted), its assignments, a session,
 * a report, a notification — and a second municipality whose staff must see
 * none of it.
 */
export interface World {
  x: MunicipalityFixture;
  clients: Record<ActorKey, ApiClient>;
  callId: string;
  /** Drafts of group A; each write row that changes a draft gets its own. */
  draft: () => Promise<string>;
  draftId: string;
  attachmentId: string;
  inReviewId: string;
  assignmentId: string;
  conflictedAssignmentId: string;
  sessionId: string;
  reportId: string;
  notificationId: string;
  committeeId: string;
  otherCallId: string;
  otherProposalId: string;
  /** The system's data directory (its link secret: see group-registrations.ts). */
  dataDir: string;
}

export async function buildWorld(baseUrl: string, dataDir: string): Promise<World> {
  const api = new ApiClient(baseUrl);
  const x = await createMunicipality(api, '川崎市');
  const y = await createMunicipality(api, '横浜市');
  const operator = await api.login(ADMIN.email, ADMIN.password);
  await must(x.secretariat.request('PUT', `/api/v1/calls/${x.callId}/rubrics/document`, smallRubric()));
  const draft = async () =>
    (
      await must(
        x.proposerA.post(`/api/v1/calls/${x.callId}/proposals`, {
          organizationId: x.groupAId,
          title: '権限確認用の下書き',
          content: completeProposalContent(),
        }),
      )
    ).id as string;
  const draftId = await draft();
  const attachment = await fetch(`${baseUrl}/api/v1/proposals/${draftId}/attachments?filename=plan.pdf`, {
    method: 'POST',
    headers: { authorization: `Bearer ${x.proposerA.token}`, 'content-type': 'application/pdf' },
    body: new Uint8Array(minimalPdf()),
  });
  if (attachment.status !== 201) throw new Error(`attachment: ${attachment.status} ${await attachment.text()}`);
  const attachmentId = ((await attachment.json()) as { id: string }).id;

  const inReviewId = (
    await must(
      x.proposerA.post(`/api/v1/calls/${x.callId}/proposals`, {
        organizationId: x.groupAId,
        title: '権限確認用の審査中提案',
        partnerDepartmentIds: [x.departmentId],
        content: completeProposalContent(),
      }),
    )
  ).id as string;
  await move(x.proposerA, inReviewId, 'SUBMIT');
  await move(x.secretariat, inReviewId, 'ACCEPT');
  const assigned = await must(
    x.secretariat.post(`/api/v1/proposals/${inReviewId}/assignments`, {
      reviewerIds: [x.reviewerId, x.departmentStaffId],
      stage: 'document',
    }),
  );
  const byReviewer = (id: string) => assigned.find((a: { reviewerId: string }) => a.reviewerId === id).id as string;

  const session = await must(
    x.secretariat.post(
      `/api/v1/calls/${x.callId}/sessions`,
      sessionBody(x.committeeId, [inReviewId], '2026-08-20T13:30:00+09:00', '市役所 第1会議室'),
    ),
  );
  const report = await must(x.secretariat.post('/api/v1/reports', { kind: 'call-summary-pdf', callId: x.callId }));
  await waitFor(async () => (await must(x.secretariat.get(`/api/v1/reports/${report.id}`))).status === 'ready', 30_000);
  let notificationId = '';
  await waitFor(async () => {
    const inbox = await must(x.proposerA.get('/api/v1/me/notifications'));
    notificationId = inbox.items[0]?.id ?? '';
    return notificationId !== '';
  }, 30_000);

  const otherProposalId = (
    await must(
      y.proposerA.post(`/api/v1/calls/${y.callId}/proposals`, {
        organizationId: y.groupAId,
        title: '他市の提案',
        content: completeProposalContent(),
      }),
    )
  ).id as string;

  const clients: Record<ActorKey, ApiClient> = {
    anonymous: api,
    proposerOwn: x.proposerA,
    proposerOther: x.proposerB,
    reviewerAssigned: x.reviewer,
    reviewerUnassigned: x.reviewer3,
    reviewerConflicted: x.departmentStaff,
    committeeMember: x.committeeMember,
    committeeChair: x.chair,
    secretariat: x.secretariat,
    admin: x.admin,
    otherMunicipality: y.secretariat,
    otherAdmin: y.admin,
    platformOperator: operator,
  };
  return {
    x,
    dataDir,
    clients,
    callId: x.callId,
    draft,
    draftId,
    attachmentId,
    inReviewId,
    assignmentId: byReviewer(x.reviewerId),
    conflictedAssignmentId: byReviewer(x.departmentStaffId),
    sessionId: session.id,
    reportId: report.id,
    notificationId,
    committeeId: x.committeeId,
    otherCallId: y.callId,
    otherProposalId,
  };
}
