/**
 * GraphQL Code Generator plugin: typed-document-node in string mode, but with one `TypedDocumentString` class for all
 * generated files. The plugin itself writes the class into every file it generates; this drops that copy and imports
 * the class from `typedDocumentStringFrom` (config) instead, so that documents of every library are the same class.
 */
const { plugin: typedDocumentNode, validate } = require('@graphql-codegen/typed-document-node');
// the template as the plugin's own helpers write it
const { typedDocumentString } = require(
  require.resolve('@graphql-codegen/visitor-plugin-common', {
    paths: [require.resolve('@graphql-codegen/typed-document-node')],
  }),
);

module.exports = {
  validate,
  async plugin(schema, documents, config, info) {
    const from = config.typedDocumentStringFrom;
    if (!from) throw new Error('typed-document-string: set typedDocumentStringFrom');
    const output = await typedDocumentNode(schema, documents, config, info);
    if (!output.content.includes(typedDocumentString.template)) return output;
    return {
      // the class needed DocumentTypeDecoration; the operations do not
      prepend: [
        ...(output.prepend ?? []).filter((line) => !line.includes('DocumentTypeDecoration')),
        `import { TypedDocumentString } from '${from}';`,
      ],
      content: output.content.replace(typedDocumentString.template, ''),
    };
  },
};
