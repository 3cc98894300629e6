import type { Config } from 'jest';
import { pathsToModuleNameMapper } from 'ts-jest';
import ts from 'typescript';

// Path aliases live in tsconfig.json only; read them from there.
const { config: tsconfig } = ts.readConfigFile('./tsconfig.json', ts.sys.readFile);
const paths = tsconfig?.compilerOptions?.paths ?? {};

const config: Config = {
  moduleFileExtensions: ['js', 'json', 'ts'],
  rootDir: '.',
  roots: ['<rootDir>/libs', '<rootDir>/apps', '<rootDir>/config', '<rootDir>/test'],
  testRegex: '.*\\.spec\\.ts$',
  // The reliability suites (npm run test:reliability) and the browser suites (npm run test:web) run on their own.
  testPathIgnorePatterns: [
    '/node_modules/',
    '<rootDir>/test/reliability/',
    '<rootDir>/test/web/',
    '<rootDir>/apps/web/',
  ],
  transform: { '^.+\\.(t|j)s$': 'ts-jest' },
  moduleNameMapper: pathsToModuleNameMapper(paths, { prefix: '<rootDir>/' }),
  testEnvironment: 'node',
  // A PostgreSQL server for the suites: the machine's, or one from npm when none answers.
  globalSetup: '<rootDir>/libs/testing/src/jest-global-setup.ts',
  globalTeardown: '<rootDir>/libs/testing/src/jest-global-teardown.ts',
  testTimeout: 120_000,
};

export default config;
