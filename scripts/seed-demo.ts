import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { ConfigError, loadConfig } from '@kyodo/config';
import { AuditEventRepository, AuditLog } from '@kyodo/audit';
import {
  ActivityFieldRepository,
  AdministratorRegistration,
  CommitteeRepository,
  CommitteesService,
  DirectoryScope,
  DirectoryWriter,
  IDENTITY_ENTITIES,
  MembershipRepository,
  MunicipalitiesService,
  MunicipalityRepository,
  OrganizationRepository,
  OrganizationsService,
  UserRepository,
  UsersService,
} from '@kyodo/identity';
import { migrate, openDatabase } from '@kyodo/persistence';
import { type Actor, type Clock, type Role, SystemClock } from '@kyodo/platform';
import type { DataSource } from 'typeorm';
import { CallRepository, CallsService, PROPOSALS_ENTITIES } from '@kyodo/proposals';
import { OutboxRepository } from '@kyodo/queues';

/**
 * Builds a Japanese demo municipality (かがやき市) with departments, citizen
 * groups, a committee, one user per role and an open call, then prints the
 * logins. Uses the same services as the API. Safe to run twice: a second run
 * reports that the demo exists.
 */
const PASSWORD = 'kyodo-demo-2026';
const CODE = 'demo-kagayaki';

/** The directory's services as the API's Nest module wires them, on the command's own data source. */
function directoryServices(dataSource: DataSource, clock: Clock) {
  const audit = new AuditLog(new AuditEventRepository(dataSource));
  const municipalityRepository = new MunicipalityRepository(dataSource);
  const organizationRepository = new OrganizationRepository(dataSource);
  const userRepository = new UserRepository(dataSource);
  const memberships = new MembershipRepository();
  const scope = new DirectoryScope(municipalityRepository);
  const writer = new DirectoryWriter(dataSource, audit, clock);
  const administrators = new AdministratorRegistration(
    dataSource,
    municipalityRepository,
    organizationRepository,
    userRepository,
    memberships,
    audit,
    clock,
  );
  const users = new UsersService(userRepository, memberships, scope, writer, clock);
  return {
    municipalities: new MunicipalitiesService(
      municipalityRepository,
      new ActivityFieldRepository(dataSource),
      administrators,
      scope,
      writer,
      clock,
    ),
    organizations: new OrganizationsService(organizationRepository, userRepository, users, scope, writer, clock),
    users,
    committees: new CommitteesService(
      new CommitteeRepository(dataSource),
      userRepository,
      memberships,
      scope,
      writer,
      clock,
    ),
  };
}

