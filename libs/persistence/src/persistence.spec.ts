import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { createTestDatabase, TEST_DB, type TestDatabase } from '@kyodo/testing';
import { createDataSource, migrate } from './data-source';
import { deliveryIdentity } from '@kyodo/notifications';
import { MIGRATIONS } from './migrations';
import { KEY_UUID_FROM } from './migrations/1764690000000-delivery-log-writes';
import { RubricScoringMethod1764950000000 } from './migrations/1764950000000-rubric-scoring-method';

describe(`persistence on ${TEST_DB}`, () => {
  let db: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    db = await createTestDatabase();
    dataSource = createDataSource({ url: db.url, poolSize: 5 });
    await dataSource.initialize();
  });

  afterAll(async () => {
    await dataSource.destroy();
    await db.drop();
  });

  it('applies every migration once, even when two runners race', async () => {
    const other = createDataSource({ url: db.url, poolSize: 3 });
    await other.initialize();
    const [first, second] = await Promise.all([migrate(dataSource), migrate(other)]);
    await other.destroy();
    expect([...first, ...second]).toEqual(MIGRATIONS.map((m) => new m().name));
    const rows = await dataSource.query('SELECT name FROM typeorm_migrations');
    expect(rows).toHaveLength(MIGRATIONS.length);
  });

  it('keeps transactions isolated: 20 concurrent read-modify-write increments all count', async () => {
    await dataSource.query('CREATE TABLE counter (id int PRIMARY KEY, n int NOT NULL)');
    await dataSource.query('INSERT INTO counter VALUES (1, 0)');
    await Promise.all(
      Array.from({ length: 20 }, () =>
        dataSource.transaction(async (manager) => {
          const [{ n }] = await manager.query('SELECT n FROM counter WHERE id = 1 FOR UPDATE');
          await manager.query('UPDATE counter SET n = $1 WHERE id = 1', [n + 1]);
        }),
      ),
    );
    const [{ n }] = await dataSource.query('SELECT n FROM counter WHERE id = 1');
    expect(n).toBe(20);
  });

  it('discards the writes of a rolled-back transaction while others commit', async () => {
    const id = randomUUID();
    const failing = dataSource.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO municipalities (id, code, name_ja, name_en) VALUES ($1, $2, '幻市', 'Phantom')`,
        [id, `x-${id}`],
      );
      throw new Error('roll back');
    });
    const committing = dataSource.query(
      `INSERT INTO municipalities (id, code, name_ja, name_en) VALUES ($1, $2, '実市', 'Real')`,
      [randomUUID(), `y-${id}`],
    );
    await expect(failing).rejects.toThrow('roll back');
    await committing;
    const rows = await dataSource.query('SELECT id FROM municipalities WHERE id = $1', [id]);
    expect(rows).toHaveLength(0);
    const [{ count }] = await dataSource.query(`SELECT count(*)::int AS count FROM municipalities WHERE code = $1`, [
      `y-${id}`,
    ]);
    expect(count).toBe(1);
  });

  it('derives from a delivery key the same row id in SQL (for rows written before) as the notifier does', async () => {
    const keys = [`${randomUUID()}:${randomUUID()}:email`, `digest:${randomUUID()}:2026-11-28`, '通知:キー:in_app'];
    const rows: Array<{ delivery_key: string; id: string }> = await dataSource.query(
      KEY_UUID_FROM('(SELECT unnest($1::text[]) AS delivery_key) keys'),
      [keys],
    );
    expect(rows.map((r) => r.id)).toEqual(keys.map((k) => deliveryIdentity(k).id));
    expect(new Set(rows.map((r) => r.id)).size).toBe(3);
    expect(rows[0]!.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('keeps the range scoring of every rubric stored before the setting, and leaves a rubric that says alone', async () => {
    // A temporary table of the same name stands before the real one on this connection (pg_temp is searched first).
    const runner = dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.query('CREATE TEMP TABLE rubrics (id int, definition jsonb)');
      await runner.query(
        `INSERT INTO rubrics VALUES (1, '{"titleJa": "旧", "criteria": []}'), (2, '{"titleJa": "新", "scoring": "proportional", "criteria": []}')`,
      );
      await new RubricScoringMethod1764950000000().up(runner);
      const rows: Array<{ id: number; definition: Record<string, unknown> }> = await runner.query(
        'SELECT id, definition FROM rubrics ORDER BY id',
      );
      expect(rows.map((r) => [r.definition.titleJa, r.definition.scoring])).toEqual([
        ['旧', 'range'],
        ['新', 'proportional'],
      ]);
      await runner.query('DROP TABLE pg_temp.rubrics');
    } finally {
      await runner.release();
    }
  });
});
