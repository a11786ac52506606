/**
 * The Jest configuration of every Angular library of the dashboard (they all sit at libs/dashboard/<domain>/<type>; beside jest.preset.js, outside every project):
 * jsdom, jest-preset-angular with the library's tsconfig.spec.json, and the packages that ship plain ESM in .js files
 * (Transloco's helpers, and ECharts through the shared UI library) transformed too. A library's jest.config.cts is
 * `module.exports = angularLibrary('<project name>')`.
 */
function angularLibrary(displayName) {
  return {
    displayName,
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
}

module.exports = { angularLibrary };
