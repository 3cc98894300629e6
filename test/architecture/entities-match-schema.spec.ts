import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { dataSourceOptions, migrate } from '@kyodo/persistence';
import { createTestDatabase, TEST_DB, type TestDatabase } from '@kyodo/testing';
import { TABLES_WITHOUT_ENTITY_NOT_YET } from './entity-debts';

const root = join(__dirname, '..', '..');

function entityFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : entityFiles(path);
    return entry.name.endsWith('.entity.ts') ? [path] : [];
  });
}

interface ColumnFact {
  table_name: string;
  column_name: string;
  is_nullable: 'YES' | 'NO';
}

/**
 * The entities describe the schema the migrations build: every table has one, and every column an entity declares
 * exists with the same nullability. (Migrations are the source of truth; `synchronize` is never on.)
 */
describe(`entities against the migrated schema on ${TEST_DB}`, () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  let columns: ColumnFact[];

  beforeAll(async () => {
    db = await createTestDatabase();
    const modules = await Promise.all(
      [
        ...entityFiles(join(root, 'libs')),
        ...entityFiles(join(root, 'apps/api')),
        ...entityFiles(join(root, 'apps/worker')),
      ].map((file) => import(file)),
    );
    const entities = modules.flatMap((module: Record<string, unknown>) =>
      Object.values(module).filter((value): value is Function => typeof value === 'function'),
    );
    dataSource = new DataSource({ ...dataSourceOptions({ url: db.url, poolSize: 2 }), entities });
    await dataSource.initialize();
    await migrate(dataSource);
    columns = await dataSource.query(
      `SELECT table_name, column_name, is_nullable FROM information_schema.columns WHERE table_schema = 'public'`,
    );
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await db?.drop();
  });

  it('has an entity for every table, but for the listed ones not yet written', () => {
    const tables = new Set(columns.map((c) => c.table_name).filter((t) => t !== 'typeorm_migrations'));
    const mapped = new Set(dataSource.entityMetadatas.map((m) => m.tableName));
    const missing = [...tables].filter((table) => !mapped.has(table)).sort();
    expect(missing).toEqual([...TABLES_WITHOUT_ENTITY_NOT_YET].sort());
  });

  it('declares only columns that exist, with the schema nullability', () => {
    const facts = new Map(columns.map((c) => [`${c.table_name}.${c.column_name}`, c.is_nullable === 'YES']));
    const mismatches: string[] = [];
    let checked = 0;
    for (const metadata of dataSource.entityMetadatas) {
      for (const column of metadata.columns) {
        checked += 1;
        const key = `${metadata.tableName}.${column.databaseName}`;
        if (!facts.has(key)) mismatches.push(`${key}: no such column`);
        else if (facts.get(key) !== column.isNullable)
          mismatches.push(`${key}: nullable ${facts.get(key)} in the schema`);
      }
    }
    expect(mismatches).toEqual([]);
    expect(checked).toBeGreaterThan(100);
  });
});
