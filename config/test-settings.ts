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
  /** The browser the web suites drive (Debian's `chromium`; .ci/run installs it). */
  chromiumPath: process.env.KYODO_TEST_CHROMIUM ?? '/usr/bin/chromium',
  /** Where the web suites save their screenshots (the docs show them). */
  screenshotDir: process.env.KYODO_SCREENSHOT_DIR ?? 'docs/screenshots',
} as const;

/**
 * Points this run's suites at the PostgreSQL server Jest's global setup
 * started (none answered at the configured URL). The suites read the URL
 * above when they load, after the setup, through the environment they share.
 */
export function useTestPostgresUrl(url: string): void {
  process.env.KYODO_TEST_POSTGRES_URL = url;
}

/** Where npm's headless Chromium (`@sparticuz/chromium`) reads its fonts: its fontconfig directory. */
export function bundledChromiumFontDir(tmp: string): string {
  return process.env.FONTCONFIG_PATH ?? `${tmp}/fonts`;
}

/** What a process started by a test inherits from the shell: enough to find binaries, nothing else. */
export function inheritedEnvironment(): Record<string, string> {
  return { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp' };
}
