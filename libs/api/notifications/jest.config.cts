const { swcTransform } = require('../../../jest.preset.js');

module.exports = {
  displayName: 'api-notifications',
  preset: '../../../jest.preset.js',
  testEnvironment: 'node',
  transform: { '^.+\\.[tj]s$': swcTransform },
  moduleFileExtensions: ['ts', 'js'],
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
