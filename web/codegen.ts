import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed operations for the web app. Paths are relative to the repository root: Nx runs
 * `graphql-codegen --config web/codegen.ts` from there. The output in `web/src/gql/` is committed;
 * CI regenerates it and fails on drift, so keep it deterministic (no timestamps, sorted input).
 */
const config: CodegenConfig = {
  schema: 'api/schema.gql',
  documents: ['web/src/**/*.{ts,tsx}', '!web/src/gql/**', '!web/src/**/*.spec.{ts,tsx}'],
  ignoreNoDocuments: false,
  generates: {
    'web/src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: true, gqlTagName: 'graphql' },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        skipTypename: false,
        scalars: { DateTime: 'string' },
        strictScalars: true,
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
      },
    },
  },
  hooks: {},
};

export default config;
