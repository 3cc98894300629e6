import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { allowNamedStatements, createDataSource, migrate } from '@kyodo/persistence';
import { createTestDatabase, TEST_DB, type TestDatabase } from '@kyodo/testing';
import { PROPOSALS_ENTITIES } from '../proposals-entities';
import { CallEntity } from './call.entity';
import { CallRepository } from './call.repository';

/**
 * The staff's calls list skips TypeORM's query builder (a named statement and its own hydration): it must give
 * exactly what `find` gives — types, column transformers (bigint → number, number[]), jsonb, nulls — and keep the
 * statement prepared where the database allows it.
 */
describe(`the calls list as a named statement on ${TEST_DB}`, () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  const municipality = randomUUID();

  beforeAll(async () => {
    db = await createTestDatabase();
    // One connection: the statement prepared by the list is then visible to the next query.
    dataSource = createDataSource({ url: db.url, poolSize: 1, entities: [...PROPOSALS_ENTITIES] });
    await dataSource.initialize();
    await migrate(dataSource);
    await allowNamedStatements(dataSource, true);
    await dataSource.query(
      `INSERT INTO municipalities (id, code, name_ja, name_en) VALUES ($1, $2, '検証市', 'Test')`,
      [municipality, `n-${municipality}`],
    );
    const insert = `INSERT INTO calls (id, municipality_id, fiscal_year, recruitment_fiscal_year, title_ja, title_en,
        submission_opens_at, submission_closes_at, max_requested_amount, yearly_caps, evaluation_settings)
      VALUES ($1, $2, $3, $3, $4, 'Call', $5, $6, $7, $8, $9)`;
    await dataSource.query(insert, [
      randomUUID(),
      municipality,
      2026,
      '令和8年度',
      '2026-04-01T00:00:00+09:00',
      '2026-06-30T17:00:00+09:00',
      '3000000',
      [1000000, 500000],
      { stages: 2 },
    ]);
    await dataSource.query(insert, [
      randomUUID(),
      municipality,
      2027,
      '令和9年度',
      '2027-04-01T00:00:00+09:00',
      '2027-06-30T17:00:00+09:00',
      null,
      [],
      {},
    ]);
  });

  afterAll(async () => {
    await dataSource.destroy();
    await db.drop();
  });

  it('gives exactly what TypeORM find gives, newest year first', async () => {
    const listed = await new CallRepository(dataSource).listForMunicipality(municipality);
    const found = await dataSource.getRepository(CallEntity).find({
      where: { municipalityId: municipality },
      order: { fiscalYear: 'DESC', submissionOpensAt: 'DESC' },
    });
    expect(listed.map((c) => c.fiscalYear)).toEqual([2027, 2026]);
    expect(listed).toEqual(found);
    expect(listed.every((c) => c instanceof CallEntity)).toBe(true);
    expect(listed[1]!.maxRequestedAmount).toBe(3_000_000);
    expect(listed[1]!.yearlyCaps).toEqual([1_000_000, 500_000]);
    expect(listed[1]!.submissionOpensAt).toBeInstanceOf(Date);
  });

  it(
    TEST_DB === 'pglite'
      ? 'runs it unnamed on PGlite, whose one session every connection shares'
      : 'keeps it prepared on the connection',
    async () => {
      await new CallRepository(dataSource).listForMunicipality(municipality);
      const prepared: Array<{ name: string }> = await dataSource.query('SELECT name FROM pg_prepared_statements');
      expect(prepared.map((p) => p.name).includes('proposals.calls-of-municipality')).toBe(TEST_DB !== 'pglite');
    },
  );
});
