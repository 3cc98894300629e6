import 'reflect-metadata';
import { verifyAuditChains } from '@kyodo/audit';
import { ConfigError, loadConfig } from '@kyodo/config';
import { openDatabase } from '@kyodo/persistence';

/** Verifies every audit hash chain; exits 1 and names the first broken link of each broken stream. */
async function main(): Promise<void> {
  const config = loadConfig();
  const { dataSource, close } = await openDatabase(config.DATABASE_URL, config.KYODO_DATA_DIR);
  try {
    const result = await verifyAuditChains(dataSource, { stream: process.argv[2] });
    process.stdout.write(`verified ${result.entries} entries in ${result.streams} streams\n`);
    for (const broken of result.breaks) {
      process.stdout.write(`BROKEN ${broken.stream} at seq ${broken.seq} (row ${broken.id}): ${broken.reason}\n`);
    }
    process.exitCode = result.breaks.length > 0 ? 1 : 0;
  } finally {
    await close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`audit:verify: ${error instanceof ConfigError ? error.message : String(error)}\n`);
  process.exit(2);
});