async function main(): Promise<void> {
  const config = loadConfig();
  const { dataSource, close } = await openDatabase(config.DATABASE_URL, config.KYODO_DATA_DIR, [
    ...IDENTITY_ENTITIES,
    ...PROPOSALS_ENTITIES,
  ]);
  try {
    await migrate(dataSource);
    const [existing] = await dataSource.query('SELECT id FROM municipalities WHERE code = $1', [CODE]);
    if (existing) {
      process.stdout.write(`The demo municipality already exists. Logins use the password ${PASSWORD}.\n`);
      return;
    }
    const clock = new SystemClock();
    const directory = directoryServices(dataSource, clock);
    const calls = new CallsService(
      dataSource,
      new CallRepository(dataSource),
      new OrganizationRepository(dataSource),
      new ActivityFieldRepository(dataSource),
      new OutboxRepository(dataSource),
      clock,
    );
    const system: Actor = {
      userId: randomUUID(),
      municipalityId: null,
      platformAdmin: true,
      roles: [],
      memberships: [],
      locale: 'ja',
      requestId: 'seed-demo',
    };
    const municipality = await directory.municipalities.createMunicipality(system, {
      code: CODE,
      nameJa: 'かがやき市',
      nameEn: 'Kagayaki City',
      namesCommittee: true,
    });
    const m = municipality.id;
    const org = (kind: 'group' | 'department' | 'intermediary', nameJa: string, nameEn: string) =>
      directory.organizations.createOrganization(system, { municipalityId: m, kind, nameJa, nameEn });
    const secretariatOffice = await org('department', '市民協働推進課', 'Citizen Collaboration Division');
    const childDept = await org('department', 'こども家庭課', 'Children and Families Division');
    const welfareDept = await org('department', '高齢者福祉課', 'Elderly Welfare Division');
    const npo = await org('group', 'NPO法人 こども食堂ひだまり', 'NPO Hidamari Children’s Cafeteria');
    const neighbourhood = await org('group', '東町町内会', 'Higashi-machi Neighbourhood Association');
    await org('intermediary', 'かがやき市民活動センター', 'Kagayaki Citizen Activity Centre');

    const logins: Array<[string, string, string]> = [];
    const user = async (key: string, nameJa: string, grants: Array<[string | null, Role]>) => {
      const email = `${key}@demo.kyodo.jp`;
      const created = await directory.users.createUser(system, {
        municipalityId: m,
        email,
        displayName: nameJa,
        password: PASSWORD,
        locale: 'ja',
      });
      for (const [organizationId, role] of grants) {
        await directory.users.addMembership(system, m, created.id, organizationId, role);
      }
      logins.push([grants.map(([, r]) => r).join(', '), nameJa, email]);
      return created;
    };
    await user('admin', '管理 太郎', [[secretariatOffice.id, 'admin']]);
    const secretariat = await user('secretariat', '事務局 花子', [[secretariatOffice.id, 'secretariat']]);
    await user('proposer', '提案 一郎（こども食堂ひだまり）', [[npo.id, 'proposer']]);
    await user('proposer2', '町内 次郎（東町町内会）', [[neighbourhood.id, 'proposer']]);
    await user('department', '担当 三郎（こども家庭課）', [
      [childDept.id, 'proposer'],
      [childDept.id, 'reviewer'],
    ]);
    await user('reviewer', '審査 四郎（高齢者福祉課）', [[welfareDept.id, 'reviewer']]);
    const committee = await directory.committees.createCommittee(system, {
      municipalityId: m,
      nameJa: 'かがやき市協働事業評価委員会',
      nameEn: 'Kagayaki Collaborative Project Evaluation Committee',
    });
    const chair = await user('chair', '委員長 五月（学識経験者）', []);
    await directory.committees.addCommitteeMember(system, committee.id, {
      userId: chair.id,
      position: 'chair',
      affiliation: '学識経験者',
    });
    logins[logins.length - 1]![0] = 'committee_chair';
    const member = await user('committee', '委員 六美（市民委員）', []);
    await directory.committees.addCommitteeMember(system, committee.id, {
      userId: member.id,
      position: 'member',
      affiliation: '市民委員',
    });
    logins[logins.length - 1]![0] = 'committee_member';

    const now = clock.now();
    const secretariatActor: Actor = {
      userId: secretariat.id,
      municipalityId: m,
      platformAdmin: false,
      roles: ['secretariat'],
      memberships: [{ organizationId: secretariatOffice.id, role: 'secretariat' }],
      locale: 'ja',
      requestId: 'seed-demo',
    };
    const call = await calls.create(secretariatActor, {
      fiscalYear: now.getUTCFullYear(),
      titleJa: `${now.getUTCFullYear()}年度 かがやき市協働事業提案制度`,
      titleEn: `FY${now.getUTCFullYear()} Kagayaki collaborative project proposals`,
      descriptionJa: '市民活動団体と市が協働して地域課題を解決する事業の提案を募集します。',
      descriptionEn: 'Proposals for projects in which citizen groups and the city solve local issues together.',
      maxRequestedAmount: 1_000_000,
      submissionOpensAt: new Date(now.getTime() - 86_400_000).toISOString(),
      submissionClosesAt: new Date(now.getTime() + 60 * 86_400_000).toISOString(),
      consultationRequired: true,
    });

    process.stdout.write(`\nかがやき市 (Kagayaki City) demo — open call: ${call.titleJa}\n`);
    process.stdout.write(`Password for every login: ${PASSWORD}\n\n| role | name | e-mail |\n|---|---|---|\n`);
    for (const [role, name, email] of logins) process.stdout.write(`| ${role} | ${name} | ${email} |\n`);
  } finally {
    await close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `seed:demo: ${error instanceof ConfigError ? error.message : error instanceof Error ? error.stack : error}\n`,
  );
  process.exit(1);
});
