const { nodeProject } = require('../../jest.preset.js');

/** Integration tests: the real app, the real /graphql endpoint, a real PostgreSQL (embedded unless TEST_DATABASE_URL). */
module.exports = nodeProject(__dirname, 'api-integration', {
  // A few dependencies ship only ES modules; Node loads them natively, Jest needs them transpiled.
  transformIgnorePatterns: ['^(?!.*/node_modules/content-disposition/).*/node_modules/'],
  testMatch: ['<rootDir>/test/**/*.integration-spec.ts'],
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  testTimeout: 60000,
  maxWorkers: 2,
});
