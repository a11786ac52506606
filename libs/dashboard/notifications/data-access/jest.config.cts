module.exports = {
  displayName: 'dashboard-notifications-data-access',
  preset: '../../../../jest.preset.js',
  setupFilesAfterEnv: ['<rootDir>/src/test-setup.ts'],
  testEnvironment: 'jsdom',
  transform: {
    '^.+\\.(ts|mjs|js|html)$': [
      'jest-preset-angular',
      { tsconfig: '<rootDir>/tsconfig.spec.json', stringifyContentPathRegex: '\\.(html|svg)$' },
    ],
  },
  transformIgnorePatterns: ['node_modules/(?!(.*\\.mjs$|@jsverse/utils/|echarts/|zrender/))'],
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
