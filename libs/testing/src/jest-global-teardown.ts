import type { TestPostgres } from './test-postgres';

/** Stops the PostgreSQL server the global setup started, if it started one. */
export default async function globalTeardown(): Promise<void> {
  await (globalThis as { kyodoTestPostgres?: TestPostgres }).kyodoTestPostgres?.stop();
}
