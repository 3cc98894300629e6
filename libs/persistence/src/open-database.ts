import type { DataSource } from 'typeorm';
import { createDataSource, type DataSourceOptions } from './data-source';
import { type EmbeddedPostgres, runningEmbeddedUrl, startEmbeddedPostgres } from './embedded-postgres';

/**
 * For command-line tools (seed, verify): the configured server, else the
 * embedded database a running launcher serves, else the embedded database
 * opened here for the duration of the command. `entities` names those of the owning libraries the command's code
 * reads through entity metadata (inside Nest each library registers its own).
 */
export async function openDatabase(
  databaseUrl: string | undefined,
  dataDir: string,
  /** The owning libraries' entities the command reads through entity metadata. */
  entities: DataSourceOptions['entities'] = [],
): Promise<{ dataSource: DataSource; close(): Promise<void> }> {
  let embedded: EmbeddedPostgres | undefined;
  let url = databaseUrl ?? runningEmbeddedUrl(dataDir);
  if (!url) {
    embedded = await startEmbeddedPostgres(dataDir);
    url = embedded.url;
  }
  const dataSource = createDataSource({ url, poolSize: 2, entities });
  await dataSource.initialize();
  return {
    dataSource,
    async close() {
      await dataSource.destroy();
      await embedded?.stop();
    },
  };
}
