import { randomUUID } from 'node:crypto';
import {
  ACTORS,
  type ActorKey,
  completeProposalContent,
  minimalPdf,
  move,
  sessionBody,
  smallRubric,
} from '@kyodo/testing';
import type { World } from './world';

/** What a cell expects: the call goes through (`allow`), or it is refused with this status. */
export type Outcome = 'allow' | 401 | 403 | 404 | 422;

export interface MatrixRequest {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface MatrixRow {
  operation: string;
  /** What the route is pointed at, in the words of the matrix document. */
  target: string;
  request: (w: World) => Promise<MatrixRequest> | MatrixRequest;
  /** Per actor; `others` for everyone not named. Anonymous is 401 unless named. */
  expect: Partial<Record<ActorKey, Outcome>> & { others: Outcome };
  /** For lists: an id that the actors in `hiddenFrom` must not find in their (allowed) answer. */
  hidden?: (w: World) => string;
  hiddenFrom?: ActorKey[];
  /** A probe may answer 503 about the system's health; the cell is about who may ask, not what it says. */
  probe?: boolean;
}

/** The people of municipality X: everyone but the anonymous, the other municipality's staff and the operator. */
/** A cell's expectation: named, else anonymous 401, else the row's `others`. */
export function expectation(row: MatrixRow, actor: ActorKey): Outcome {
  return row.expect[actor] ?? (actor === 'anonymous' ? 401 : row.expect.others);
}

const STAFF_OF_X = ACTORS.filter(
  (a) => !['anonymous', 'otherMunicipality', 'otherAdmin', 'platformOperator'].includes(a),
);
const everyoneSignedIn = (): Partial<Record<ActorKey, Outcome>> & { others: Outcome } => ({ others: 'allow' });
const onlyPublic = { anonymous: 'allow' as const, others: 'allow' as const };
const ifMatch = (version: number) => ({ 'if-match': `"${version}"` });
const version = async (w: World, id: string) =>
  (await w.clients.proposerOwn.get(`/api/v1/proposals/${id}`)).body.version as number;

/**
 * The authorization matrix: every route the API serves, asked of every kind
 * of person, against resources in the states that matter. The test walks
 * each cell; docs/authorization.md is written from this table.
 */
export const MATRIX: MatrixRow[] = [
  // --- public and self ---
  {
    operation: 'GET /health/live',
    target: '—',
    request: () => ({ method: 'GET', path: '/health/live' }),
    expect: onlyPublic,
  },
  {
    operation: 'GET /api/v1/public/municipalities',
    target: 'the deployment',
    request: () => ({ method: 'GET', path: '/api/v1/public/municipalities' }),
    expect: onlyPublic,
  },
  {
    operation: 'GET /api/v1/public/calls',
    target: 'the municipality',
    request: (w) => ({ method: 'GET', path: `/api/v1/public/calls?municipality=${w.x.municipalityCode}` }),
    expect: onlyPublic,
  },
  {
    operation: 'GET /api/v1/public/proposals',
    target: 'the municipality (no decision disclosed yet)',
    request: (w) => ({ method: 'GET', path: `/api/v1/public/proposals?municipality=${w.x.municipalityCode}` }),
    expect: onlyPublic,
    hidden: (w) => w.inReviewId,
    hiddenFrom: ['anonymous', 'secretariat'],
  },
  {
    operation: 'GET /api/v1/public/proposals/{id}',
    target: 'a proposal in review (not disclosed)',
    request: (w) => ({ method: 'GET', path: `/api/v1/public/proposals/${w.inReviewId}` }),
    expect: { anonymous: 404, others: 404 },
  },
  {
    operation: 'GET /api/v1/public/statistics',
    target: 'the municipality',
    request: (w) => ({ method: 'GET', path: `/api/v1/public/statistics?municipality=${w.x.municipalityCode}` }),
    expect: onlyPublic,
  },
  {
    operation: 'GET /api/v1/me',
    target: 'oneself',
    request: () => ({ method: 'GET', path: '/api/v1/me' }),
    expect: everyoneSignedIn(),
  },
  {
    operation: 'GET /api/v1/activity-fields',
    target: 'own municipality',
    request: () => ({ method: 'GET', path: '/api/v1/activity-fields' }),
    expect: everyoneSignedIn(),
  },

  {
    operation: 'GET /health/ready',
    target: '—',
    request: () => ({ method: 'GET', path: '/health/ready' }),
    expect: onlyPublic,
    probe: true,
  },
  {
    operation: 'POST /api/v1/auth/login',
    target: 'the proposer’s own credentials',
    request: (w) => ({
      method: 'POST',
      path: '/api/v1/auth/login',
      body: { email: w.x.emailOf('proposer-a'), password: 'fixture-password-1' },
    }),
    expect: onlyPublic,
  },
  {
    operation: 'POST /api/v1/auth/refresh',
    target: 'a refresh token that was never issued',
    request: () => ({
      method: 'POST',
      path: '/api/v1/auth/refresh',
      body: { refreshToken: 'never-issued-token-value' },
    }),
    expect: { anonymous: 401, others: 401 },
  },
  {
    operation: 'GET /api/v1/public/proposals/{id}/{kind}/versions/{version}',
    target: 'a proposal in review (nothing published)',
    request: (w) => ({ method: 'GET', path: `/api/v1/public/proposals/${w.inReviewId}/decision/versions/1` }),
    expect: { anonymous: 404, others: 404 },
  },
  {
    operation: 'GET /api/v1/public/open-data/schema.json',
    target: '—',
    request: () => ({ method: 'GET', path: '/api/v1/public/open-data/schema.json' }),
    expect: onlyPublic,
  },
  {
    operation: 'GET /api/v1/public/open-data/{file}',
    target: 'the open call (nothing disclosed yet)',
    request: (w) => ({ method: 'GET', path: `/api/v1/public/open-data/${w.callId}.csv` }),
    expect: onlyPublic,
  },

  // --- calls ---
  {
    operation: 'GET /api/v1/calls',
    target: 'own municipality',
    request: () => ({ method: 'GET', path: '/api/v1/calls' }),
    expect: everyoneSignedIn(),
    hidden: (w) => w.callId,
    hiddenFrom: ['otherMunicipality', 'platformOperator'],
  },
  {
    operation: 'GET /api/v1/calls/{id}',
    target: 'an open call',
    request: (w) => ({ method: 'GET', path: `/api/v1/calls/${w.callId}` }),
    expect: { otherMunicipality: 404, otherAdmin: 404, platformOperator: 404, others: 'allow' },
  },
  {
    operation: 'GET /api/v1/calls/{id}/themes',
    target: 'an open call',
    request: (w) => ({ method: 'GET', path: `/api/v1/calls/${w.callId}/themes` }),
    expect: { otherMunicipality: 404, otherAdmin: 404, platformOperator: 404, others: 'allow' },
  },
  {
    operation: 'GET /api/v1/calls/{id}/rubrics/{stage}',
    target: 'the document-review rubric of an open call',
    request: (w) => ({ method: 'GET', path: `/api/v1/calls/${w.callId}/rubrics/document` }),
    expect: { otherMunicipality: 404, otherAdmin: 404, platformOperator: 404, others: 'allow' },
  },
  {
    operation: 'GET /api/v1/calls/{id}/results',
    target: 'a call in review',
    request: (w) => ({ method: 'GET', path: `/api/v1/calls/${w.callId}/results` }),
    expect: {
      committeeMember: 'allow',
      committeeChair: 'allow',
      secretariat: 'allow',
      otherMunicipality: 404,
      others: 403,
    },
  },
  {
    operation: 'POST /api/v1/calls',
    target: 'own municipality',
    request: () => ({
      method: 'POST',
      path: '/api/v1/calls',
      body: {
        fiscalYear: 2027,
        titleJa: '令和9年度 協働事業提案制度',
        titleEn: 'FY2027 proposals',
        submissionOpensAt: '2027-04-01T00:00:00Z',
        submissionClosesAt: '2027-06-30T00:00:00Z',
      },
    }),
    expect: { secretariat: 'allow', otherMunicipality: 'allow', others: 403 },
  },
  {
    operation: 'PATCH /api/v1/calls/{id}',
    target: 'an open call',
    request: async (w) => ({
      method: 'PATCH',
      path: `/api/v1/calls/${w.callId}`,
      body: { titleEn: 'FY2026 proposals' },
      headers: ifMatch((await w.clients.secretariat.get(`/api/v1/calls/${w.callId}`)).body.version),
    }),
    expect: { secretariat: 'allow', otherMunicipality: 404, others: 403 },
  },
  {
    operation: 'POST /api/v1/calls/{id}/themes',
    target: 'an open call, theme of the partner department',
    request: (w) => ({
      method: 'POST',
      path: `/api/v1/calls/${w.callId}/themes`,
      body: { departmentId: w.x.departmentId, titleJa: '子どもの居場所づくり', titleEn: 'Places for children' },
    }),
    expect: {
      reviewerConflicted: 'allow',
      secretariat: 'allow',
      otherMunicipality: 404,
      otherAdmin: 404,
      platformOperator: 404,
      others: 403,
    },
  },
  {
    operation: 'PUT /api/v1/calls/{id}/rubrics/{stage}',
    target: 'an open call',
    request: (w) => ({ method: 'PUT', path: `/api/v1/calls/${w.callId}/rubrics/document`, body: smallRubric() }),
    expect: { secretariat: 'allow', otherMunicipality: 404, others: 403 },
  },
  {
    operation: 'POST /api/v1/calls/{id}/announcement',
    target: 'a call with no decisions held',
    request: (w) => ({ method: 'POST', path: `/api/v1/calls/${w.callId}/announcement`, body: {} }),
    expect: { secretariat: 'allow', otherMunicipality: 404, others: 403 },
  },
  {
    operation: 'POST /api/v1/calls/{id}/proposals',
    target: 'an open call, for group A',
    request: (w) => ({
      method: 'POST',
      path: `/api/v1/calls/${w.callId}/proposals`,
      body: { organizationId: w.x.groupAId, title: '新しい提案', content: completeProposalContent() },
    }),
    expect: { proposerOwn: 'allow', otherMunicipality: 404, otherAdmin: 404, platformOperator: 404, others: 403 },
  },
  {
    operation: 'POST /api/v1/calls/{id}/assignments/auto',
    target: 'a call in review',
    request: (w) => ({
      method: 'POST',
      path: `/api/v1/calls/${w.callId}/assignments/auto`,
      body: { perProposal: 1, stage: 'document', reviewerIds: [w.x.reviewerId] },
    }),
    expect: { secretariat: 'allow', otherMunicipality: 404, others: 403 },
  },
  {
    operation: 'POST /api/v1/calls/{id}/sessions',
    target: 'a call in review',
    request: (w) => ({
      method: 'POST',
      path: `/api/v1/calls/${w.callId}/sessions`,
      body: sessionBody(w.committeeId, [w.inReviewId], '2026-08-21T13:30:00+09:00', '市役所 第2会議室'),
    }),
    expect: { secretariat: 'allow', otherMunicipality: 404, others: 403 },
  },

  // --- proposals ---
  {
    operation: 'GET /api/v1/proposals',
    target: 'own municipality',
    request: () => ({ method: 'GET', path: '/api/v1/proposals' }),
    expect: everyoneSignedIn(),
    hidden: (w) => w.draftId,
    hiddenFrom: STAFF_OF_X.filter((a) => a !== 'proposerOwn').concat(['otherMunicipality', 'platformOperator']),
  },
  {
    operation: 'GET /api/v1/proposals/{id}',
    target: 'a draft of group A',
    request: (w) => ({ method: 'GET', path: `/api/v1/proposals/${w.draftId}` }),
    expect: { proposerOwn: 'allow', others: 404 },
  },
  {
    operation: 'GET /api/v1/proposals/{id}',
    target: 'a proposal of group A in review',
    request: (w) => ({ method: 'GET', path: `/api/v1/proposals/${w.inReviewId}` }),
    expect: { proposerOther: 404, otherMunicipality: 404, otherAdmin: 404, platformOperator: 404, others: 'allow' },
  },
  {
    operation: 'GET /api/v1/proposals/{id}/versions',
    target: 'a proposal of group A in review',
    request: (w) => ({ method: 'GET', path: `/api/v1/proposals/${w.inReviewId}/versions` }),
    expect: { proposerOther: 404, otherMunicipality: 404, otherAdmin: 404, platformOperator: 404, others: 'allow' },
  },
  {
    operation: 'GET /api/v1/proposals/{id}/versions/diff',
    target: 'a proposal of group A in review',
    request: (w) => ({ method: 'GET', path: `/api/v1/proposals/${w.inReviewId}/versions/diff?from=1&to=1` }),
    expect: { proposerOther: 404, otherMunicipality: 404, otherAdmin: 404, platformOperator: 404, others: 'allow' },
  },
  {
    operation: 'GET /api/v1/proposals/{id}/audit',
    target: 'a proposal of group A in review',
    request: (w) => ({ method: 'GET', path: `/api/v1/proposals/${w.inReviewId}/audit` }),
    expect: {
      secretariat: 'allow',
      admin: 'allow',
      proposerOther: 404,
      otherMunicipality: 404,
      otherAdmin: 404,
      platformOperator: 404,
      others: 403,
    },
  },
  {
    operation: 'GET /api/v1/proposals/{id}/attachments',
    target: 'a draft of group A',
    request: (w) => ({ method: 'GET', path: `/api/v1/proposals/${w.draftId}/attachments` }),
    expect: { proposerOwn: 'allow', others: 404 },
  },
  {
    operation: 'GET /api/v1/proposals/{id}/attachments/{attachmentId}',
    target: 'an attachment of a draft of group A',
    request: (w) => ({ method: 'GET', path: `/api/v1/proposals/${w.draftId}/attachments/${w.attachmentId}` }),
    expect: { proposerOwn: 'allow', others: 404 },
  },
  {
    operation: 'POST /api/v1/proposals/{id}/attachments',
    target: 'a draft of group A',
    request: (w) => ({
      method: 'POST',
      path: `/api/v1/proposals/${w.draftId}/attachments?filename=budget.pdf`,
      body: minimalPdf().toString(),
      headers: { 'content-type': 'application/pdf' },
    }),
    expect: { proposerOwn: 'allow', others: 404 },
  },
  {
    operation: 'PATCH /api/v1/proposals/{id}',
    target: 'a draft of group A',
    request: async (w) => {
      const id = await w.draft();
      return {
        method: 'PATCH',
        path: `/api/v1/proposals/${id}`,
        body: { title: '題名の修正' },
        headers: ifMatch(await version(w, id)),
      };
    },
    expect: { proposerOwn: 'allow', others: 404 },
  },
  {
    operation: 'POST /api/v1/proposals/{id}/events',
    target: 'a draft of group A: SUBMIT',
    request: async (w) => {
      const id = await w.draft();
      return {
        method: 'POST',
        path: `/api/v1/proposals/${id}/events`,
        body: { type: 'SUBMIT' },
        headers: ifMatch(await version(w, id)),
      };
    },
    expect: { proposerOwn: 'allow', others: 404 },
  },
  {
    operation: 'POST /api/v1/proposals/{id}/events',
    target: 'a proposal in review: WITHDRAW (a fresh one for each person, at its current version)',
    request: async (w) => {
      const id = await w.draft();
      await move(w.clients.proposerOwn, id, 'SUBMIT');
      await move(w.clients.secretariat, id, 'ACCEPT');
      return {
        method: 'POST',
        path: `/api/v1/proposals/${id}/events`,
        body: { type: 'WITHDRAW', reason: '確認' },
        headers: ifMatch(await version(w, id)),
      };
    },
    expect: {
      proposerOwn: 'allow',
      proposerOther: 404,
      otherMunicipality: 404,
      otherAdmin: 404,
      platformOperator: 404,
      others: 422,
    },
  },
  {
    operation: 'GET /api/v1/proposals/{id}/scores',
    target: 'a proposal in review, no sheet submitted',
    request: (w) => ({ method: 'GET', path: `/api/v1/proposals/${w.inReviewId}/scores` }),
    expect: {
      reviewerAssigned: 403,
      committeeMember: 'allow',
      committeeChair: 'allow',
      secretariat: 'allow',
      admin: 404,
      others: 404,
    },
  },
  {
    operation: 'GET /api/v1/proposals/{id}/project-evaluation',
    target: 'a proposal in review (no project yet)',
    request: (w) => ({ method: 'GET', path: `/api/v1/proposals/${w.inReviewId}/project-evaluation` }),
    expect: { proposerOther: 404, otherMunicipality: 404, otherAdmin: 404, platformOperator: 404, others: 'allow' },
  },
  {
    operation: 'POST /api/v1/proposals/{id}/assignments',
    target: 'a proposal in review',
    request: (w) => ({
      method: 'POST',
      path: `/api/v1/proposals/${w.inReviewId}/assignments`,
      body: { reviewerIds: [w.x.reviewer2Id], stage: 'document' },
    }),
    expect: { secretariat: 'allow', otherMunicipality: 404, others: 403 },
  },
  {
    operation: 'GET /api/v1/proposals/{id}/assignments',
    target: 'a proposal in review',
    request: (w) => ({ method: 'GET', path: `/api/v1/proposals/${w.inReviewId}/assignments` }),
    expect: { secretariat: 'allow', admin: 'allow', otherMunicipality: 404, otherAdmin: 404, others: 403 },
  },
  {
    operation: 'POST /api/v1/proposals/{id}/publications/{kind}/corrections',
    target: 'a proposal in review (nothing published, so nothing to correct)',
    request: (w) => ({
      method: 'POST',
      path: `/api/v1/proposals/${w.inReviewId}/publications/decision/corrections`,
      body: { reason: '誤記の訂正' },
    }),
    expect: { others: 404 },
  },

  // --- review ---
  {
    operation: 'GET /api/v1/me/assignments',
    target: 'own queue',
    request: () => ({ method: 'GET', path: '/api/v1/me/assignments' }),
    expect: everyoneSignedIn(),
  },
  {
    operation: 'GET /api/v1/assignments/{id}/score-sheet',
    target: 'the assigned reviewer’s open sheet',
    request: (w) => ({ method: 'GET', path: `/api/v1/assignments/${w.assignmentId}/score-sheet` }),
    expect: { reviewerAssigned: 'allow', others: 404 },
  },
  {
    operation: 'GET /api/v1/assignments/{id}/score-sheet',
    target: 'a conflicted reviewer’s assignment',
    request: (w) => ({ method: 'GET', path: `/api/v1/assignments/${w.conflictedAssignmentId}/score-sheet` }),
    expect: { reviewerConflicted: 403, others: 404 },
  },
  {
    operation: 'PUT /api/v1/assignments/{id}/score-sheet',
    target: 'the assigned reviewer’s open sheet',
    request: (w) => ({
      method: 'PUT',
      path: `/api/v1/assignments/${w.assignmentId}/score-sheet`,
      body: { scores: { public_benefit: 3 } },
    }),
    expect: { reviewerAssigned: 'allow', others: 404 },
  },
  {
    operation: 'PUT /api/v1/assignments/{id}/score-sheet',
    target: 'a conflicted reviewer’s assignment',
    request: (w) => ({
      method: 'PUT',
      path: `/api/v1/assignments/${w.conflictedAssignmentId}/score-sheet`,
      body: { scores: { public_benefit: 3 } },
    }),
    expect: { reviewerConflicted: 403, others: 404 },
  },
  {
    operation: 'POST /api/v1/assignments/{id}/score-sheet/submit',
    target: 'the assigned reviewer’s open sheet (incomplete)',
    request: (w) => ({ method: 'POST', path: `/api/v1/assignments/${w.assignmentId}/score-sheet/submit`, body: {} }),
    expect: { reviewerAssigned: 'allow', others: 404 },
  },
  {
    operation: 'POST /api/v1/assignments/{id}/acknowledge',
    target: 'the assigned reviewer’s assignment',
    request: (w) => ({ method: 'POST', path: `/api/v1/assignments/${w.assignmentId}/acknowledge`, body: {} }),
    expect: { reviewerAssigned: 'allow', others: 404 },
  },
  {
    operation: 'POST /api/v1/assignments/{id}/reopen',
    target: 'an open sheet (nothing to reopen)',
    request: (w) => ({
      method: 'POST',
      path: `/api/v1/assignments/${w.assignmentId}/reopen`,
      body: { reason: '確認' },
    }),
    expect: { secretariat: 'allow', otherMunicipality: 404, others: 403 },
  },
  {
    operation: 'POST /api/v1/assignments/{id}/conflict',
    target: 'the assigned reviewer’s assignment',
    request: (w) => ({
      method: 'POST',
      path: `/api/v1/assignments/${w.assignmentId}/conflict`,
      body: { reason: '提案団体の理事と親族関係にあるため' },
    }),
    expect: { reviewerAssigned: 'allow', others: 404 },
  },

  // --- joint evaluation ---
  {
    operation: 'GET /api/v1/sessions/{id}',
    target: 'a planned session',
    request: (w) => ({ method: 'GET', path: `/api/v1/sessions/${w.sessionId}` }),
    expect: { committeeMember: 'allow', committeeChair: 'allow', secretariat: 'allow', admin: 'allow', others: 404 },
  },
  {
    operation: 'GET /api/v1/sessions/{id}/live',
    target: 'a planned session (the stream answers, then the client hangs up)',
    request: (w) => ({ method: 'GET', path: `/api/v1/sessions/${w.sessionId}/live` }),
    expect: { committeeMember: 'allow', committeeChair: 'allow', secretariat: 'allow', admin: 'allow', others: 404 },
  },
  {
    operation: 'GET /api/v1/calls/{id}/sessions',
    target: 'a call with a planned session',
    request: (w) => ({ method: 'GET', path: `/api/v1/calls/${w.callId}/sessions` }),
    expect: {
      committeeMember: 'allow',
      committeeChair: 'allow',
      secretariat: 'allow',
      admin: 'allow',
      otherMunicipality: 404,
      otherAdmin: 404,
      others: 403,
    },
  },
  {
    operation: 'PUT /api/v1/sessions/{id}/attendance',
    target: 'a planned session',
    request: (w) => ({
      method: 'PUT',
      path: `/api/v1/sessions/${w.sessionId}/attendance`,
      body: { present: [w.x.chairId, w.x.committeeMemberId] },
    }),
    expect: { committeeChair: 'allow', secretariat: 'allow', admin: 403, committeeMember: 403, others: 404 },
  },
  {
    operation: 'PUT /api/v1/sessions/{id}/clock',
    target: 'a planned session',
    request: (w) => ({
      method: 'PUT',
      path: `/api/v1/sessions/${w.sessionId}/clock`,
      body: { agendaIndex: 0, phase: 'presentation', running: true, remainingSeconds: 420 },
    }),
    expect: { committeeChair: 'allow', secretariat: 'allow', admin: 403, committeeMember: 403, others: 404 },
  },
  {
    operation: 'PUT /api/v1/sessions/{id}/consensus/{proposalId}',
    target: 'a session, a proposal on its agenda',
    request: (w) => ({
      method: 'PUT',
      path: `/api/v1/sessions/${w.sessionId}/consensus/${w.inReviewId}`,
      body: { scores: { public_benefit: 4, feasibility: 3 }, reasons: { public_benefit: '妥当', feasibility: '妥当' } },
    }),
    expect: { committeeMember: 'allow', committeeChair: 'allow', secretariat: 'allow', admin: 403, others: 404 },
  },
  {
    operation: 'POST /api/v1/sessions/{id}/minutes',
    target: 'a session',
    request: (w) => ({ method: 'POST', path: `/api/v1/sessions/${w.sessionId}/minutes`, body: { text: '議事録' } }),
    expect: { committeeChair: 'allow', secretariat: 'allow', admin: 403, committeeMember: 403, others: 404 },
  },

  // --- notifications ---
  {
    operation: 'GET /api/v1/me/notifications',
    target: 'own inbox',
    request: () => ({ method: 'GET', path: '/api/v1/me/notifications' }),
    expect: everyoneSignedIn(),
  },
  {
    operation: 'POST /api/v1/me/notifications/{id}/read',
    target: 'a notice to the proposer',
    request: (w) => ({ method: 'POST', path: `/api/v1/me/notifications/${w.notificationId}/read`, body: {} }),
    expect: { proposerOwn: 'allow', others: 404 },
  },
  {
    operation: 'POST /api/v1/me/notifications/read-all',
    target: 'own inbox',
    request: () => ({ method: 'POST', path: '/api/v1/me/notifications/read-all', body: {} }),
    expect: everyoneSignedIn(),
  },
  {
    operation: 'GET /api/v1/me/notification-preferences',
    target: 'oneself',
    request: () => ({ method: 'GET', path: '/api/v1/me/notification-preferences' }),
    expect: everyoneSignedIn(),
  },
  {
    operation: 'PUT /api/v1/me/notification-preferences',
    target: 'oneself',
    request: () => ({ method: 'PUT', path: '/api/v1/me/notification-preferences', body: { preferences: {} } }),
    expect: everyoneSignedIn(),
  },
  {
    operation: 'GET /api/v1/notification-templates/{template}/preview',
    target: 'the decision notice',
    request: () => ({ method: 'GET', path: '/api/v1/notification-templates/proposal.decided/preview' }),
    expect: { secretariat: 'allow', admin: 'allow', otherMunicipality: 'allow', otherAdmin: 'allow', others: 404 },
  },
  {
    operation: 'GET /api/v1/admin/dead-letters',
    target: 'own municipality',
    request: () => ({ method: 'GET', path: '/api/v1/admin/dead-letters' }),
    expect: {
      secretariat: 'allow',
      admin: 'allow',
      otherMunicipality: 'allow',
      otherAdmin: 'allow',
      platformOperator: 'allow',
      others: 404,
    },
  },

  {
    operation: 'POST /api/v1/admin/dead-letters/{id}/retry',
    target: 'a dead letter that does not exist',
    request: () => ({ method: 'POST', path: `/api/v1/admin/dead-letters/${randomUUID()}/retry`, body: {} }),
    expect: { others: 404 },
  },
  {
    operation: 'POST /api/v1/admin/queue-dashboard/session',
    target: 'the queue dashboard',
    request: () => ({ method: 'POST', path: '/api/v1/admin/queue-dashboard/session', body: {} }),
    expect: { platformOperator: 'allow', others: 403 },
  },
  {
    operation: 'DELETE /api/v1/admin/queue-dashboard/session',
    target: 'the queue dashboard (only clears the caller’s own cookie)',
    request: () => ({ method: 'DELETE', path: '/api/v1/admin/queue-dashboard/session' }),
    expect: everyoneSignedIn(),
  },

  // --- reports ---
  {
    operation: 'POST /api/v1/reports',
    target: 'a call summary of an open call',
    request: (w) => ({ method: 'POST', path: '/api/v1/reports', body: { kind: 'call-summary-pdf', callId: w.callId } }),
    expect: { secretariat: 'allow', admin: 'allow', otherMunicipality: 404, otherAdmin: 404, others: 403 },
  },
  {
    operation: 'GET /api/v1/reports',
    target: 'own municipality',
    request: () => ({ method: 'GET', path: '/api/v1/reports' }),
    expect: { secretariat: 'allow', admin: 'allow', otherMunicipality: 'allow', otherAdmin: 'allow', others: 403 },
    hidden: (w) => w.reportId,
    hiddenFrom: ['otherMunicipality'],
  },
  {
    operation: 'GET /api/v1/reports/{id}',
    target: 'a ready report',
    request: (w) => ({ method: 'GET', path: `/api/v1/reports/${w.reportId}` }),
    expect: { secretariat: 'allow', admin: 'allow', otherMunicipality: 404, otherAdmin: 404, others: 403 },
  },
  {
    operation: 'GET /api/v1/reports/{id}/file',
    target: 'a ready report',
    request: (w) => ({ method: 'GET', path: `/api/v1/reports/${w.reportId}/file` }),
    expect: { secretariat: 'allow', admin: 'allow', otherMunicipality: 404, otherAdmin: 404, others: 403 },
  },

  // --- administration ---
  {
    operation: 'GET /api/v1/municipalities',
    target: 'the tenants the caller belongs to',
    hidden: (w) => w.x.municipalityId,
    hiddenFrom: ['otherMunicipality', 'otherAdmin'],
    request: () => ({ method: 'GET', path: '/api/v1/municipalities' }),
    expect: everyoneSignedIn(),
  },
  {
    operation: 'POST /api/v1/municipalities',
    target: 'a new tenant',
    request: () => ({
      method: 'POST',
      path: '/api/v1/municipalities',
      body: { code: `m-${Math.random().toString(36).slice(2, 10)}`, nameJa: '新市', nameEn: 'New City' },
    }),
    expect: { platformOperator: 'allow', others: 403 },
  },
  {
    operation: 'POST /api/v1/municipalities/{id}/administrators',
    target: 'municipality X',
    request: (w) => ({
      method: 'POST',
      path: `/api/v1/municipalities/${w.x.municipalityId}/administrators`,
      body: {
        department: { nameJa: '市民活動推進課', nameEn: 'Civic Activities Division' },
        user: {
          email: `first-admin-${Math.random().toString(36).slice(2, 10)}@kyodo.test`,
          displayName: '管理者',
          password: 'a-long-enough-password-1',
          locale: 'ja',
        },
      },
    }),
    expect: { platformOperator: 'allow', others: 403 },
  },
  {
    operation: 'GET /api/v1/organizations',
    target: 'own municipality',
    request: () => ({ method: 'GET', path: '/api/v1/organizations' }),
    expect: everyoneSignedIn(),
  },
  {
    operation: 'POST /api/v1/organizations',
    target: 'municipality X',
    request: (w) => ({
      method: 'POST',
      path: '/api/v1/organizations',
      body: { municipalityId: w.x.municipalityId, kind: 'group', nameJa: '新団体', nameEn: 'New group' },
    }),
    expect: { admin: 'allow', platformOperator: 'allow', otherAdmin: 404, others: 403 },
  },
  {
    operation: 'GET /api/v1/users',
    target: 'own municipality',
    request: () => ({ method: 'GET', path: '/api/v1/users' }),
    expect: { admin: 'allow', secretariat: 'allow', otherMunicipality: 'allow', otherAdmin: 'allow', others: 403 },
    hidden: (w) => w.x.reviewerId,
    hiddenFrom: ['otherMunicipality', 'otherAdmin'],
  },
  {
    operation: 'GET /api/v1/users',
    target: 'own municipality, reviewers only (?role=reviewer)',
    request: () => ({ method: 'GET', path: '/api/v1/users?role=reviewer' }),
    expect: { admin: 'allow', secretariat: 'allow', otherMunicipality: 'allow', otherAdmin: 'allow', others: 403 },
    hidden: (w) => w.x.reviewerId,
    hiddenFrom: ['otherMunicipality', 'otherAdmin'],
  },
  {
    operation: 'POST /api/v1/users',
    target: 'municipality X',
    request: (w) => ({
      method: 'POST',
      path: '/api/v1/users',
      body: {
        municipalityId: w.x.municipalityId,
        email: `new-${Math.random().toString(36).slice(2, 10)}@kyodo.test`,
        displayName: '新規利用者',
        password: 'a-long-enough-password-1',
        locale: 'ja',
      },
    }),
    expect: { admin: 'allow', platformOperator: 'allow', otherAdmin: 404, others: 403 },
  },
  {
    operation: 'POST /api/v1/organizations/{id}/members',
    target: 'group A',
    request: (w) => ({
      method: 'POST',
      path: `/api/v1/organizations/${w.x.groupAId}/members`,
      body: { userId: w.x.reviewer4Id, role: 'proposer' },
    }),
    expect: { admin: 'allow', platformOperator: 'allow', otherAdmin: 404, otherMunicipality: 404, others: 403 },
  },
  {
    operation: 'GET /api/v1/committees',
    target: 'own municipality',
    request: () => ({ method: 'GET', path: '/api/v1/committees' }),
    expect: { admin: 'allow', secretariat: 'allow', otherMunicipality: 'allow', otherAdmin: 'allow', others: 403 },
    hidden: (w) => w.committeeId,
    hiddenFrom: ['otherMunicipality', 'otherAdmin'],
  },
  {
    operation: 'POST /api/v1/committees',
    target: 'municipality X',
    request: (w) => ({
      method: 'POST',
      path: '/api/v1/committees',
      body: { municipalityId: w.x.municipalityId, nameJa: '第二委員会', nameEn: 'Second committee' },
    }),
    expect: { admin: 'allow', platformOperator: 'allow', otherAdmin: 404, others: 403 },
  },
  {
    operation: 'POST /api/v1/committees/{id}/members',
    target: 'the committee',
    request: (w) => ({
      method: 'POST',
      path: `/api/v1/committees/${w.committeeId}/members`,
      body: { userId: w.x.reviewer4Id, position: 'member' },
    }),
    expect: { admin: 'allow', platformOperator: 'allow', otherAdmin: 404, otherMunicipality: 404, others: 403 },
  },
  {
    operation: 'PUT /api/v1/activity-fields',
    target: 'own municipality',
    request: () => ({
      method: 'PUT',
      path: '/api/v1/activity-fields',
      body: { fields: [{ key: 'health_welfare', labelJa: '保健・医療・福祉', labelEn: 'Health and welfare' }] },
    }),
    expect: { admin: 'allow', otherAdmin: 'allow', platformOperator: 404, others: 403 },
  },
  {
    operation: 'GET /api/v1/rubric-templates',
    target: '—',
    request: () => ({ method: 'GET', path: '/api/v1/rubric-templates' }),
    expect: everyoneSignedIn(),
  },
  {
    operation: 'GET /api/v1/admin/audit/verify',
    target: 'own municipality',
    request: () => ({ method: 'GET', path: '/api/v1/admin/audit/verify' }),
    expect: { admin: 'allow', otherAdmin: 'allow', platformOperator: 'allow', others: 403 },
  },

  // Last: it ends each person's login, which every row above relies on.
  {
    operation: 'POST /api/v1/auth/logout',
    target: 'one’s own login',
    request: () => ({ method: 'POST', path: '/api/v1/auth/logout', body: {} }),
    expect: everyoneSignedIn(),
  },
];
