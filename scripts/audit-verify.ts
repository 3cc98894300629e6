import 'reflect-metadata';
import { verifyAuditChains } from '@kyodo/audit';
import { ConfigError, loadConfig } from '@kyodo/config';
import { createDataSource, runningEmbeddedUrl, startEmbeddedPostgres, type EmbeddedPostgres } from '@kyodo/persistence';

/** Verifies every audit hash chain; exits 1 and names the first broken link of each broken stream. */
async function main(): Promise<void> {
  const config = loadConfig();
  let embedded: EmbeddedPostgres | undefined;
  let url = config.DATABASE_URL ?? runningEmbeddedUrl(config.KYODO_DATA_DIR);
  if (!url) {
    embedded = await startEmbeddedPostgres(config.KYODO_DATA_DIR);
    url = embedded.url;
  }
  const dataSource = createDataSource({ url, poolSize: 2 });
  await dataSource.initialize();
  try {
    const result = await verifyAuditChains(dataSource, { stream: process.argv[2] });
    process.stdout.write(`verified ${result.entries} entries in ${result.streams} streams\n`);
    for (const broken of result.breaks) {
      process.stdout.write(`BROKEN ${broken.stream} at seq ${broken.seq} (row ${broken.id}): ${broken.reason}\n`);
    }
    process.exitCode = result.breaks.length > 0 ? 1 : 0;
  } finally {
    await dataSource.destroy();
    await embedded?.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`audit:verify: ${error instanceof ConfigError ? error.message : String(error)}\n`);
  process.exit(2);
});
