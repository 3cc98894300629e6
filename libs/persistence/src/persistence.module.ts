import { Global, Module, type OnApplicationShutdown, Inject } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from '@kyodo/config';
import { Clock, SystemClock } from '@kyodo/platform';
import { createDataSource, migrate } from './data-source';

/**
 * Provides the DataSource (migrated under the advisory lock before anything
 * else runs) and the clock to every module.
 */
@Global()
@Module({
  providers: [
    {
      provide: DataSource,
      inject: [AppConfig],
      useFactory: async (config: AppConfig) => {
        if (!config.DATABASE_URL) {
          throw new Error('DATABASE_URL is not set: start Kyodo through the launcher (npm start) or set it.');
        }
        const dataSource = createDataSource({
          url: config.DATABASE_URL,
          poolSize: config.DATABASE_POOL_SIZE,
          connectTimeoutMs: config.DATABASE_WAIT_MS,
          applicationName: `kyodo-${process.title}`,
        });
        try {
          await dataSource.initialize();
        } catch (error) {
          throw new Error(
            `cannot connect to the database at DATABASE_URL=${redactUrl(config.DATABASE_URL)}: ${
              error instanceof Error ? error.message : String(error)
            }`,
          );
        }
        await migrate(dataSource);
        return dataSource;
      },
    },
    { provide: Clock, useClass: SystemClock },
  ],
  exports: [DataSource, Clock],
})
export class PersistenceModule implements OnApplicationShutdown {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async onApplicationShutdown(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
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
