import 'reflect-metadata';
import { loadConfig } from '@kyodo/config';
import { createDataSource, migrate } from '@kyodo/persistence';

/**
 * The launcher's migrations, in a process of their own: TypeORM, every entity and migration stay out of the
 * launcher, which lives as long as the system (measured: the launcher's memory at rest 30–40 MB lower). Writes the
 * names of the migrations it applied as one JSON line; any failure goes to standard error with exit code 1.
 */
async function main(): Promise<void> {
  const dataSource = createDataSource({ url: loadConfig().DATABASE_URL!, poolSize: 2 });
  await dataSource.initialize();
  try {
    process.stdout.write(`${JSON.stringify({ applied: await migrate(dataSource) })}\n`);
  } finally {
    await dataSource.destroy();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
