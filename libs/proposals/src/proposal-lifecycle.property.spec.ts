import { ContinuationCheck } from './continuation/continuation-check';
import { ContinuationRepository } from './continuation/continuation.repository';
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import type { DataSource } from 'typeorm';
import { AuditEventRepository, AuditLog } from '@kyodo/audit';
import { ActivityFieldRepository, IDENTITY_ENTITIES, OrganizationRepository, UserRepository } from '@kyodo/identity';
import { createDataSource, migrate } from '@kyodo/persistence';
import { type Actor, Clock, type Role, VersionConflictError } from '@kyodo/platform';
import { completeProposalContent, createTestDatabase, TEST_DB, type TestDatabase } from '@kyodo/testing';
import { applyProposalEvent, createProposalSnapshot, PROPOSAL_EVENT_TYPES } from '@kyodo/workflow';
import { CallRepository } from './calls/call.repository';
import { CreateProposal } from './create-proposal/create-proposal.use-case';
import { LifecycleFacts } from './lifecycle/lifecycle-facts';
import { ProposalTransition } from './lifecycle/proposal-transition';
import { ProposalWriter } from './lifecycle/proposal-writer';
import { machineActor } from './proposal-access';
import { missingForSubmission, type ProposalContent } from './proposal-content';
import { ProposalError } from './proposal-errors';
import { isSubmission, type ProposalEventInput } from './proposal-event-input';
import { ProposalRecordsReader } from './proposal-records.reader';
import { ProposalReferences } from './proposal-references';
import { ProposalRows } from './proposal-rows';
import { ProposalRepository } from './proposals/proposal.repository';
import { PROPOSALS_ENTITIES } from './proposals-entities';
import type { ReviewFactsPort } from './review-facts.port';
import type { PredecessorProjectPort } from './continuation/predecessor-project.port';
import { SendProposalEvent } from './send-proposal-event/send-proposal-event.use-case';
import { SubmitProposal } from './submit-proposal/submit-proposal.use-case';

class FixedClock extends Clock {
  now() {
    return new Date('2026-05-01T09:00:00.000Z');
  }
}

/** No assignments and no sessions here: nothing assigned is outstanding and no quorum rule applies. */
const NO_PROJECTS: PredecessorProjectPort = {
  recordOf: () => Promise.reject(new Error('not asked: no proposal here continues another')),
};
const NO_REVIEW: ReviewFactsPort = {
  forProposal: async () => ({ allScoreSheetsSubmitted: true, quorumMet: true }),
  selectionRecusalsOf: async () => [],
};

const RUNS = Number(process.env.KYODO_PROPERTY_RUNS ?? 1000);

/**
 * The persisted service and the pure machine must agree: the same random
 * events, sent through the service (database, optimistic lock, audit,
 * outbox) and through transition() alone, give the same snapshots.
 */
