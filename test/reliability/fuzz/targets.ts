import {
  ADMIN,
  ApiClient,
  completeProposalContent,
  createMunicipality,
  minimalPdf,
  move,
  must,
  smallRubric,
  waitFor,
  type MunicipalityFixture,
} from '@kyodo/testing';
import type { Operation } from './openapi';
import type { Target } from './hostile-request';
import { send } from './http';

/** A file the upload accepts as a PDF. */
export const PDF = minimalPdf();
/** An image the emblem upload accepts as a PNG. */
export const EMBLEM_PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(16, 1),
]);

/** Real things for every path parameter to point at, so a request that fails does so on its input alone. */
export interface Population {
  x: MunicipalityFixture;
  operator: ApiClient;
  draftId: string;
  inReviewId: string;
  attachmentId: string;
  /** A 募集要項 on the open call. */
  callDocumentId: string;
  assignmentId: string;
  sessionId: string;
  reportId: string;
  notificationId: string;
  draftVersion: number;
  inReviewVersion: number;
  callVersion: number;
  /** A group's registration (団体登録) waiting for its 会則. */
  groupRegistrationId: string;
}

/** A group's registration as the public form sends it. */
const GROUP_REGISTRATION = {
  nameJa: 'みどり子ども食堂の会',
  nameKana: 'ミドリコドモショクドウノカイ',
  postalCode: '248-0012',
  address: '鎌倉市御成町1-2',
  representativeName: '鎌倉 花子',
  representativeTitle: '会長',
  contactName: '山田 太郎',
  contactPhone: '090-0000-0000',
  email: 'fuzz-group@kyodo.test',
  activityFields: ['child_development'],
  password: 'fuzz-password-1',
  locale: 'ja',
};

export async function populate(api: ApiClient): Promise<Population> {
  const operator = await api.login(ADMIN.email, ADMIN.password);
  const x = await createMunicipality(api);
  await must(x.secretariat.request('PUT', `/api/v1/calls/${x.callId}/rubrics/document`, smallRubric()));
  await must(
    x.secretariat.post(`/api/v1/calls/${x.callId}/themes`, {
      departmentId: x.departmentId,
      titleJa: '子どもの居場所づくり',
      titleEn: 'Places for children',
    }),
  );
  const proposal = (title: string) =>
    must(
      x.proposerA.post(`/api/v1/calls/${x.callId}/proposals`, {
        organizationId: x.groupAId,
        title,
        content: completeProposalContent(),
      }),
    );
  const draft = await proposal('多世代がつながる地域食堂の運営');
  // ApiClient sends JSON; a file goes as its own bytes.
  const upload = await send(
    api.baseUrl,
    'POST',
    `/api/v1/proposals/${draft.id}/attachments?filename=plan.pdf`,
    { authorization: `Bearer ${x.proposerA.token}`, 'content-type': 'application/pdf' },
    PDF,
  );
  if (upload.status !== 201) throw new Error(`attachment: ${upload.status} ${upload.text}`);
  const callDocument = await send(
    api.baseUrl,
    'POST',
    `/api/v1/calls/${x.callId}/documents?title=${encodeURIComponent('募集要項')}&filename=youkou.pdf`,
    { authorization: `Bearer ${x.secretariat.token}`, 'content-type': 'application/pdf' },
    PDF,
  );
  if (callDocument.status !== 201) throw new Error(`call document: ${callDocument.status} ${callDocument.text}`);
  // The public emblem read has one to serve.
  const emblem = await send(
    api.baseUrl,
    'PUT',
    '/api/v1/municipality-settings/emblem',
    { authorization: `Bearer ${x.admin.token}`, 'content-type': 'image/png' },
    EMBLEM_PNG,
  );
  if (emblem.status !== 200) throw new Error(`emblem: ${emblem.status} ${emblem.text}`);
  const inReview = await proposal('腰越の見守りネットワーク');
  await move(x.proposerA, inReview.id, 'SUBMIT');
  await move(x.secretariat, inReview.id, 'ACCEPT');
  const [assignment] = await must(
    x.secretariat.post(`/api/v1/proposals/${inReview.id}/assignments`, {
      reviewerIds: [x.reviewerId],
      stage: 'document',
    }),
  );
  const session = await must(
    x.secretariat.post(`/api/v1/calls/${x.callId}/sessions`, {
      committeeId: x.committeeId,
      stage: 'document',
      startsAt: '2026-08-20T13:30:00+09:00',
      place: '市役所 第3会議室',
      quorum: 1,
      slotMinutes: { presentation: 7, questions: 8 },
      proposalIds: [inReview.id],
    }),
  );
  const report = await must(x.secretariat.post('/api/v1/reports', { kind: 'call-summary-pdf', callId: x.callId }));
  await waitFor(async () => (await must(x.secretariat.get(`/api/v1/reports/${report.id}`))).status === 'ready', 60_000);
  let inbox: any;
  await waitFor(async () => {
    inbox = await must(x.secretariat.get('/api/v1/me/notifications'));
    return inbox.items.length > 0;
  }, 15_000);
  const registration = await must(
    api.post(`/api/v1/public/municipalities/${x.municipalityCode}/group-registrations`, GROUP_REGISTRATION),
  );
  const version = async (client: ApiClient, path: string) => (await must(client.get(path))).version as number;
  return {
    x,
    operator,
    draftId: draft.id,
    inReviewId: inReview.id,
    attachmentId: JSON.parse(upload.text).id,
    callDocumentId: JSON.parse(callDocument.text).id,
    assignmentId: assignment.id,
    sessionId: session.id,
    reportId: report.id,
    notificationId: inbox.items[0].id,
    draftVersion: await version(x.proposerA, `/api/v1/proposals/${draft.id}`),
    inReviewVersion: await version(x.secretariat, `/api/v1/proposals/${inReview.id}`),
    callVersion: await version(x.secretariat, `/api/v1/calls/${x.callId}`),
    groupRegistrationId: registration.id,
  };
}

