import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed operations for the integration tests, from `graphql()` calls in the int-spec files and in
 * test/support. Paths are relative to the repository root (Nx runs it from there); the output in
 * test/support/gql/ is committed and checked by `npm run check:generated`.
 */
const config: CodegenConfig = {
  schema: 'api/schema.gql',
  documents: ['api/src/**/*.int-spec.ts', 'test/support/**/*.ts', '!test/support/gql/**', '!test/support/codegen.ts'],
  ignoreNoDocuments: false,
  generates: {
    'test/support/gql/': {
      preset: 'client',
      // Tests read whole results: no fragment masking.
      presetConfig: { fragmentMasking: false, gqlTagName: 'graphql' },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        skipTypename: true,
        scalars: { DateTime: 'string' },
        strictScalars: true,
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
      },
    },
  },
};

export default config;
