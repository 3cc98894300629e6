import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source';
import { ENTITIES } from './entities';
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
  entities: ReadonlyArray<new () => object> = [],
): Promise<{ dataSource: DataSource; close(): Promise<void> }> {
  let embedded: EmbeddedPostgres | undefined;
  let url = databaseUrl ?? runningEmbeddedUrl(dataDir);
  if (!url) {
    embedded = await startEmbeddedPostgres(dataDir);
    url = embedded.url;
  }
  const dataSource = new DataSource({
    ...dataSourceOptions({ url, poolSize: 2 }),
    entities: [...ENTITIES, ...entities],
  });
  await dataSource.initialize();
  return {
    dataSource,
    async close() {
      await dataSource.destroy();
      await embedded?.stop();
    },
  };
}
