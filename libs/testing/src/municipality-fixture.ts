import { randomBytes } from 'node:crypto';
import { ADMIN } from './system';
import { ApiClient } from './api-client';

export interface MunicipalityFixture {
  municipalityId: string;
  municipalityCode: string;
  secretariatOrgId: string;
  groupAId: string;
  groupBId: string;
  departmentId: string;
  secretariat: ApiClient;
  proposerA: ApiClient;
  proposerB: ApiClient;
  secretariatUserId: string;
  /** Staff of `departmentId` (こども家庭課), the partner department of proposals that name it. */
  departmentStaff: ApiClient;
  departmentStaffId: string;
  /** A reviewer of another department (福祉課), free of conflicts with the fixture's proposals. */
  reviewer: ApiClient;
  reviewerId: string;
  reviewer2: ApiClient;
  reviewer2Id: string;
  reviewer3: ApiClient;
  reviewer3Id: string;
  reviewer4: ApiClient;
  reviewer4Id: string;
  chair: ApiClient;
  chairId: string;
  committeeMember: ApiClient;
  committeeMemberId: string;
  committeeId: string;
  admin: ApiClient;
  callId: string;
  /** Adds a user with one role in an organisation and signs them in. */
  addUser(
    name: string,
    organizationId: string,
    role: string,
    locale?: 'ja' | 'en',
  ): Promise<{ id: string; email: string; client: ApiClient }>;
  emailOf(name: string): string;
}

/** Every fixture user's password, for a test that signs one in again (a second device). */
export const FIXTURE_PASSWORD = 'fixture-password-1';
const PASSWORD = FIXTURE_PASSWORD;

/**
 * Builds a municipality through the admin API as a real operator would:
 * organisations, users, roles, and an open call. Overrides by argument.
 */
export async function createMunicipality(api: ApiClient, nameJa = '鎌倉市'): Promise<MunicipalityFixture> {
  const operator = await api.login(ADMIN.email, ADMIN.password);
  const tag = randomBytes(4).toString('hex');
  const municipality = await must(
    operator.post('/api/v1/municipalities', { code: `m-${tag}`, nameJa, nameEn: `Test City ${tag}` }),
  );
  const municipalityId = municipality.id;
  const org = (kind: string, nameJa: string) =>
    must(operator.post('/api/v1/organizations', { municipalityId, kind, nameJa, nameEn: nameJa }));
  const secretariatOrg = await org('department', '市民活動推進課');
  const department = await org('department', 'こども家庭課');
  const groupA = await org('group', 'NPO法人 かまくら子ども食堂ネット');
  const groupB = await org('group', '腰越地区町内会連合会');
  const user = async (name: string, organizationId: string, role: string, locale: 'ja' | 'en' = 'ja') => {
    const email = `${name}-${tag}@kyodo.test`;
    const created = await must(
      operator.post('/api/v1/users', { municipalityId, email, displayName: name, password: PASSWORD, locale }),
    );
    await must(operator.post(`/api/v1/organizations/${organizationId}/members`, { userId: created.id, role }));
    return { id: created.id as string, email, client: await api.login(email, PASSWORD) };
  };
  const secretariat = await user('secretariat', secretariatOrg.id, 'secretariat');
  const proposerA = await user('proposer-a', groupA.id, 'proposer');
  const proposerB = await user('proposer-b', groupB.id, 'proposer');
  const departmentStaff = await user('department', department.id, 'reviewer');
  const welfare = await org('department', '福祉課');
  const reviewer = await user('reviewer', welfare.id, 'reviewer');
  const reviewer2 = await user('reviewer2', welfare.id, 'reviewer');
  const reviewer3 = await user('reviewer3', welfare.id, 'reviewer');
  const reviewer4 = await user('reviewer4', welfare.id, 'reviewer');
  // The department also proposes (市提案): its staff member is a proposer there too.
  await must(
    operator.post(`/api/v1/organizations/${department.id}/members`, { userId: departmentStaff.id, role: 'proposer' }),
  );
  const admin = await user('admin', secretariatOrg.id, 'admin');
  const committee = await must(
    operator.post('/api/v1/committees', {
      municipalityId,
      nameJa: '協働事業評価委員会',
      nameEn: 'Evaluation committee',
    }),
  );
  const committeeUser = async (name: string, position: 'chair' | 'member') => {
    const email = `${name}-${tag}@kyodo.test`;
    const created = await must(
      operator.post('/api/v1/users', { municipalityId, email, displayName: name, password: PASSWORD, locale: 'ja' }),
    );
    await must(
      operator.post(`/api/v1/committees/${committee.id}/members`, {
        userId: created.id,
        position,
        affiliation: '学識経験者',
      }),
    );
    return { id: created.id as string, client: await api.login(email, PASSWORD) };
  };
  const chair = await committeeUser('chair', 'chair');
  const committeeMember = await committeeUser('member', 'member');
  const now = Date.now();
  const call = await must(
    secretariat.client.post('/api/v1/calls', {
      fiscalYear: 2026,
      titleJa: '令和8年度 協働事業提案制度',
      titleEn: 'FY2026 collaborative project proposals',
      maxRequestedAmount: 1_000_000,
      submissionOpensAt: new Date(now - 86_400_000).toISOString(),
      submissionClosesAt: new Date(now + 30 * 86_400_000).toISOString(),
    }),
  );
  return {
    municipalityId,
    municipalityCode: `m-${tag}`,
    secretariatOrgId: secretariatOrg.id,
    groupAId: groupA.id,
    groupBId: groupB.id,
    departmentId: department.id,
    secretariat: secretariat.client,
    secretariatUserId: secretariat.id,
    proposerA: proposerA.client,
    proposerB: proposerB.client,
    departmentStaff: departmentStaff.client,
    departmentStaffId: departmentStaff.id,
    reviewer: reviewer.client,
    reviewerId: reviewer.id,
    reviewer2: reviewer2.client,
    reviewer2Id: reviewer2.id,
    reviewer3: reviewer3.client,
    reviewer3Id: reviewer3.id,
    reviewer4: reviewer4.client,
    reviewer4Id: reviewer4.id,
    chair: chair.client,
    chairId: chair.id,
    committeeMember: committeeMember.client,
    committeeMemberId: committeeMember.id,
    committeeId: committee.id,
    admin: admin.client,
    callId: call.id,
    addUser: user,
    emailOf: (name: string) => `${name}-${tag}@kyodo.test`,
  };
}

export async function must<T = any>(pending: Promise<{ status: number; body: T }>): Promise<any> {
  const response = await pending;
  if (response.status >= 300) throw new Error(`unexpected ${response.status}: ${JSON.stringify(response.body)}`);
  return response.body;
}
