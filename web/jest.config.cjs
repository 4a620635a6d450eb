/**
 * Web unit and component tests (jsdom). ts-jest transpiles only; `tsc -p web/tsconfig.json` type-checks.
 * `@red-chair/domain` maps to its TypeScript source, CSS modules to their class names.
 */
module.exports = {
  displayName: 'web',
  rootDir: __dirname,
  testEnvironment: 'jsdom',
  testMatch: ['<rootDir>/src/**/*.spec.{ts,tsx}'],
  transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }] },
  moduleNameMapper: {
    '^@red-chair/domain$': '<rootDir>/../libs/domain/src/index.ts',
    '\\.module\\.css$': 'identity-obj-proxy',
    '\\.css$': '<rootDir>/test/style-stub.cjs',
  },
  setupFiles: ['<rootDir>/test/setup.cjs'],
  setupFilesAfterEnv: ['<rootDir>/test/setup-after-env.cjs'],
};
