import type { Pool } from 'pg';
import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * A statement the hot read paths run on every request (the actor's grants, a municipality's calls), with a name
 * unique among statements: PostgreSQL parses and plans it once per connection instead of once per request.
 * Measured on the actor's grants (four tables, three sub-plans): 1.37 ms a round trip unnamed, 0.44 ms named.
 */
export interface Statement {
  readonly name: string;
  readonly text: string;
}

/** Data sources whose connections may keep named statements (decided once, when the data source opens). */
const keepsNamedStatements = new WeakSet<DataSource>();

/**
 * Lets `queryPrepared` name its statements on this data source, unless the database cannot keep them apart:
 * PGlite is one session that every connection (API and worker alike) shares through the launcher's socket, so a
 * second connection preparing the same name would fail; a connection pooler in transaction mode (PgBouncer before
 * 1.21 or without `max_prepared_statements`) has the same problem and is turned off by
 * DATABASE_PREPARED_STATEMENTS=false.
 */
export async function allowNamedStatements(dataSource: DataSource, wanted: boolean): Promise<void> {
  if (!wanted) return;
  const [row] = (await dataSource.query('SELECT version() AS version')) as Array<{ version: string }>;
  if (row && !row.version.includes('PGlite')) keepsNamedStatements.add(dataSource);
}

/** Whether `queryPrepared` names its statements on this data source (a read replica follows its primary). */
export function namesStatements(dataSource: DataSource): boolean {
  return keepsNamedStatements.has(dataSource);
}

/** Runs a read-only statement, by name where the data source allows it; rows as the driver returns them. */
export async function queryPrepared<Row>(
  dataSource: DataSource,
  statement: Statement,
  values: unknown[],
): Promise<Row[]> {
  if (!keepsNamedStatements.has(dataSource)) return (await dataSource.query(statement.text, values)) as Row[];
  // The pool TypeORM opened: the same connections, limits and timeouts, one round trip with no query builder.
  const pool = (dataSource.driver as unknown as { master: Pool }).master;
  const result = await pool.query({ name: statement.name, text: statement.text, values });
  return result.rows as Row[];
}

type ColumnMetadata = ReturnType<DataSource['getMetadata']>['columns'][number];

const columnsOf = new WeakMap<object, ColumnMetadata[]>();

function storedColumns(dataSource: DataSource, target: EntityTarget<ObjectLiteral>): ColumnMetadata[] {
  const metadata = dataSource.getMetadata(target);
  let columns = columnsOf.get(metadata);
  if (!columns) {
    columns = metadata.columns.filter((column) => !column.isVirtual);
    columnsOf.set(metadata, columns);
  }
  return columns;
}

/**
 * The entity's columns for a statement's select list. Named, never `*`: a named statement whose `*` grew a column
 * in a migration would fail on every open connection ("cached plan must not change result type").
 */
export function selectList(dataSource: DataSource, target: EntityTarget<ObjectLiteral>): string {
  return storedColumns(dataSource, target)
    .map((column) => `"${column.databaseName}"`)
    .join(', ');
}

/**
 * Entities from rows selected by `selectList`, through TypeORM's own per-column hydration (types and column
 * transformers), without the query builder's per-call work of building the SQL and its alias map — a third of an
 * authenticated list read's time in the API process (measured with --cpu-prof on GET /api/v1/calls).
 */
export function hydrate<Entity extends ObjectLiteral>(
  dataSource: DataSource,
  target: EntityTarget<Entity>,
  rows: ReadonlyArray<Record<string, unknown>>,
): Entity[] {
  const metadata = dataSource.getMetadata(target);
  const columns = storedColumns(dataSource, target);
  return rows.map((row) => {
    const entity = metadata.create() as Entity;
    for (const column of columns) {
      const raw = row[column.databaseName];
      if (raw !== undefined) column.setEntityValue(entity, dataSource.driver.prepareHydratedValue(raw, column));
    }
    return entity;
  });
}
