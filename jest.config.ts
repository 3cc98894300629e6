import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from 'jest';
import { pathsToModuleNameMapper } from 'ts-jest';
import ts from 'typescript';

// Path aliases live in tsconfig.json only; read them from there.
const { config: tsconfig } = ts.readConfigFile('./tsconfig.json', ts.sys.readFile);
const paths = tsconfig?.compilerOptions?.paths ?? {};

/** What every project shares: TypeScript through ts-jest, the path aliases, Node. */
const shared = {
  rootDir: '.',
  moduleFileExtensions: ['js', 'json', 'ts'],
  testRegex: '.*\\.spec\\.ts$',
  transform: { '^.+\\.(t|j)s$': 'ts-jest' },
  moduleNameMapper: pathsToModuleNameMapper(paths, { prefix: '<rootDir>/' }),
  testEnvironment: 'node',
} satisfies Config;

/** A PostgreSQL server for the suites that use one: the machine's, or one from npm when none answers. */
const database = {
  globalSetup: '<rootDir>/libs/testing/src/jest-global-setup.ts',
  globalTeardown: '<rootDir>/libs/testing/src/jest-global-teardown.ts',
} satisfies Config;

/** The specs next to the code: libraries, config, and the API's pure helpers (the web app's are Vitest's). */
const SOURCE_ROOTS = ['libs', 'apps', 'config'];

/**
 * A spec next to the code needs a database (or Redis) when it opens one: the test database, a
 * data source, a running system, or a client of its own. Read from the specs themselves, so a new
 * one lands on the right side without a list to keep.
 */
const OPENS_A_DATABASE =
  /\b(createTestDatabase|createDataSource|startSystem|startEmbeddedPostgres)\b|from '(pg|ioredis|bullmq)'/;

const databaseSpecs = SOURCE_ROOTS.flatMap((root) =>
  readdirSync(root, { recursive: true, encoding: 'utf8' })
    .map((file) => join(root, file))
    .filter((file) => file.endsWith('.spec.ts') && !file.includes('node_modules') && !file.startsWith('apps/web/'))
    .filter((file) => OPENS_A_DATABASE.test(readFileSync(file, 'utf8'))),
).sort();

const escape = (path: string) => path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The architecture checks (test/architecture) read the source; those that open no database run with the unit
 * specs, in seconds, and the others stay end-to-end. Told apart as the specs next to the code are.
 */
const ARCHITECTURE = 'test/architecture';
const architectureSpecs = readdirSync(ARCHITECTURE)
  .filter((file) => file.endsWith('.spec.ts'))
  .map((file) => join(ARCHITECTURE, file));
const opensADatabase = (file: string) => OPENS_A_DATABASE.test(readFileSync(file, 'utf8'));
const ignored = (files: string[]) => files.map((file) => `<rootDir>/${escape(file)}$`);

/**
 * Three projects, all run by `npm test` (test:postgres, test:pglite); pick one with --selectProjects:
 * `unit` (npm run test:unit, no database, seconds), `db` (npm run test:db) and `e2e` (the built
 * system, test/; the reliability suites (npm run test:reliability) and the browser suites
 * (npm run test:web) run on their own, by path).
 */
const config: Config = {
  testTimeout: 120_000,
  projects: [
    {
      ...shared,
      displayName: 'unit',
      roots: [...SOURCE_ROOTS, ARCHITECTURE].map((root) => `<rootDir>/${root}`),
      testPathIgnorePatterns: [
        '/node_modules/',
        '<rootDir>/apps/web/',
        ...databaseSpecs.map((file) => `<rootDir>/${escape(file)}$`),
        ...ignored(architectureSpecs.filter(opensADatabase)),
      ],
    },
    {
      ...shared,
      ...database,
      displayName: 'db',
      roots: SOURCE_ROOTS.map((root) => `<rootDir>/${root}`),
      // An impossible match when there are none, rather than every spec.
      testRegex: databaseSpecs.length > 0 ? databaseSpecs.map((file) => `/${escape(file)}$`) : ['^$'],
      testPathIgnorePatterns: ['/node_modules/', '<rootDir>/apps/web/'],
    },
    {
      ...shared,
      ...database,
      displayName: 'e2e',
      roots: ['<rootDir>/test'],
      testPathIgnorePatterns: [
        '/node_modules/',
        '<rootDir>/test/reliability/',
        '<rootDir>/test/web/',
        ...ignored(architectureSpecs.filter((file) => !opensADatabase(file))),
      ],
    },
  ],
};

export default config;
