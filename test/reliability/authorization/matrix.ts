import { randomUUID } from 'node:crypto';
import {
  ACTORS,
  type ActorKey,
  completeProposalContent,
  minimalPdf,
  move,
  must,
  sessionBody,
  smallRubric,
} from '@kyodo/testing';
import { groupRegistrationBody, registeredGroup, rulesUpload, sharedSubmittedGroup } from './group-registrations';
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

/**
 * What X's administrator may do to a user of X: the operator names no municipality here (404), Y's administrator
 * does not find the user (404), and everyone else is refused.
 */
const ADMIN_OF_X = {
  admin: 'allow' as const,
  platformOperator: 404 as const,
  otherAdmin: 404 as const,
  others: 403 as const,
};

/** A fresh account of X for a row that changes the account it points at. */
async function throwawayUser(w: World): Promise<string> {
  const user = await must(
    w.x.admin.post('/api/v1/users', {
      email: `throwaway-${randomUUID()}@kyodo.test`,
      displayName: '権限確認用',
      password: 'a-long-enough-password-1',
      locale: 'ja',
    }),
  );
  return user.id as string;
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
/** Valid bodies of the partnership's writes: refused here for the proposal's state or the caller alone. */
const PARTNERSHIP_BODIES = {
  agreement: {
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
  progress: { periodFrom: '2026-04-01', periodTo: '2026-09-30', summary: '上半期の報告', kpiActuals: [] },
  milestone: { title: '第1回 食堂の開催', status: 'planned' },
  planChange: { kinds: ['period'], reason: '会場の改修のため', description: '第3回を10月に延ばす' },
  results: { summary: '実施内容', kpiActuals: [], accounts: [], incomeTotal: 0, expenseTotal: 0, usedAmount: 0 },
};
const INVISIBLE = { proposerOther: 404, otherMunicipality: 404, otherAdmin: 404, platformOperator: 404 } as const;
/**
 * The conflicted reviewer is recused from the proposal in review: while the selection runs it answers them as to
 * one without access (404), though they are staff of its partner department (docs/evaluation.md).
 */
const RECUSED = { reviewerConflicted: 404 } as const;
const version = async (w: World, id: string) =>
  (await w.clients.proposerOwn.get(`/api/v1/proposals/${id}`)).body.version as number;

/** One document for the rows that read it (a call holds at most 20, and each row asks once per person). */
const sharedDocuments = new WeakMap<World, Promise<string>>();
const sharedCallDocument = (w: World): Promise<string> => {
  if (!sharedDocuments.has(w)) sharedDocuments.set(w, callDocument(w));
  return sharedDocuments.get(w)!;
};
/** A fresh document on the call, put there by its secretariat (a row that removes one removes its own). */
const callDocument = async (w: World): Promise<string> => {
  const client = w.clients.secretariat;
  const response = await fetch(
    `${client.baseUrl}/api/v1/calls/${w.callId}/documents?title=募集要項&filename=youkou.pdf`,
    {
      method: 'POST',
      headers: { authorization: `Bearer ${client.token}`, 'content-type': 'application/pdf' },
      body: new Uint8Array(minimalPdf()),
    },
  );
  if (response.status !== 201) throw new Error(`call document: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { id: string }).id;
};
/** The municipality's emblem, set by its administrator so that the public read has one to serve. */
const EMBLEM_PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(16, 1)]);
const setEmblem = async (w: World): Promise<void> => {
  const client = w.clients.admin;
  const response = await fetch(`${client.baseUrl}/api/v1/municipality-settings/emblem`, {
    method: 'PUT',
    headers: { authorization: `Bearer ${client.token}`, 'content-type': 'image/png' },
    body: new Uint8Array(EMBLEM_PNG),
  });
  if (response.status !== 200) throw new Error(`emblem: ${response.status} ${await response.text()}`);
};
const CONTACT = {
  departmentJa: '市民活動推進課',
  departmentEn: '',
  phone: '044-200-2111',
  email: 'kyodo@city.example.lg.jp',
  addressJa: '川崎市川崎区宮本町1',
  addressEn: '',
  hoursJa: '平日 8:30〜17:15',
  hoursEn: '',
};
/** 団体情報 as a group states it. */
const ORGANIZATION_CONTACT = {
  postalCode: '210-0001',
  address: '川崎市川崎区本町1-1',
  phone: '044-000-0000',
  email: 'info@group-a.example.jp',
  representativeName: '川崎 花子',
  representativeTitle: '代表',
  contactPerson: '事務局 川崎 太郎',
};
/** A municipality's OpenID provider as its administrator sets it (never contacted by the matrix). */
const SSO_PROVIDER = {
  issuer: 'https://idp.city.example/realms/staff',
  clientId: 'kyodo',
  clientSecret: 'a-client-secret',
  emailClaim: 'email',
  requireVerifiedEmail: true,
  labelJa: '職員アカウント',
  labelEn: 'Staff account',
  enabled: true,
};
/** The secretariat's review of group registrations: X's staff; Y's do not find X's; everyone else is refused. */
const STAFF_OF_OWN_MUNICIPALITY = {
  secretariat: 'allow',
  admin: 'allow',
  otherMunicipality: 404,
  otherAdmin: 404,
  others: 403,
} as const;
const adminOfOwnMunicipality = { admin: 'allow', otherAdmin: 'allow', platformOperator: 404, others: 403 } as const;

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
    operation: 'GET /api/v1/public/calls/{id}/documents/{documentId}',
    target: 'a document of an announced call',
    request: async (w) => ({
      method: 'GET',
      path: `/api/v1/public/calls/${w.callId}/documents/${await sharedCallDocument(w)}`,
    }),
    expect: onlyPublic,
  },
  {
    operation: 'GET /api/v1/public/municipalities/{code}',
    target: 'the municipality',
    request: (w) => ({ method: 'GET', path: `/api/v1/public/municipalities/${w.x.municipalityCode}` }),
    expect: onlyPublic,
  },
  {
    operation: 'GET /api/v1/public/municipalities/{code}/emblem',
    target: 'the municipality, with an emblem',
    request: async (w) => {
      await setEmblem(w);
      return { method: 'GET', path: `/api/v1/public/municipalities/${w.x.municipalityCode}/emblem` };
    },
    expect: onlyPublic,
  },
  {
    operation: 'GET /api/v1/public/calls',
    target: 'the municipality',
    request: (w) => ({ method: 'GET', path: `/api/v1/public/calls?municipality=${w.x.municipalityCode}` }),
    expect: onlyPublic,
  },
  {
    operation: 'GET /api/v1/public/furigana/calls',
    target: 'the municipality',
    request: (w) => ({ method: 'GET', path: `/api/v1/public/furigana/calls?municipality=${w.x.municipalityCode}` }),
    expect: onlyPublic,
  },
  {
    operation: 'GET /api/v1/public/plain-japanese/calls',
    target: 'the municipality',
    request: (w) => ({
      method: 'GET',
      path: `/api/v1/public/plain-japanese/calls?municipality=${w.x.municipalityCode}`,
    }),
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
    operation: 'GET /api/v1/public/furigana/proposals/{id}',
    target: 'a proposal in review (not disclosed)',
    request: (w) => ({ method: 'GET', path: `/api/v1/public/furigana/proposals/${w.inReviewId}` }),
    expect: { anonymous: 404, others: 404 },
  },
  {
    operation: 'GET /api/v1/public/plain-japanese/proposals/{id}',
    target: 'a proposal in review (not disclosed)',
    request: (w) => ({ method: 'GET', path: `/api/v1/public/plain-japanese/proposals/${w.inReviewId}` }),
    expect: { anonymous: 404, others: 404 },
  },
  {
    operation: 'GET /api/v1/public/statistics',
    target: 'the municipality',
    request: (w) => ({ method: 'GET', path: `/api/v1/public/statistics?municipality=${w.x.municipalityCode}` }),
    expect: onlyPublic,
  },
  {
    operation: 'GET /api/v1/public/comparison',
    target: 'every municipality that joined',
    request: () => ({ method: 'GET', path: '/api/v1/public/comparison' }),
    expect: onlyPublic,
  },
  {
    operation: 'GET /api/v1/public/comparison/schema.json',
    target: 'the dataset’s schema',
    request: () => ({ method: 'GET', path: '/api/v1/public/comparison/schema.json' }),
    expect: onlyPublic,
  },
  {
    operation: 'GET /api/v1/public/comparison/{file}',
    target: 'the dataset',
    request: () => ({ method: 'GET', path: '/api/v1/public/comparison/dataset.csv' }),
    expect: onlyPublic,
  },
  {
    operation: 'GET /api/v1/me',
    target: 'oneself',
    request: () => ({ method: 'GET', path: '/api/v1/me' }),
    expect: everyoneSignedIn(),
  },
  {
    operation: 'GET /api/v1/me/account',
    target: 'oneself',
    request: () => ({ method: 'GET', path: '/api/v1/me/account' }),
    expect: everyoneSignedIn(),
  },
  {
    operation: 'PUT /api/v1/me/account',
    target: 'oneself (an empty name: refused on its input, after who may ask)',
    request: () => ({ method: 'PUT', path: '/api/v1/me/account', body: { displayName: '', locale: 'ja' } }),
    expect: everyoneSignedIn(),
  },
  {
    operation: 'POST /api/v1/me/password',
    target: 'oneself (an empty current password: refused on its input, after who may ask)',
    request: () => ({
      method: 'POST',
      path: '/api/v1/me/password',
      body: { currentPassword: '', newPassword: 'a-long-enough-password-1' },
    }),
    expect: everyoneSignedIn(),
  },
  {
    operation: 'GET /api/v1/me/mfa',
    target: 'oneself',
    request: () => ({ method: 'GET', path: '/api/v1/me/mfa' }),
    expect: everyoneSignedIn(),
  },
  {
    operation: 'POST /api/v1/me/mfa/totp',
    target: 'oneself (starts a setup; nothing changes at sign-in until it is confirmed)',
    request: () => ({ method: 'POST', path: '/api/v1/me/mfa/totp' }),
    expect: everyoneSignedIn(),
  },
  {
    operation: 'POST /api/v1/me/mfa/totp/confirm',
    target: 'oneself (a code that is not 6 digits: refused on its input, after who may ask)',
    request: () => ({ method: 'POST', path: '/api/v1/me/mfa/totp/confirm', body: { code: 'abc' } }),
    expect: everyoneSignedIn(),
  },
  {
    operation: 'POST /api/v1/me/mfa/recovery-codes',
    target: 'oneself (a code that is not 6 digits: refused on its input, after who may ask)',
    request: () => ({ method: 'POST', path: '/api/v1/me/mfa/recovery-codes', body: { code: 'abc' } }),
    expect: everyoneSignedIn(),
  },
  {
    operation: 'POST /api/v1/me/mfa/disable',
    target: 'oneself (an empty password: refused on its input, after who may ask)',
    request: () => ({ method: 'POST', path: '/api/v1/me/mfa/disable', body: { password: '' } }),
    expect: everyoneSignedIn(),
  },
  {
    operation: 'GET /api/v1/me/sessions',
    target: 'oneself',
    request: () => ({ method: 'GET', path: '/api/v1/me/sessions' }),
    expect: everyoneSignedIn(),
  },
  {
    operation: 'DELETE /api/v1/me/sessions/{familyId}',
    target: 'a sign-in that is not the caller’s',
    request: () => ({ method: 'DELETE', path: `/api/v1/me/sessions/${randomUUID()}` }),
    expect: { others: 404 },
  },
  {
    operation: 'POST /api/v1/me/email',
    target: 'oneself (an empty current password: refused on its input, after who may ask)',
    request: () => ({
      method: 'POST',
      path: '/api/v1/me/email',
      body: { newEmail: 'somewhere-new@kyodo.test', currentPassword: '' },
    }),
    expect: everyoneSignedIn(),
  },
  {
    operation: 'POST /api/v1/auth/email-change/confirm',
    target: 'a link that was never sent',
    request: () => ({
      method: 'POST',
      path: '/api/v1/auth/email-change/confirm',
      body: { token: 'a-token-that-was-never-sent-0000' },
    }),
    expect: { anonymous: 422, others: 422 },
  },
  {
    operation: 'POST /api/v1/auth/password-reset',
    target: 'an address with no account',
    request: () => ({ method: 'POST', path: '/api/v1/auth/password-reset', body: { email: 'nobody@kyodo.test' } }),
    expect: onlyPublic,
  },
  {
    operation: 'POST /api/v1/auth/password-reset/confirm',
    target: 'a link that was never sent',
    request: () => ({
      method: 'POST',
      path: '/api/v1/auth/password-reset/confirm',
      body: { token: 'a-token-that-was-never-sent-0000', newPassword: 'a-long-enough-password-1' },
    }),
    expect: { anonymous: 422, others: 422 },
  },
  {
    operation: 'GET /api/v1/public/municipalities/{code}/activity-fields',
    target: 'the municipality',
    request: (w) => ({ method: 'GET', path: `/api/v1/public/municipalities/${w.x.municipalityCode}/activity-fields` }),
    expect: onlyPublic,
  },
  {
    operation: 'POST /api/v1/public/municipalities/{code}/group-registrations',
    target: 'the municipality (団体登録)',
    request: (w) => ({
      method: 'POST',
      path: `/api/v1/public/municipalities/${w.x.municipalityCode}/group-registrations`,
      body: groupRegistrationBody(`matrix-${randomUUID()}@kyodo.test`),
    }),
    expect: onlyPublic,
  },
  {
    operation: 'PUT /api/v1/public/municipalities/{code}/group-registrations/{id}/rules',
    target: 'a registration just made, waiting for its 会則',
    request: async (w) => rulesUpload(w, await registeredGroup(w)),
    expect: onlyPublic,
  },
  {
    operation: 'POST /api/v1/auth/group-registration/confirm',
    target: 'a link that was never sent',
    request: () => ({
      method: 'POST',
      path: '/api/v1/auth/group-registration/confirm',
      body: { token: 'a-token-that-was-never-sent-0000' },
    }),
    expect: { anonymous: 422, others: 422 },
  },
  {
    operation: 'GET /api/v1/group-registrations',
    target: 'own municipality (the other one’s staff see an empty list)',
    request: async (w) => {
      await sharedSubmittedGroup(w, 'list');
      return { method: 'GET', path: '/api/v1/group-registrations' };
    },
    expect: { secretariat: 'allow', admin: 'allow', otherMunicipality: 'allow', otherAdmin: 'allow', others: 403 },
    hidden: () => '権限確認の会',
    hiddenFrom: ['otherMunicipality', 'otherAdmin'],
  },
  {
    operation: 'GET /api/v1/group-registrations/{id}',
    target: 'a registration of X under review',
    request: async (w) => ({
      method: 'GET',
      path: `/api/v1/group-registrations/${await sharedSubmittedGroup(w, 'read')}`,
    }),
    expect: STAFF_OF_OWN_MUNICIPALITY,
  },
  {
    operation: 'GET /api/v1/group-registrations/{id}/rules',
    target: 'the 会則 of a registration of X',
    request: async (w) => ({
      method: 'GET',
      path: `/api/v1/group-registrations/${await sharedSubmittedGroup(w, 'read')}/rules`,
    }),
    expect: STAFF_OF_OWN_MUNICIPALITY,
  },
  {
    operation: 'POST /api/v1/group-registrations/{id}/approve',
    target: 'a registration of X under review (the second approval: 409)',
    request: async (w) => ({
      method: 'POST',
      path: `/api/v1/group-registrations/${await sharedSubmittedGroup(w, 'approve')}/approve`,
    }),
    expect: STAFF_OF_OWN_MUNICIPALITY,
  },
  {
    operation: 'POST /api/v1/group-registrations/{id}/return',
    target: 'a registration of X under review (the second decision: 409)',
    request: async (w) => ({
      method: 'POST',
      path: `/api/v1/group-registrations/${await sharedSubmittedGroup(w, 'return')}/return`,
      body: { reasons: '会則の添付が不鮮明です。' },
    }),
    expect: STAFF_OF_OWN_MUNICIPALITY,
  },
  {
    operation: 'POST /api/v1/group-registrations/{id}/refuse',
    target: 'a registration of X under review (the second decision: 409)',
    request: async (w) => ({
      method: 'POST',
      path: `/api/v1/group-registrations/${await sharedSubmittedGroup(w, 'refuse')}/refuse`,
      body: { reasons: '市内で活動していません。' },
    }),
    expect: STAFF_OF_OWN_MUNICIPALITY,
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
    operation: 'GET /api/v1/public/sign-in-options',
    target: 'the municipalities with single sign-on',
    request: () => ({ method: 'GET', path: '/api/v1/public/sign-in-options' }),
    expect: onlyPublic,
  },
  {
    operation: 'GET /api/v1/auth/oidc/{municipalityCode}/start',
    target: 'X, which has no provider set (sso_not_configured)',
    request: (w) => ({ method: 'GET', path: `/api/v1/auth/oidc/${w.x.municipalityCode}/start` }),
    expect: { anonymous: 404, others: 404 },
  },
  {
    operation: 'GET /api/v1/auth/oidc/callback',
    target: 'a state that was never issued (sso_failed)',
    request: () => ({ method: 'GET', path: '/api/v1/auth/oidc/callback?state=never-issued&code=never-issued' }),
    expect: { anonymous: 401, others: 401 },
  },
  {
    operation: 'POST /api/v1/auth/oidc/exchange',
    target: 'a one-time code that was never handed out',
    request: () => ({
      method: 'POST',
      path: '/api/v1/auth/oidc/exchange',
      body: { code: 'never-handed-out-code-0000' },
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
    operation: 'GET /api/v1/calls/{id}/continuation-candidates',
    target: 'an open call, for group A',
    request: (w) => ({
      method: 'GET',
      path: `/api/v1/calls/${w.callId}/continuation-candidates?organizationId=${w.x.groupAId}`,
    }),
    expect: { proposerOwn: 'allow', otherMunicipality: 404, otherAdmin: 404, platformOperator: 404, others: 403 },
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
    operation: 'POST /api/v1/calls/{id}/documents',
    target: 'an open call',
    request: (w) => ({
      method: 'POST',
      path: `/api/v1/calls/${w.callId}/documents?title=募集要項&filename=youkou.pdf`,
      body: minimalPdf().toString(),
      headers: { 'content-type': 'application/pdf' },
    }),
    expect: { secretariat: 'allow', otherMunicipality: 404, otherAdmin: 404, platformOperator: 404, others: 403 },
  },
  {
    operation: 'GET /api/v1/calls/{id}/documents',
    target: 'an open call',
    request: (w) => ({ method: 'GET', path: `/api/v1/calls/${w.callId}/documents` }),
    expect: { otherMunicipality: 404, otherAdmin: 404, platformOperator: 404, others: 'allow' },
  },
  {
    operation: 'GET /api/v1/calls/{id}/documents/{documentId}',
    target: 'a document of an open call',
    request: async (w) => ({
      method: 'GET',
      path: `/api/v1/calls/${w.callId}/documents/${await sharedCallDocument(w)}`,
    }),
    expect: { otherMunicipality: 404, otherAdmin: 404, platformOperator: 404, others: 'allow' },
  },
  {
    operation: 'DELETE /api/v1/calls/{id}/documents/{documentId}',
    target: 'a document of an open call',
    request: async (w) => ({ method: 'DELETE', path: `/api/v1/calls/${w.callId}/documents/${await callDocument(w)}` }),
    expect: { secretariat: 'allow', otherMunicipality: 404, otherAdmin: 404, platformOperator: 404, others: 403 },
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
    operation: 'GET /api/v1/proposals',
    target: 'own municipality: the proposal in review is left out for the reviewer recused from it',
    request: () => ({ method: 'GET', path: '/api/v1/proposals' }),
    expect: everyoneSignedIn(),
    hidden: (w) => w.inReviewId,
    hiddenFrom: ['reviewerConflicted', 'proposerOther', 'otherMunicipality', 'platformOperator'],
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
    expect: { ...INVISIBLE, ...RECUSED, others: 'allow' },
  },
  {
    operation: 'GET /api/v1/proposals/{id}/versions',
    target: 'a proposal of group A in review',
    request: (w) => ({ method: 'GET', path: `/api/v1/proposals/${w.inReviewId}/versions` }),
    expect: { ...INVISIBLE, ...RECUSED, others: 'allow' },
  },
  {
    operation: 'GET /api/v1/proposals/{id}/versions/diff',
    target: 'a proposal of group A in review',
    request: (w) => ({ method: 'GET', path: `/api/v1/proposals/${w.inReviewId}/versions/diff?from=1&to=1` }),
    expect: { ...INVISIBLE, ...RECUSED, others: 'allow' },
  },
  {
    operation: 'GET /api/v1/proposals/{id}/partners',
    target:
      'a proposal of group A in review (contact details only for the proposer, partner department, secretariat, admin)',
    request: (w) => ({ method: 'GET', path: `/api/v1/proposals/${w.inReviewId}/partners` }),
    expect: {
      proposerOther: 404,
      otherMunicipality: 404,
      otherAdmin: 404,
      platformOperator: 404,
      ...RECUSED,
      others: 'allow',
    },
  },
  {
    operation: 'GET /api/v1/proposals/{id}/continuation',
    target: 'a proposal of group A in review',
    request: (w) => ({ method: 'GET', path: `/api/v1/proposals/${w.inReviewId}/continuation` }),
    expect: { ...INVISIBLE, ...RECUSED, others: 'allow' },
  },
  {
    operation: 'GET /api/v1/proposals/{id}/partnership-memory',
    target: 'a proposal of group A in review, no sheet submitted',
    request: (w) => ({ method: 'GET', path: `/api/v1/proposals/${w.inReviewId}/partnership-memory` }),
    // 協働の記録: the secretariat and the committee; a reviewer only after their own sheet (blind), so 403 before it.
    expect: {
      ...INVISIBLE,
      ...RECUSED,
      committeeMember: 'allow',
      committeeChair: 'allow',
      secretariat: 'allow',
      others: 403,
    },
  },
  {
    operation: 'GET /api/v1/proposals/{id}/attachments',
    target: 'a proposal of group A in review',
    request: (w) => ({ method: 'GET', path: `/api/v1/proposals/${w.inReviewId}/attachments` }),
    expect: { ...INVISIBLE, ...RECUSED, others: 'allow' },
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
      ...RECUSED,
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
    operation: 'DELETE /api/v1/proposals/{id}/attachments/{attachmentId}',
    target: 'an attachment of a draft of group A',
    // Each cell removes a file of its own: a removal allowed in one cell must not empty the next one's.
    request: async (w) => {
      const id = await w.draft();
      const { baseUrl, token } = w.x.proposerA;
      const upload = await fetch(`${baseUrl}/api/v1/proposals/${id}/attachments?filename=plan.pdf`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/pdf' },
        body: new Uint8Array(minimalPdf()),
      });
      if (upload.status !== 201) throw new Error(`attachment: ${upload.status} ${await upload.text()}`);
      const { id: attachmentId } = (await upload.json()) as { id: string };
      return { method: 'DELETE', path: `/api/v1/proposals/${id}/attachments/${attachmentId}` };
    },
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
    expect: { ...INVISIBLE, ...RECUSED, others: 'allow' },
  },
  // --- partnership (after adoption); a proposal in review has none of its events allowed yet ---
  {
    operation: 'GET /api/v1/proposals/{id}/partnership',
    target: 'a proposal in review (no agreement yet)',
    request: (w) => ({ method: 'GET', path: `/api/v1/proposals/${w.inReviewId}/partnership` }),
    expect: { ...INVISIBLE, ...RECUSED, others: 'allow' },
  },
  ...(
    [
      ['agreement', PARTNERSHIP_BODIES.agreement],
      ['progress-reports', PARTNERSHIP_BODIES.progress],
      ['milestones', PARTNERSHIP_BODIES.milestone],
    ] as const
  ).map(([route, body]): MatrixRow => ({
    operation: `POST /api/v1/proposals/{id}/${route}`,
    target: 'a proposal in review (the event is not allowed before adoption)',
    request: async (w) => ({
      method: 'POST',
      path: `/api/v1/proposals/${w.inReviewId}/${route}`,
      body,
      headers: ifMatch(await version(w, w.inReviewId)),
    }),
    expect: { ...INVISIBLE, ...RECUSED, others: 422 },
  })),
  {
    operation: 'GET /api/v1/public/groups/{id}/track-record',
    target: 'group A, with nothing published yet (a track record is built from published packages only)',
    request: (w) => ({ method: 'GET', path: `/api/v1/public/groups/${w.x.groupAId}/track-record` }),
    expect: { anonymous: 404, others: 404 },
  },
  {
    operation: 'GET /api/v1/public/proposals/{id}/progress',
    target: 'a proposal in review (not disclosed, so no progress to show)',
    request: (w) => ({ method: 'GET', path: `/api/v1/public/proposals/${w.inReviewId}/progress` }),
    expect: { anonymous: 404, others: 404 },
  },
  {
    operation: 'POST /api/v1/proposals/{id}/progress-reports/{reportId}/review',
    target: 'a proposal in review, no such report',
    request: (w) => ({
      method: 'POST',
      path: `/api/v1/proposals/${w.inReviewId}/progress-reports/${randomUUID()}/review`,
      body: { decision: 'accepted' },
    }),
    expect: {
      secretariat: 404,
      proposerOther: 404,
      otherMunicipality: 404,
      otherAdmin: 404,
      platformOperator: 404,
      ...RECUSED,
      others: 403,
    },
  },
  {
    operation: 'POST /api/v1/proposals/{id}/plan-changes',
    target: 'a proposal in review (a plan changes only while the project runs)',
    request: (w) => ({
      method: 'POST',
      path: `/api/v1/proposals/${w.inReviewId}/plan-changes`,
      body: PARTNERSHIP_BODIES.planChange,
    }),
    expect: { ...INVISIBLE, ...RECUSED, proposerOwn: 422, others: 403 },
  },
  {
    operation: 'POST /api/v1/proposals/{id}/milestones/{milestoneId}/status',
    target: 'a proposal in review, no such milestone',
    request: (w) => ({
      method: 'POST',
      path: `/api/v1/proposals/${w.inReviewId}/milestones/${randomUUID()}/status`,
      body: { status: 'done', doneOn: '2026-08-20' },
    }),
    expect: { ...INVISIBLE, proposerOwn: 404, reviewerConflicted: 404, secretariat: 404, others: 403 },
  },
  {
    operation: 'POST /api/v1/proposals/{id}/results-reports',
    target: 'a proposal in review (filed once the project has ended)',
    request: (w) => ({
      method: 'POST',
      path: `/api/v1/proposals/${w.inReviewId}/results-reports`,
      body: PARTNERSHIP_BODIES.results,
    }),
    expect: { ...INVISIBLE, ...RECUSED, proposerOwn: 422, others: 403 },
  },
  ...(['plan-changes', 'results-reports'] as const).map((route): MatrixRow => ({
    operation: `POST /api/v1/proposals/{id}/${route}/{${route === 'plan-changes' ? 'changeId' : 'reportId'}}/review`,
    target: 'a proposal in review, no such request or report',
    request: (w) => ({
      method: 'POST',
      path: `/api/v1/proposals/${w.inReviewId}/${route}/${randomUUID()}/review`,
      body: { decision: route === 'plan-changes' ? 'approved' : 'accepted' },
    }),
    expect: { ...INVISIBLE, ...RECUSED, secretariat: 404, others: 403 },
  })),
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

  // --- plain Japanese ---
  {
    operation: 'POST /api/v1/plain-japanese/check',
    target: 'a text',
    request: () => ({
      method: 'POST',
      path: '/api/v1/plain-japanese/check',
      body: { text: '提出しなければなりません。' },
    }),
    expect: { secretariat: 'allow', admin: 'allow', otherMunicipality: 'allow', otherAdmin: 'allow', others: 403 },
  },

  {
    operation: 'GET /api/v1/furigana-readings',
    target: 'own municipality',
    request: () => ({ method: 'GET', path: '/api/v1/furigana-readings' }),
    expect: { secretariat: 'allow', admin: 'allow', otherMunicipality: 'allow', otherAdmin: 'allow', others: 403 },
  },
  {
    operation: 'PUT /api/v1/furigana-readings',
    target: 'own municipality',
    request: () => ({
      method: 'PUT',
      path: '/api/v1/furigana-readings',
      body: { readings: [{ word: '協働', reading: 'きょうどう' }] },
    }),
    expect: { secretariat: 'allow', admin: 'allow', otherMunicipality: 'allow', otherAdmin: 'allow', others: 403 },
  },

  {
    operation: 'GET /api/v1/calls/{id}/plain-japanese',
    target: 'a call of X',
    request: (w) => ({ method: 'GET', path: `/api/v1/calls/${w.callId}/plain-japanese` }),
    expect: { secretariat: 'allow', admin: 'allow', otherMunicipality: 404, otherAdmin: 404, others: 403 },
  },
  {
    operation: 'PUT /api/v1/calls/{id}/plain-japanese',
    target: 'a call of X',
    request: (w) => ({
      method: 'PUT',
      path: `/api/v1/calls/${w.callId}/plain-japanese`,
      body: { text: '市と いっしょに する 事業を 募集します。' },
    }),
    expect: { secretariat: 'allow', admin: 'allow', otherMunicipality: 404, otherAdmin: 404, others: 403 },
  },
  {
    operation: 'GET /api/v1/proposals/{id}/plain-japanese',
    target: 'a proposal of X in review (nothing published: the originals are null)',
    request: (w) => ({ method: 'GET', path: `/api/v1/proposals/${w.inReviewId}/plain-japanese` }),
    expect: { secretariat: 'allow', admin: 'allow', otherMunicipality: 404, otherAdmin: 404, others: 403 },
  },
  {
    operation: 'PUT /api/v1/proposals/{id}/plain-japanese',
    target: 'a proposal of X in review (its 講評 unpublished: 409 once let in)',
    request: (w) => ({
      method: 'PUT',
      path: `/api/v1/proposals/${w.inReviewId}/plain-japanese`,
      body: { subject: 'decision_comment', text: 'この 事業は 地域の 人が よく わかって います。' },
    }),
    expect: { secretariat: 'allow', admin: 'allow', otherMunicipality: 404, otherAdmin: 404, others: 403 },
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
    operation: 'POST /api/v1/users/{id}/deactivate',
    target: 'a user of X (a new one per call)',
    request: async (w) => ({ method: 'POST', path: `/api/v1/users/${await throwawayUser(w)}/deactivate` }),
    expect: ADMIN_OF_X,
  },
  {
    operation: 'POST /api/v1/users/{id}/reactivate',
    target: 'a user of X (a new one per call)',
    request: async (w) => ({ method: 'POST', path: `/api/v1/users/${await throwawayUser(w)}/reactivate` }),
    expect: ADMIN_OF_X,
  },
  {
    operation: 'POST /api/v1/users/{id}/sessions/end',
    target: 'a user of X (a new one per call)',
    request: async (w) => ({ method: 'POST', path: `/api/v1/users/${await throwawayUser(w)}/sessions/end` }),
    expect: ADMIN_OF_X,
  },
  {
    operation: 'POST /api/v1/users/{id}/mfa/reset',
    target: 'a user of X (a new one per call)',
    request: async (w) => ({ method: 'POST', path: `/api/v1/users/${await throwawayUser(w)}/mfa/reset` }),
    expect: ADMIN_OF_X,
  },
  {
    operation: 'POST /api/v1/users/{id}/roles/remove',
    target: 'a reviewer of X’s department (a new one per call)',
    request: async (w) => {
      const userId = await throwawayUser(w);
      await must(w.x.admin.post(`/api/v1/organizations/${w.x.departmentId}/members`, { userId, role: 'reviewer' }));
      return {
        method: 'POST',
        path: `/api/v1/users/${userId}/roles/remove`,
        body: { role: 'reviewer', organizationId: w.x.departmentId },
      };
    },
    expect: ADMIN_OF_X,
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
    operation: 'DELETE /api/v1/committees/{id}/members/{userId}',
    target: 'a member of X’s committee (a new one per call)',
    request: async (w) => {
      const userId = await throwawayUser(w);
      await must(w.x.admin.post(`/api/v1/committees/${w.committeeId}/members`, { userId, position: 'member' }));
      return { method: 'DELETE', path: `/api/v1/committees/${w.committeeId}/members/${userId}` };
    },
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
    operation: 'GET /api/v1/organizations/{id}/profile',
    target: 'group A (団体情報: its members, secretariat, admin)',
    request: (w) => ({ method: 'GET', path: `/api/v1/organizations/${w.x.groupAId}/profile` }),
    expect: { proposerOwn: 'allow', secretariat: 'allow', admin: 'allow', others: 404 },
  },
  {
    operation: 'PUT /api/v1/organizations/{id}/profile/contact',
    target: 'group A (団体情報: its members, secretariat, admin)',
    request: (w) => ({
      method: 'PUT',
      path: `/api/v1/organizations/${w.x.groupAId}/profile/contact`,
      body: ORGANIZATION_CONTACT,
    }),
    expect: { proposerOwn: 'allow', secretariat: 'allow', admin: 'allow', others: 404 },
  },
  {
    operation: 'GET /api/v1/municipality-settings',
    target: 'own municipality',
    request: () => ({ method: 'GET', path: '/api/v1/municipality-settings' }),
    expect: adminOfOwnMunicipality,
  },
  {
    operation: 'PUT /api/v1/municipality-settings/contact',
    target: 'own municipality',
    request: () => ({ method: 'PUT', path: '/api/v1/municipality-settings/contact', body: CONTACT }),
    expect: adminOfOwnMunicipality,
  },
  {
    operation: 'GET /api/v1/municipality-settings/security',
    target: 'own municipality',
    request: () => ({ method: 'GET', path: '/api/v1/municipality-settings/security' }),
    expect: adminOfOwnMunicipality,
  },
  {
    operation: 'PUT /api/v1/municipality-settings/security',
    target: 'own municipality (not required: nobody is sent to set anything up)',
    request: () => ({
      method: 'PUT',
      path: '/api/v1/municipality-settings/security',
      body: { mfaRequiredForStaff: false },
    }),
    expect: adminOfOwnMunicipality,
  },
  {
    operation: 'GET /api/v1/municipality-settings/comparison',
    target: 'own municipality',
    request: () => ({ method: 'GET', path: '/api/v1/municipality-settings/comparison' }),
    expect: adminOfOwnMunicipality,
  },
  {
    operation: 'PUT /api/v1/municipality-settings/comparison',
    target: 'own municipality (leaves it: the comparison stays as it was)',
    request: () => ({
      method: 'PUT',
      path: '/api/v1/municipality-settings/comparison',
      body: { comparisonOptIn: false },
    }),
    expect: adminOfOwnMunicipality,
  },
  {
    operation: 'PUT /api/v1/municipality-settings/emblem',
    target: 'own municipality (text sent as a PNG: the type check refuses it)',
    request: () => ({
      method: 'PUT',
      path: '/api/v1/municipality-settings/emblem',
      body: 'not an image',
      headers: { 'content-type': 'image/png' },
    }),
    expect: { admin: 422, otherAdmin: 422, platformOperator: 404, others: 403 },
  },
  {
    operation: 'DELETE /api/v1/municipality-settings/emblem',
    target: 'own municipality',
    request: () => ({ method: 'DELETE', path: '/api/v1/municipality-settings/emblem' }),
    expect: adminOfOwnMunicipality,
  },
  {
    operation: 'GET /api/v1/municipality-settings/sso',
    target: 'own municipality',
    request: () => ({ method: 'GET', path: '/api/v1/municipality-settings/sso' }),
    expect: adminOfOwnMunicipality,
  },
  {
    operation: 'PUT /api/v1/municipality-settings/sso',
    target: 'own municipality (a provider that is never asked: saving does not contact it)',
    request: () => ({ method: 'PUT', path: '/api/v1/municipality-settings/sso', body: SSO_PROVIDER }),
    expect: adminOfOwnMunicipality,
  },
  {
    operation: 'PUT /api/v1/users/{id}/sso-identity',
    target: 'a user of X (a new one per call), to a subject of X’s provider',
    request: async (w) => ({
      method: 'PUT',
      path: `/api/v1/users/${await throwawayUser(w)}/sso-identity`,
      body: { subject: randomUUID() },
    }),
    expect: ADMIN_OF_X,
  },
  {
    operation: 'DELETE /api/v1/users/{id}/sso-identity',
    target: 'a user of X (a new one per call)',
    request: async (w) => ({ method: 'DELETE', path: `/api/v1/users/${await throwawayUser(w)}/sso-identity` }),
    expect: ADMIN_OF_X,
  },
  {
    operation: 'DELETE /api/v1/municipality-settings/sso',
    target: 'own municipality',
    request: () => ({ method: 'DELETE', path: '/api/v1/municipality-settings/sso' }),
    expect: adminOfOwnMunicipality,
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

  {
    operation: 'GET /api/v1/me/feedback',
    target: 'one’s own questionnaire invitations (制度の振り返り)',
    request: () => ({ method: 'GET', path: '/api/v1/me/feedback' }),
    expect: everyoneSignedIn(),
  },
  {
    operation: 'POST /api/v1/me/feedback',
    target: 'the 応募 stage of group A’s proposal in review (its group and partner department are asked)',
    request: (w) => ({
      method: 'POST',
      path: '/api/v1/me/feedback',
      body: {
        proposalId: w.inReviewId,
        stage: 'application',
        ratings: [
          { question: 'guidelines_clarity', value: 4 },
          { question: 'procedure_clarity', value: 4 },
          { question: 'secretariat_support', value: 5 },
        ],
      },
    }),
    expect: { proposerOwn: 'allow', reviewerConflicted: 'allow', others: 422 },
  },
  {
    operation: 'GET /api/v1/feedback/summary',
    target: 'own municipality’s fiscal year (the other one’s staff read their own)',
    request: () => ({ method: 'GET', path: '/api/v1/feedback/summary?fiscalYear=2026' }),
    expect: { secretariat: 'allow', admin: 'allow', otherMunicipality: 'allow', otherAdmin: 'allow', others: 403 },
  },

  // Last: it ends each person's login, which every row above relies on.
  {
    operation: 'POST /api/v1/auth/logout',
    target: 'one’s own login',
    request: () => ({ method: 'POST', path: '/api/v1/auth/logout', body: {} }),
    expect: everyoneSignedIn(),
  },
];
