const { nodeProject } = require('../../jest.preset.js');

/** Integration tests: the real app, the real /graphql endpoint, a real PostgreSQL (embedded unless TEST_DATABASE_URL). */
module.exports = nodeProject(__dirname, 'api-integration', {
  // A few dependencies ship only ES modules; Node loads them natively, Jest needs them transpiled (the SHACL validator
  // of the open-data test and the RDF/JS packages it is built on among them).
  transformIgnorePatterns: [
    '^(?!.*/node_modules/(content-disposition|rdf-validate-shacl|rdf-validate-datatype|rdf-literal|rdf-dataset-ext|@rdfjs|@vocabulary|@tpluscode|clownface)/).*/node_modules/',
  ],
  testMatch: ['<rootDir>/test/**/*.integration-spec.ts'],
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  testTimeout: 60000,
  maxWorkers: 2,
});
