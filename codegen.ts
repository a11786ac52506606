import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed GraphQL operations for the dashboard, generated from the committed API schema. They are not committed
 * (decision 0051): `npm ci`, `npm run build` and `npm test` write them; `npm run codegen` rewrites them by hand.
 *
 * The schema's own types that operations use (enums, inputs, scalars) are generated once, into the shared
 * data-access library; each `*.graphql` file gets its typed operations beside it, in `*.generated.ts`, so that a
 * change of one feature's operations touches only that feature.
 */
const SCHEMA_TYPES = 'libs/dashboard/shared/data-access/src/lib/schema.generated.ts';
const SHARED = 'libs/dashboard/shared/data-access/src/';

/**
 * Operations beside their `.graphql` file, importing the schema's types from `schemaTypes` (a path from the workspace
 * root, or `~` and an alias); the preset wants that path from the output's folder, the plugin from the root.
 */
function nearOperations(outputFolder: string, schemaTypes: string, typedDocumentStringFrom: string) {
  const fromOutput = schemaTypes.startsWith('~') ? schemaTypes : schemaTypes.replace(outputFolder, '');
  return {
    preset: 'near-operation-file' as const,
    presetConfig: { extension: '.generated.ts', baseTypesPath: fromOutput },
    // typed-document-node in string mode, with one shared TypedDocumentString class instead of a copy per file
    plugins: ['typescript-operations', './tools/codegen/typed-document-string.cjs'],
    // the preset and the plugin each write the same import of the schema's types; identical lines are written once
    config: { documentMode: 'string', importSchemaTypesFrom: schemaTypes, typedDocumentStringFrom },
  };
}

const config: CodegenConfig = {
  schema: 'apps/api/schema.gql',
  ignoreNoDocuments: false,
  config: {
    enumsAsTypes: true,
    useTypeImports: true,
    avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
    scalars: { LocalDate: 'string', DateTime: 'string', ID: 'string', Money: 'string' },
  },
  generates: {
    [SCHEMA_TYPES]: {
      documents: ['libs/dashboard/**/*.graphql'],
      plugins: ['typescript-operations'],
      config: { generateOperationTypes: false },
    },
    // within the shared library by a relative path, elsewhere through its alias
    [SHARED]: {
      documents: [`${SHARED}**/*.graphql`],
      ...nearOperations(SHARED, SCHEMA_TYPES, './typed-document-string'),
    },
    'libs/dashboard/': {
      documents: ['libs/dashboard/**/*.graphql', `!${SHARED}**`],
      ...nearOperations(
        'libs/dashboard/',
        '~@masswerk/dashboard/shared/data-access',
        '@masswerk/dashboard/shared/data-access',
      ),
    },
  },
};

export default config;
