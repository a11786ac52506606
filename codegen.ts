import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed GraphQL operations for the dashboard, generated from the committed API schema. `npm run codegen` rewrites
 * them; `npm run codegen:check` (part of `npm test`) fails when they are out of date.
 */
const config: CodegenConfig = {
  schema: 'apps/api/schema.gql',
  documents: ['libs/dashboard/**/*.graphql'],
  ignoreNoDocuments: false,
  generates: {
    'libs/dashboard/shared/data-access/src/lib/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false, gqlTagName: 'graphql' },
      config: {
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
        scalars: { LocalDate: 'string', DateTime: 'string', ID: 'string', Money: 'string' },
      },
    },
  },
  hooks: { afterAllFileWrite: ['prettier --write'] },
};

export default config;
