import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { IDENTITY_ENTITIES, MunicipalityRepository } from '@kyodo/identity';
import type { Actor, Role } from '@kyodo/platform';
import { createDataSource, migrate } from '@kyodo/persistence';
import { createTestDatabase, TEST_DB, type TestDatabase } from '@kyodo/testing';
import { DeadLetterRepository } from './dead-letters/dead-letter.repository';
import { DeadLettersService } from './dead-letters.service';

describe(`dead letters stay with their municipality on ${TEST_DB}`, () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  let service: DeadLettersService;
  const [kawasaki, yokohama] = [randomUUID(), randomUUID()];
  const actor = (municipalityId: string | null, roles: Role[], platformAdmin = false): Actor => ({
    userId: randomUUID(),
    municipalityId,
    platformAdmin,
    roles,
    memberships: roles.map((role) => ({ organizationId: null, role })),
    locale: 'ja',
    requestId: 'test',
  });
  const fail = (jobId: string, municipalityId?: string) =>
    service.record({
      queue: 'timers',
      jobName: 'timer.session-reminder',
      jobId,
      payload: { municipalityId, proposalId: randomUUID() },
      error: 'smtp down',
      attempts: 5,
    });

  beforeAll(async () => {
    db = await createTestDatabase();
    dataSource = createDataSource({ url: db.url, poolSize: 2, entities: [...IDENTITY_ENTITIES] });
    await dataSource.initialize();
    await migrate(dataSource);
    for (const [id, name] of [
      [kawasaki, '川崎市'],
      [yokohama, '横浜市'],
    ] as const) {
      await dataSource.query(`INSERT INTO municipalities (id, code, name_ja, name_en) VALUES ($1, $2, $3, $3)`, [
        id,
        `c-${id}`,
        name,
      ]);
    }
    service = new DeadLettersService(
      dataSource,
      new DeadLetterRepository(dataSource),
      new MunicipalityRepository(dataSource),
    );
    await fail('k-1', kawasaki);
    await fail('y-1', yokohama);
    await fail('platform-1');
  });

  afterAll(async () => {
    await dataSource.destroy();
    await db.drop();
  });

  it('shows each municipality its own, the operator all of them, and nobody else anything', async () => {
    const jobs = async (who: Actor) =>
      ((await service.list(who)) as Array<{ jobId: string }>).map((d) => d.jobId).sort();
    expect(await jobs(actor(kawasaki, ['secretariat']))).toEqual(['k-1']);
    expect(await jobs(actor(yokohama, ['admin']))).toEqual(['y-1']);
    expect(await jobs(actor(null, [], true))).toEqual(['k-1', 'platform-1', 'y-1']);
    await expect(service.list(actor(kawasaki, ['proposer']))).rejects.toMatchObject({ kind: 'not_found' });
  });

  it('lets no municipality resend another’s failed job', async () => {
    const [theirs] = await dataSource.query(`SELECT id FROM dead_letters WHERE job_id = 'y-1'`);
    await expect(service.retry(actor(kawasaki, ['admin']), theirs.id)).rejects.toMatchObject({ kind: 'not_found' });
    const [outbox] = await dataSource.query(`SELECT count(*)::int AS n FROM outbox`);
    expect(outbox.n).toBe(0);
    await expect(service.retry(actor(yokohama, ['secretariat']), theirs.id)).resolves.toEqual({ retried: true });
  });
});
