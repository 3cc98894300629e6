import { type DynamicModule, Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource, type DataSourceOptions as TypeOrmOptions } from 'typeorm';
import { AppConfig } from '@kyodo/config';
import { Clock, SystemClock } from '@kyodo/platform';
import { dataSourceOptions, migrate } from './data-source';
import { allowNamedStatements } from './prepared-statements';
import { DatabaseHealthRepository } from './database-health.repository';
import { ReadDataSource } from './read-data-source';

/**
 * The data source through `@nestjs/typeorm` (so libraries register their entities with `TypeOrmModule.forFeature`
 * and inject it with `@InjectDataSource()` or by class), opened and migrated under the advisory lock before anything
 * else runs, and the clock for every module.
 *
 * The same options serve PostgreSQL and the embedded PGlite: the launcher serves PGlite on loopback through
 * pglite-socket, so both are reached with the `pg` driver at `DATABASE_URL`.
 */
@Global()
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => {
        if (!config.DATABASE_URL) {
          throw new Error('DATABASE_URL is not set: start Kyodo through the launcher (npm start) or set it.');
        }
        return {
          preparedStatements: config.databasePreparedStatements,
          ...dataSourceOptions({
            url: config.DATABASE_URL,
            poolSize: config.DATABASE_POOL_SIZE,
            connectTimeoutMs: config.DATABASE_WAIT_MS,
            applicationName: `kyodo-${process.title}`,
          }),
          autoLoadEntities: true,
          // A process that cannot reach its database says so at once; the supervisor (or the operator) restarts it.
          retryAttempts: 0,
        };
      },
      dataSourceFactory: async (options?: TypeOrmOptions & { preparedStatements?: boolean }) => {
        const dataSource = await openAndMigrate(options!);
        await allowNamedStatements(dataSource, options!.preparedStatements ?? false);
        return dataSource;
      },
    }),
  ],
  providers: [
    { provide: Clock, useClass: SystemClock },
    DatabaseHealthRepository,
    {
      provide: ReadDataSource,
      inject: [AppConfig, DataSource],
      useFactory: (config: AppConfig, primary: DataSource) =>
        config.DATABASE_READ_URL
          ? ReadDataSource.withReplica(primary, config.DATABASE_READ_URL)
          : ReadDataSource.primaryOnly(primary),
    },
  ],
  exports: [TypeOrmModule, Clock, DatabaseHealthRepository, ReadDataSource],
})
export class PersistenceModule {
  /**
   * For a process that serves no public read (the worker): every read on the primary, and no pool on the replica
   * whatever DATABASE_READ_URL says (its provider replaces the one above).
   */
  static withoutReadReplica(): DynamicModule {
    return {
      module: PersistenceModule,
      providers: [
        {
          provide: ReadDataSource,
          inject: [DataSource],
          useFactory: (primary: DataSource) => ReadDataSource.primaryOnly(primary),
        },
      ],
    };
  }
}

async function openAndMigrate(options: TypeOrmOptions): Promise<DataSource> {
  const dataSource = new DataSource(options);
  try {
    await dataSource.initialize();
  } catch (error) {
    const url = 'url' in options && typeof options.url === 'string' ? options.url : '';
    throw new Error(
      `cannot connect to the database at DATABASE_URL=${redactUrl(url)}: ${
        error instanceof Error ? error.message : String(error)
      }`,
    );
  }
  await migrate(dataSource);
  return dataSource;
}

/** The URL without its password, for messages. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(unparseable)';
  }
}
