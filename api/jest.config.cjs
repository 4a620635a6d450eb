/**
 * API tests: `*.spec.ts` are unit tests (no database); `*.int-spec.ts` boot the app on a fresh
 * database cloned from a migrated template (test/support/global-setup.ts).
 */
const { resolve } = require('node:path');

const root = resolve(__dirname, '..');
module.exports = {
  displayName: 'api',
  rootDir: root,
  roots: ['<rootDir>/api/src'],
  testEnvironment: 'node',
  testMatch: ['**/*.spec.ts', '**/*.int-spec.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/api/tsconfig.json' }] },
  moduleNameMapper: { '^@red-chair/domain$': '<rootDir>/libs/domain/src/index.ts' },
  globalSetup: '<rootDir>/test/support/jest-global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  setupFilesAfterEnv: ['<rootDir>/test/support/matchers.ts'],
  testTimeout: 30000,
  maxWorkers: 2,
};
