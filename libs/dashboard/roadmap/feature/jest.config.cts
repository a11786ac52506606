module.exports = {
  displayName: 'dashboard-roadmap-feature',
  preset: '../../../../jest.preset.js',
  setupFilesAfterEnv: ['<rootDir>/src/test-setup.ts'],
  testEnvironment: 'jsdom',
  transform: {
    '^.+\\.(ts|mjs|js|html)$': [
      'jest-preset-angular',
      { tsconfig: '<rootDir>/tsconfig.spec.json', stringifyContentPathRegex: '\\.(html|svg)$' },
    ],
  },
  // Packages that ship plain ESM in .js files: Transloco's helpers, and ECharts through the shared UI library.
  transformIgnorePatterns: ['node_modules/(?!(.*\\.mjs$|@jsverse/utils/|echarts/|zrender/))'],
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
