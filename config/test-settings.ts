/**
 * The settings of the test and benchmark runs (not of Kyodo itself): which
 * database the suites use and where the shared servers are. Read here, in
 * the config layer, like every other environment variable.
 */
export const TEST_SETTINGS = {
  /** `postgres` (a server) or `pglite` (embedded). */
  database: (process.env.KYODO_TEST_DB ?? 'postgres') as 'postgres' | 'pglite',
  postgresUrl: process.env.KYODO_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test',
  redisUrl: process.env.KYODO_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
  /** Rewrite generated docs (docs/authorization.md) instead of comparing them. */
  writeDocs: process.env.KYODO_WRITE_DOCS === '1',
  concurrencyRepetitions: Number(process.env.KYODO_CONCURRENCY_REPETITIONS ?? 100),
} as const;

/** What a process started by a test inherits from the shell: enough to find binaries, nothing else. */
export function inheritedEnvironment(): Record<string, string> {
  return { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp' };
}
