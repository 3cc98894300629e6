import { TEST_SETTINGS, useTestPostgresUrl } from '../../../config/test-settings';
import { ensureTestPostgres, type TestPostgres } from './test-postgres';

/**
 * Jest's global setup: makes sure a PostgreSQL server answers for the suites
 * that run on one, before any suite starts (relative imports only: Jest loads
 * this file outside the suites' module mapping). The URL reaches the suites
 * through the environment, where config/test-settings.ts reads it.
 */
export default async function globalSetup(): Promise<void> {
  if (TEST_SETTINGS.database !== 'postgres') return;
  const server = await ensureTestPostgres(TEST_SETTINGS.postgresUrl);
  if (!server.started) return;
  useTestPostgresUrl(server.url);
  (globalThis as { kyodoTestPostgres?: TestPostgres }).kyodoTestPostgres = server;
}
