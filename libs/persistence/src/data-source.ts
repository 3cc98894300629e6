import { DataSource, type DataSourceOptions as TypeOrmOptions, MigrationExecutor } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

export interface DataSourceOptions {
  url: string;
  poolSize: number;
  /** Fail fast when the database is away instead of queueing requests forever. */
  connectTimeoutMs?: number;
  applicationName?: string;
  /**
   * Entities of the libraries that own them, beside the ones still kept here. Inside Nest each library registers its
   * own (`TypeOrmModule.forFeature`); a data source built by hand names those its code reads through entity metadata.
   */
  entities?: ReadonlyArray<new () => object>;
}

/** A data source outside Nest (launcher, command-line tools, specs): the same options as the apps'. */
export function createDataSource(options: DataSourceOptions): DataSource {
  return new DataSource(dataSourceOptions(options));
}

/** The options every Kyodo process opens its database with. */
export function dataSourceOptions(options: DataSourceOptions): TypeOrmOptions {
  return {
    type: 'postgres',
    url: options.url,
    entities: [...ENTITIES, ...(options.entities ?? [])],
    migrations: MIGRATIONS,
    migrationsTableName: 'typeorm_migrations',
    synchronize: false,
    logging: false,
    poolSize: options.poolSize,
    connectTimeoutMS: options.connectTimeoutMs ?? 5000,
    applicationName: options.applicationName ?? 'kyodo',
    extra: { idleTimeoutMillis: 30_000 },
  };
}

/** Arbitrary but fixed: every Kyodo process serialises its migrations on it. */
const MIGRATION_LOCK_KEY = 7_405_112_001;

/**
 * Runs pending migrations inside one transaction that first takes a
 * transaction-scoped advisory lock, so API and worker processes starting
 * together migrate once. (A session-level lock would not do: under PGlite
 * every connection shares one session; there the transaction itself is
 * exclusive.) On a read replica it migrates nothing and checks that nothing is pending.
 */
export async function migrate(dataSource: DataSource): Promise<string[]> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    // A streaming standby (a public face whose DATABASE_URL is a read replica) refuses every write: its schema is
    // the primary's, migrated there. It starts only once the primary runs this version's migrations.
    const [{ standby }] = (await runner.query('SELECT pg_is_in_recovery() AS standby')) as Array<{ standby: boolean }>;
    if (standby) {
      const pending = await new MigrationExecutor(dataSource, runner).getPendingMigrations();
      if (pending.length > 0) {
        throw new Error(
          `the database is a read replica and its schema lacks ${pending.length} migration(s) (${pending[0]!.name}…): ` +
            'start a process on the primary first, which migrates it; the replica follows',
        );
      }
      return [];
    }
    await runner.startTransaction();
    try {
      await runner.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY]);
      const executor = new MigrationExecutor(dataSource, runner);
      executor.transaction = 'none';
      const applied = await executor.executePendingMigrations();
      await runner.commitTransaction();
      return applied.map((m) => m.name);
    } catch (error) {
      await runner.rollbackTransaction();
      throw error;
    }
  } finally {
    await runner.release();
  }
}
