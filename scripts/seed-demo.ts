import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import { ConfigError, loadConfig } from '@kyodo/config';
import {
  CommitteesService,
  IDENTITY_ENTITIES,
  IdentityModule,
  MunicipalitiesService,
  OrganizationsService,
  UsersService,
} from '@kyodo/identity';
import { AuditEventEntity, AuditHeadEntity } from '@kyodo/audit';
import { PARTNERSHIP_ENTITIES, PartnershipModule } from '@kyodo/partnership';
import { contextOn, migrate, openDatabase } from '@kyodo/persistence';
import type { Actor, Role } from '@kyodo/platform';
import { CallsService, PROPOSALS_ENTITIES, ProposalsModule } from '@kyodo/proposals';
import { OutboxMessageEntity } from '@kyodo/queues';
import { REVIEW_ENTITIES, ReviewModule } from '@kyodo/review';
import { reiwa, seedPastYear, SteppedClock } from './seed-demo-past-year';

/**
 * Builds a Japanese demo municipality (かがやき市) with departments, citizen
 * groups, a committee, one user per role, a finished past year (a call of the
 * previous fiscal year carried from submission to the published end-of-term
 * assessment, scripts/seed-demo-past-year.ts) and an open call, then prints
 * the logins and the pages to open. Uses the same services as the API. Safe to
 * run twice: a second run reports that the demo exists.
 */
const PASSWORD = 'kyodo-demo-2026';
const CODE = 'demo-kagayaki';

async function main(): Promise<void> {
  const config = loadConfig();
  const { dataSource, close } = await openDatabase(config.DATABASE_URL, config.KYODO_DATA_DIR, [
    ...IDENTITY_ENTITIES,
    ...PROPOSALS_ENTITIES,
    ...REVIEW_ENTITIES,
    ...PARTNERSHIP_ENTITIES,
    AuditEventEntity,
    AuditHeadEntity,
    OutboxMessageEntity,
  ]);
  let services: INestApplicationContext | undefined;
  try {
    await migrate(dataSource);
    const [existing] = await dataSource.query('SELECT id FROM municipalities WHERE code = $1', [CODE]);
    if (existing) {
      process.stdout.write(`The demo municipality already exists. Logins use the password ${PASSWORD}.\n`);
      return;
    }
    // The services as the API wires them. ReviewModule is there because proposals asks the review engine for its
    // facts (REVIEW_FACTS_PORT), which the global ReviewModule provides.
    // PartnershipModule: after adoption (agreement, progress, milestones). The clock is the seed's own: the past year is
    // walked at its own dates (SteppedClock says why), and the directory is dated before it.
    const clock = new SteppedClock();
    const pastFiscalYear = new Date().getUTCFullYear() - 1;
    clock.step(`${pastFiscalYear - 1}-04-15T09:00:00+09:00`);
    services = await contextOn(dataSource, [IdentityModule, ProposalsModule, ReviewModule, PartnershipModule], {
      clock,
    });
    const directory = {
      municipalities: services.get(MunicipalitiesService),
      organizations: services.get(OrganizationsService),
      users: services.get(UsersService),
      committees: services.get(CommitteesService),
    };
    const calls = services.get(CallsService);
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
    const townDept = await org('department', 'まちづくり推進課', 'Community Development Division');
    const environmentDept = await org('department', '環境政策課', 'Environmental Policy Division');
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
    const proposer = await user('proposer', '提案 一郎（こども食堂ひだまり）', [[npo.id, 'proposer']]);
    const proposer2 = await user('proposer2', '町内 次郎（東町町内会）', [[neighbourhood.id, 'proposer']]);
    const department = await user('department', '担当 三郎（こども家庭課）', [
      [childDept.id, 'proposer'],
      [childDept.id, 'reviewer'],
    ]);
    const reviewer = await user('reviewer', '審査 四郎（高齢者福祉課）', [[welfareDept.id, 'reviewer']]);
    const reviewer2 = await user('reviewer2', '審査 七海（まちづくり推進課）', [[townDept.id, 'reviewer']]);
    const reviewer3 = await user('reviewer3', '審査 八雲（環境政策課）', [[environmentDept.id, 'reviewer']]);
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

    // Each person as the API would see them after signing in: their roles and memberships.
    const actor = (userId: string, grants: Array<[string | null, Role]>): Actor => ({
      userId,
      municipalityId: m,
      platformAdmin: false,
      roles: [...new Set(grants.map(([, role]) => role))],
      memberships: grants.map(([organizationId, role]) => ({ organizationId, role })),
      locale: 'ja',
      requestId: 'seed-demo',
    });
    const secretariatActor = actor(secretariat.id, [[secretariatOffice.id, 'secretariat']]);
    const past = await seedPastYear(
      services,
      clock,
      {
        secretariat: secretariatActor,
        chair: actor(chair.id, [[null, 'committee_chair']]),
        member: actor(member.id, [[null, 'committee_member']]),
        npo: actor(proposer.id, [[npo.id, 'proposer']]),
        neighbourhood: actor(proposer2.id, [[neighbourhood.id, 'proposer']]),
        childDept: actor(department.id, [
          [childDept.id, 'proposer'],
          [childDept.id, 'reviewer'],
        ]),
        welfare: actor(reviewer.id, [[welfareDept.id, 'reviewer']]),
        townPlanning: actor(reviewer2.id, [[townDept.id, 'reviewer']]),
        environment: actor(reviewer3.id, [[environmentDept.id, 'reviewer']]),
        npoOrgId: npo.id,
        neighbourhoodOrgId: neighbourhood.id,
        childDeptId: childDept.id,
        welfareDeptId: welfareDept.id,
        committeeId: committee.id,
      },
      pastFiscalYear,
    );

    // The current year's open call, at the real time.
    clock.release();
    const now = clock.now();
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
    const [assessed, withConditions] = past.assessed;
    const pages: Array<[string, string]> = [
      [`/proposals/${assessed!.id}?m=${CODE}`, `公開: ${assessed!.title}（採択・評価A、協定・中間報告・事業評価まで）`],
      [`/proposals/${withConditions!.id}?m=${CODE}`, `公開: ${withConditions!.title}（条件付き採択・評価B）`],
      [`/proposals/${past.notAdopted.id}?m=${CODE}`, `公開: ${past.notAdopted.title}（不採択、講評と点数）`],
      [`/proposals?m=${CODE}`, `公開: ${reiwa(past.fiscalYear)}の提案一覧`],
      [`/statistics?m=${CODE}`, '公開: 統計'],
      [`/open-data?m=${CODE}`, '公開: オープンデータ'],
      [`/secretariat/proposals/${assessed!.id}/partnership`, '事務局（secretariat）: 協定・中間報告・工程'],
      [`/committee/projects/${assessed!.id}`, '委員長（chair）: 事業評価（自己評価の比較と評価結果）'],
    ];
    process.stdout.write(
      `\n${reiwa(past.fiscalYear)}（終了した年度）: the public pages fill once the worker (npm start) has built the ` +
        'publication packages from the outbox. Pages to open:\n\n',
    );
    for (const [path, what] of pages) process.stdout.write(`- ${path} — ${what}\n`);
  } finally {
    await services?.close();
    await close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `seed:demo: ${error instanceof ConfigError ? error.message : error instanceof Error ? error.stack : error}\n`,
  );
  process.exit(1);
});