type Role = 'operator' | 'admin' | 'secretariat' | 'proposer' | 'reviewer' | 'chair' | 'public';

/**
 * Who may legitimately call each operation, first match wins. An operation
 * that matches nothing fails the suite: a new route must be added here.
 */
const ROLES: Array<[RegExp, Role]> = [
  [/^GET \/health\//, 'public'],
  [
    /^POST \/api\/v1\/auth\/(login|refresh|password-reset|password-reset\/confirm|email-change\/confirm|group-registration\/confirm)$/,
    'public',
  ],
  [/ \/api\/v1\/public\//, 'public'],
  [/^(GET|POST) \/api\/v1\/auth\/oidc\//, 'public'],
  [/ \/api\/v1\/municipalities$/, 'operator'],
  [/^POST \/api\/v1\/municipalities\/\{id\}\/administrators$/, 'operator'],
  [/ \/api\/v1\/admin\/queue-dashboard\//, 'operator'],
  [/ \/api\/v1\/(organizations|users|committees|activity-fields|municipality-settings|admin)\b/, 'admin'],
  [/^POST \/api\/v1\/calls\/\{id\}\/proposals$/, 'proposer'],
  [/^GET \/api\/v1\/calls\/\{id\}\/continuation-candidates$/, 'proposer'],
  [/^(GET|PATCH|POST|DELETE) \/api\/v1\/proposals\/\{id\}(\/events|\/attachments.*|\/versions.*)?$/, 'proposer'],
  [/^GET \/api\/v1\/proposals$/, 'proposer'],
  [/ \/api\/v1\/assignments\/\{id\}\/reopen$/, 'secretariat'],
  [/ \/api\/v1\/group-registrations\b/, 'secretariat'],
  [/ \/api\/v1\/(assignments\/|me\/assignments)/, 'reviewer'],
  [/^PUT \/api\/v1\/sessions\/\{id\}\/consensus\//, 'chair'],
  [/ \/api\/v1\/me\/feedback$/, 'proposer'],
  [/ \/api\/v1\/feedback\//, 'secretariat'],
  [/ \/api\/v1\/(auth\/logout|me)\b/, 'secretariat'],
  [/ \/api\/v1\/(calls|proposals|sessions|reports|notification-templates|rubric-templates)\b/, 'secretariat'],
  [/^POST \/api\/v1\/plain-japanese\/check$/, 'secretariat'],
  [/ \/api\/v1\/furigana-readings$/, 'secretariat'],
];

export function roleOf(operation: Operation): Role {
  const rule = ROLES.find(([pattern]) => pattern.test(operation.key));
  if (!rule) throw new Error(`no role for ${operation.key}: add it to ROLES in test/reliability/fuzz/targets.ts`);
  return rule[1];
}

function tokenOf(population: Population, role: Role): string | undefined {
  const { x } = population;
  const clients: Record<Role, ApiClient | undefined> = {
    operator: population.operator,
    admin: x.admin,
    secretariat: x.secretariat,
    proposer: x.proposerA,
    reviewer: x.reviewer,
    chair: x.chair,
    public: undefined,
  };
  return clients[role]?.token;
}

/**
 * Valid bodies where the schema alone cannot make one (ids, nested content),
 * so that each hostile request fails on its own flaw and, when that flaw is an
 * unknown id or a forged token, its hostile text reaches past validation.
 */
function validBodies(population: Population): Record<string, Record<string, unknown>> {
  const { x } = population;
  const callBody = {
    fiscalYear: 2027,
    titleJa: '令和9年度 協働事業提案制度',
    titleEn: 'FY2027 proposals',
    maxRequestedAmount: 500_000,
    submissionOpensAt: '2027-04-01T00:00:00+09:00',
    submissionClosesAt: '2027-05-31T17:00:00+09:00',
    evaluationSettings: {
      conflictRule: 'renormalize',
      thresholdPercent: 60,
      stageCombination: { kind: 'weighted', weights: { document: 50, presentation: 50 } },
      projectWeights: { group: 20, department: 20, committee: 60 },
    },
  };
  return {
    'POST /api/v1/auth/login': { email: 'nobody@kyodo.test', password: 'not-the-password' },
    'POST /api/v1/municipalities': { code: 'fuzz-city', nameJa: '試験市', nameEn: 'Fuzz City' },
    'POST /api/v1/municipalities/{id}/administrators': {
      department: { nameJa: '市民活動推進課', nameEn: 'Civic Activities Division' },
      user: { email: 'fuzz-admin@kyodo.test', displayName: '試験 管理者', password: 'fuzz-password-1', locale: 'ja' },
    },
    'PUT /api/v1/organizations/{id}/profile/contact': {
      postalCode: '248-0012',
      address: '鎌倉市御成町1-2',
      phone: '0467-00-0000',
      email: 'info@midori.example.jp',
      representativeName: '鎌倉 花子',
      representativeTitle: '理事長',
      contactPerson: '山田 太郎',
    },
    'PUT /api/v1/municipality-settings/contact': {
      departmentJa: '市民活動推進課',
      departmentEn: '',
      phone: '0467-23-3000',
      email: 'kyodo@city.example.lg.jp',
      addressJa: '鎌倉市御成町18-10',
      addressEn: '',
      hoursJa: '平日 8:30〜17:15',
      hoursEn: '',
    },
    'PUT /api/v1/activity-fields': {
      fields: [{ key: 'child_development', labelJa: '子どもの健全育成', labelEn: 'Children' }],
    },
    'POST /api/v1/users': {
      email: 'fuzz@kyodo.test',
      displayName: '試験 太郎',
      password: 'fuzz-password-1',
      locale: 'ja',
    },
    'POST /api/v1/organizations/{id}/members': { userId: x.reviewer2Id, role: 'proposer' },
    // Never the real password: the secretariat's password stays, each guess is refused (and counted).
    'POST /api/v1/me/password': { currentPassword: 'not-the-password', newPassword: 'fuzz-new-password-1' },
    'PUT /api/v1/me/account': { displayName: '事務局', locale: 'ja' },
    'POST /api/v1/me/email': { newEmail: 'fuzz-new@kyodo.test', currentPassword: 'not-the-password' },
    // Never a code the app would show: each guess is refused (and counted), nothing is set up.
    'POST /api/v1/me/mfa/totp/confirm': { code: '000000' },
    'POST /api/v1/me/mfa/recovery-codes': { code: '000000' },
    'POST /api/v1/me/mfa/disable': { password: 'not-the-password' },
    'PUT /api/v1/municipality-settings/security': { mfaRequiredForStaff: false },
    'PUT /api/v1/municipality-settings/comparison': { comparisonOptIn: false },
    'POST /api/v1/auth/email-change/confirm': { token: 'a-token-that-was-never-sent-0000' },
    'POST /api/v1/auth/password-reset': { email: 'nobody@kyodo.test' },
    'POST /api/v1/auth/group-registration/confirm': { token: 'a-token-that-was-never-sent-0000' },
    'POST /api/v1/public/municipalities/{code}/group-registrations': GROUP_REGISTRATION,
    'POST /api/v1/group-registrations/{id}/return': { reasons: '会則の添付が不鮮明です。' },
    'POST /api/v1/group-registrations/{id}/refuse': { reasons: '市内で活動していません。' },
    'POST /api/v1/auth/password-reset/confirm': {
      token: 'a-token-that-was-never-sent-0000',
      newPassword: 'fuzz-new-password-1',
    },
    'POST /api/v1/auth/oidc/exchange': { code: 'never-handed-out-code-0000' },
    'PUT /api/v1/municipality-settings/sso': {
      issuer: 'https://idp.city.example/realms/staff',
      clientId: 'kyodo',
      clientSecret: 'a-client-secret',
      emailClaim: 'email',
      requireVerifiedEmail: true,
      labelJa: '職員アカウント',
      labelEn: 'Staff account',
      enabled: true,
    },
    'PUT /api/v1/users/{id}/sso-identity': { subject: 'fuzz-subject' },
    'POST /api/v1/users/{id}/roles/remove': { role: 'reviewer', organizationId: x.departmentId },
    'POST /api/v1/committees/{id}/members': { userId: x.reviewer3Id, position: 'member' },
    'POST /api/v1/calls': callBody,
    'PATCH /api/v1/calls/{id}': { titleJa: '改題', evaluationSettings: callBody.evaluationSettings },
    'POST /api/v1/calls/{id}/themes': { departmentId: x.departmentId, titleJa: '居場所', titleEn: 'Places' },
    'POST /api/v1/calls/{id}/proposals': {
      organizationId: x.groupAId,
      title: '試験提案',
      content: completeProposalContent(),
    },
    'PATCH /api/v1/proposals/{id}': { title: '改題', content: completeProposalContent() },
    'POST /api/v1/proposals/{id}/events': { type: 'WITHDRAW', reason: '取り下げ' },
    'PUT /api/v1/calls/{id}/rubrics/{stage}': smallRubric(),
    'POST /api/v1/proposals/{id}/assignments': { reviewerIds: [x.reviewer2Id], stage: 'document' },
    'POST /api/v1/calls/{id}/assignments/auto': { perProposal: 1, stage: 'document' },
    'POST /api/v1/assignments/{id}/conflict': { reason: '理事を務めているため' },
    'PUT /api/v1/assignments/{id}/score-sheet': { scores: { public_benefit: 4 }, comments: { feasibility: '良い' } },
    'POST /api/v1/assignments/{id}/reopen': { reason: '再確認のため' },
    'POST /api/v1/calls/{id}/sessions': {
      committeeId: x.committeeId,
      stage: 'document',
      startsAt: '2026-09-01T13:30:00+09:00',
      place: '市役所',
      quorum: 1,
      slotMinutes: { presentation: 7, questions: 8 },
      proposalIds: [population.inReviewId],
    },
    'PUT /api/v1/sessions/{id}/attendance': { present: [x.chairId] },
    'PUT /api/v1/sessions/{id}/clock': { agendaIndex: 0, phase: 'presentation', running: true, remainingSeconds: 420 },
    'PUT /api/v1/sessions/{id}/consensus/{proposalId}': {
      scores: { public_benefit: 4, feasibility: 3 },
      reasons: { public_benefit: '合意', feasibility: '合意' },
    },
    'POST /api/v1/sessions/{id}/minutes': { text: '議事録' },
    'PUT /api/v1/me/notification-preferences': { preferences: { reminder: 'digest' } },
    'POST /api/v1/reports': { kind: 'call-summary-pdf', callId: x.callId },
    'POST /api/v1/plain-japanese/check': { text: '提出しなければなりません。', kanjiLevel: 'grade2' },
    'PUT /api/v1/furigana-readings': { readings: [{ word: '協働', reading: 'きょうどう' }] },
    'PUT /api/v1/calls/{id}/plain-japanese': { text: '市と いっしょに する 事業を 募集します。' },
    'PUT /api/v1/proposals/{id}/plain-japanese': {
      subject: 'decision_comment',
      text: 'この 事業は 地域の 人が よく わかって います。',
    },
    'POST /api/v1/proposals/{id}/agreement': {
      groupName: 'NPO法人みどり',
      departmentName: 'こども家庭課',
      termStart: '2026-04-01',
      termEnd: '2027-03-31',
      roleSharing: '団体：運営／市：会場',
      informationSharing: '月例の連絡会',
      costSharing: '団体負担',
      grantedAmount: 480_000,
      partnershipForm: 'hojo',
      formNumber: '様式第7号',
      madeOn: '2026-04-01',
    },
    'POST /api/v1/proposals/{id}/progress-reports': {
      periodFrom: '2026-04-01',
      periodTo: '2026-09-30',
      summary: '上半期の報告',
      kpiActuals: [{ name: '参加者数', actual: 120 }],
    },
    'POST /api/v1/proposals/{id}/progress-reports/{reportId}/review': { decision: 'accepted' },
    'POST /api/v1/proposals/{id}/milestones': { title: '第1回 食堂の開催', dueOn: '2026-05-31', status: 'planned' },
    'POST /api/v1/proposals/{id}/milestones/{milestoneId}/status': { status: 'done', doneOn: '2026-08-20' },
    'POST /api/v1/proposals/{id}/plan-changes': {
      kinds: ['period', 'budget'],
      reason: '会場の改修のため',
      description: '第3回を10月に延ばし、会場費を減らす',
      budgetTotal: 700_000,
    },
    'POST /api/v1/proposals/{id}/plan-changes/{changeId}/review': { decision: 'approved' },
    'POST /api/v1/proposals/{id}/results-reports': {
      summary: '週2回の食堂を開いた',
      kpiActuals: [{ name: '参加者数', actual: 1100 }],
      accounts: [{ kind: 'expense', item: '食材費', actual: 500_000 }],
      incomeTotal: 0,
      expenseTotal: 500_000,
      usedAmount: 450_000,
    },
    'POST /api/v1/proposals/{id}/results-reports/{reportId}/review': { decision: 'accepted' },
    'POST /api/v1/me/feedback': {
      proposalId: population.inReviewId,
      stage: 'application',
      ratings: [
        { question: 'guidelines_clarity', value: 4 },
        { question: 'procedure_clarity', value: 3 },
        { question: 'secretariat_support', value: 5 },
      ],
      comment: '様式の記入例があると助かります。',
    },
  };
}

/** The valid request an operation's hostile requests are derived from. */
export function targetOf(operation: Operation, population: Population): Target {
  const { x } = population;
  const role = roleOf(operation);
  const ownDraft = role === 'proposer' && !operation.path.startsWith('/api/v1/calls');
  const proposalId = ownDraft ? population.draftId : population.inReviewId;
  const ids: Record<string, string> = {
    municipalities: x.municipalityId,
    calls: x.callId,
    organizations: x.groupAId,
    committees: x.committeeId,
    proposals: proposalId,
    assignments: population.assignmentId,
    sessions: population.sessionId,
    reports: population.reportId,
    notifications: population.notificationId,
    'dead-letters': '5f0c6f0e-2b8e-4c1b-9a57-9d3c4f1b2a10', // there are none: any well-formed id
    'group-registrations': population.groupRegistrationId,
    // A group's public track record (協働の実績): group A, with nothing published (any group id is well formed).
    groups: x.groupAId,
  };
  const collection =
    /\/api\/v1\/(?:me\/|admin\/|public\/)?([a-z-]+)\/\{id\}/.exec(operation.path)?.[1] ??
    // A collection below another (a municipality's group registrations): the one the id belongs to.
    /\/([a-z-]+)\/\{id\}/.exec(operation.path)?.[1] ??
    '';
  const pathValues: Record<string, string> = {
    id: ids[collection] ?? proposalId,
    attachmentId: population.attachmentId,
    documentId: population.callDocumentId,
    code: x.municipalityCode,
    municipalityCode: x.municipalityCode,
    proposalId: population.inReviewId,
    reportId: '5f0c6f0e-2b8e-4c1b-9a57-9d3c4f1b2a11', // no progress report yet: any well-formed id
    milestoneId: '5f0c6f0e-2b8e-4c1b-9a57-9d3c4f1b2a12', // none recorded: any well-formed id
    changeId: '5f0c6f0e-2b8e-4c1b-9a57-9d3c4f1b2a13', // no plan change requested: any well-formed id
    familyId: '5f0c6f0e-2b8e-4c1b-9a57-9d3c4f1b2a14', // not a sign-in of the caller: any well-formed id
    userId: '5f0c6f0e-2b8e-4c1b-9a57-9d3c4f1b2a15', // not a member of the committee: any well-formed id
    stage: 'document',
    kind: 'decision',
    version: '1',
    file: `${x.callId}.csv`,
    template: 'proposal.submitted',
  };
  const query: Record<string, string> = {};
  for (const parameter of operation.parameters.filter((p) => p.in === 'query' && p.required)) {
    query[parameter.name] =
      {
        municipality: x.municipalityCode,
        filename: 'plan.pdf',
        title: '募集要項',
        organizationId: x.groupAId,
        from: '1',
        to: '1',
        fiscalYear: '2026',
      }[parameter.name] ?? 'x';
  }
  const ifMatch = operation.path.startsWith('/api/v1/calls')
    ? population.callVersion
    : ownDraft
      ? population.draftVersion
      : population.inReviewVersion;
  // An optional If-Match (the consensus) is left out of the valid request: leaving it out is valid.
  const hasIfMatch = operation.parameters.some(
    (p) => p.in === 'header' && p.name.toLowerCase() === 'if-match' && p.required,
  );
  return {
    pathValues,
    query,
    ifMatch: hasIfMatch ? `"${ifMatch}"` : undefined,
    token: tokenOf(population, role),
    body: validBodies(population)[operation.key],
    validValues: {
      stage: ['document', 'presentation', 'project_end'],
      kind: ['decision', 'assessment'],
      template: ['proposal.submitted'],
      version: ['1'],
      file: [pathValues.file!],
    },
  };
}
