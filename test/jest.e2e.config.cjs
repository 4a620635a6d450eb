/**
 * Browser journeys: the built server (api/dist + web/dist) on a fresh database, driven by
 * playwright-core in Debian's Chromium. Screenshots land in test-results/ for people to look at.
 */
const { resolve } = require('node:path');

const root = resolve(__dirname, '..');
module.exports = {
  displayName: 'e2e',
  rootDir: root,
  roots: ['<rootDir>/test/e2e'],
  testEnvironment: 'node',
  testMatch: ['**/*.e2e.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/api/tsconfig.json' }] },
  moduleNameMapper: { '^@red-chair/domain$': '<rootDir>/libs/domain/src/index.ts' },
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  testTimeout: 60000,
  maxWorkers: 1,
};