describe(`persisted lifecycle vs pure machine on ${TEST_DB}`, () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  let service: {
    create: CreateProposal;
    submit: SubmitProposal;
    send: SendProposalEvent;
  };
  const ids = { municipality: randomUUID(), group: randomUUID(), department: randomUUID(), calls: [] as string[] };
  const actors: Record<string, Actor> = {};

  beforeAll(async () => {
    db = await createTestDatabase();
    dataSource = createDataSource({
      url: db.url,
      poolSize: 4,
      entities: [...IDENTITY_ENTITIES, ...PROPOSALS_ENTITIES],
    });
    await dataSource.initialize();
    await migrate(dataSource);
    const proposals = new ProposalRepository(dataSource);
    const calls = new CallRepository(dataSource);
    const organizations = new OrganizationRepository(dataSource);
    const clock = new FixedClock();
    const rows = new ProposalRows(proposals, calls, NO_REVIEW);
    const references = new ProposalReferences(calls, organizations, new ActivityFieldRepository(dataSource));
    const writer = new ProposalWriter(proposals, new AuditLog(new AuditEventRepository(dataSource)), clock);
    const facts = new LifecycleFacts(clock, NO_REVIEW);
    const transition = new ProposalTransition(dataSource, proposals, facts, writer, clock, NO_REVIEW);
    const records = new ProposalRecordsReader(new UserRepository(dataSource));
    // No proposal here continues another, so the partnership library is never asked.
    const continuation = new ContinuationCheck(new ContinuationRepository(dataSource), NO_PROJECTS);
    service = {
      create: new CreateProposal(
        dataSource,
        proposals,
        organizations,
        rows,
        references,
        writer,
        facts,
        clock,
        continuation,
      ),
      submit: new SubmitProposal(rows, transition, facts, records, continuation),
      send: new SendProposalEvent(rows, transition, facts, records),
    };
    await dataSource.query(
      `INSERT INTO municipalities (id, code, name_ja, name_en) VALUES ($1, $2, '検証市', 'Test')`,
      [ids.municipality, `p-${ids.municipality}`],
    );
    await dataSource.query(
      `INSERT INTO organizations (id, municipality_id, kind, name_ja, name_en) VALUES ($1, $3, 'group', '団体', 'Group'), ($2, $3, 'department', '担当課', 'Dept')`,
      [ids.group, ids.department, ids.municipality],
    );
    await dataSource.query(
      `INSERT INTO activity_fields (municipality_id, key, label_ja, label_en, position)
       VALUES ($1, 'child_development', '子どもの健全育成', 'Children', 0), ($1, 'health_welfare', '保健・福祉', 'Welfare', 1)`,
      [ids.municipality],
    );
    const person = (name: string, roles: Role[], organizationId: string | null): Actor => {
      const id = randomUUID();
      actors[name] = {
        userId: id,
        municipalityId: ids.municipality,
        platformAdmin: false,
        roles,
        memberships: roles.map((role) => ({ role, organizationId })),
        locale: 'ja',
        requestId: 'property',
      };
      return actors[name]!;
    };
    for (const [name, roles, org] of [
      ['owner', ['proposer'], ids.group],
      ['secretariat', ['secretariat'], null],
      ['department', ['reviewer'], ids.department],
      ['chair', ['committee_chair'], null],
      ['member', ['committee_member'], null],
    ] as Array<[string, Role[], string | null]>) {
      const actor = person(name, roles, org);
      await dataSource.query(
        `INSERT INTO users (id, municipality_id, email, display_name, password_hash, locale) VALUES ($1, $2, $3, $4, 'x', 'ja')`,
        [actor.userId, ids.municipality, `${name}-${actor.userId}@kyodo.test`, name],
      );
    }
    // One call per combination of the flags the machine reads.
    for (const consultation of [false, true]) {
      for (const provisional of [false, true]) {
        const id = randomUUID();
        ids.calls.push(id);
        await dataSource.query(
          `INSERT INTO calls (id, municipality_id, fiscal_year, recruitment_fiscal_year, title_ja, title_en, submission_opens_at,
                              submission_closes_at, consultation_required, provisional_adoption, pre_consultation)
           VALUES ($1, $2, 2026, 2026, '募集', 'Call', '2026-04-01', '2026-06-30', $3, $4, true)`,
          [id, ids.municipality, consultation, provisional],
        );
      }
    }
  });

  afterAll(async () => {
    await dataSource.destroy();
    await db.drop();
  });

  it(`agrees with transition() over ${RUNS} random sequences`, async () => {
    const payload = fc.record(
      {
        reason: fc.constantFrom('理由', ''),
        decision: fc.constantFrom('adopted', 'adoptedWithConditions', 'notAdopted'),
        conditions: fc.constantFrom(['条件'], []),
        party: fc.constantFrom('group', 'department'),
        opinion: fc.constant('意見'),
        feasibility: fc.constant('可能'),
        budgetIntent: fc.constant('要求'),
        summary: fc.constant('要約'),
        title: fc.constant('節目'),
        conditionId: fc.constant('c1'),
        verdict: fc.constantFrom('A', 'B'),
        comment: fc.constant('講評'),
        termStart: fc.constant('2027-04-01'),
        termEnd: fc.constant('2028-03-31'),
        roleSharing: fc.constant('分担'),
        informationSharing: fc.constant('共有'),
        note: fc.constant('記録'),
      },
      { requiredKeys: [] },
    );
    const step = fc.record({
      type: fc.constantFrom(...PROPOSAL_EVENT_TYPES.filter((t) => t !== 'SUBMISSION_DEADLINE_PASSED')),
      who: fc.constantFrom('owner', 'secretariat', 'department', 'chair', 'member'),
      payload,
    });
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 3 }),
        fc.boolean(),
        fc.array(step, { minLength: 1, maxLength: 8 }),
        async (callIndex, complete, steps) => {
          const callId = ids.calls[callIndex]!;
          const content = (complete ? completeProposalContent() : { summary: '途中' }) as ProposalContent;
          const created = await service.create.execute(actors.owner!, callId, {
            organizationId: ids.group,
            title: '検証提案',
            partnerDepartmentIds: [ids.department],
            content,
          });
          const [call] = await dataSource.query('SELECT * FROM calls WHERE id = $1', [callId]);
          const facts = {
            beforeSubmissionDeadline: true,
            contentComplete: missingForSubmission('検証提案', content).length === 0,
            allScoreSheetsSubmitted: true,
            quorumMet: true,
            consultationRequired: call.consultation_required,
            provisionalAdoption: call.provisional_adoption,
            preConsultationEnabled: call.pre_consultation,
          };
          let pure = createProposalSnapshot({ proposalId: created.id, callId, origin: 'group' }).snapshot;
          let version = created.version;
          for (const { type, who, payload: extra } of steps) {
            const actor = actors[who]!;
            const expected = applyProposalEvent(pure, {
              ...extra,
              type,
              actor: machineActor(actor, { organizationId: ids.group, partnerDepartmentIds: [ids.department] }),
              at: '2026-05-01T09:00:00.000Z',
              facts,
            } as never);
            let committed = false;
            try {
              const event = { type, ...extra } as ProposalEventInput;
              const view = isSubmission(event)
                ? await service.submit.execute(actor, created.id, version, event)
                : await service.send.execute(actor, created.id, version, event);
              committed = true;
              version = view.version;
            } catch (error) {
              if (!(error instanceof ProposalError) && !(error instanceof VersionConflictError)) throw error;
              committed = false;
            }
            expect(committed).toBe(expected.changed);
            pure = expected.snapshot;
          }
          const [row] = await dataSource.query('SELECT snapshot, state FROM proposals WHERE id = $1', [created.id]);
          expect(row.snapshot).toEqual(JSON.parse(JSON.stringify(pure)));
        },
      ),
      { numRuns: RUNS },
    );
  });
});
