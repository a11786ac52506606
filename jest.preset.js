const path = require('node:path');
const nxPreset = require('@nx/jest/preset').default;

/** SWC transform shared by every Node-side project: fast, and keeps Nest's decorator metadata. */
const swcTransform = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      target: 'es2022',
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
  },
];

/**
 * The configuration of a Node-side project (the API, its libraries, the tools): its unit specs (`*.spec.ts` below `src`)
 * through SWC, and whatever `overrides` adds or changes. `dir` is the project's folder (its config's `__dirname`):
 * Jest finds a preset given by a file path only relative to the project.
 */
const nodeProject = (dir, displayName, overrides = {}) => ({
  displayName,
  preset: path.join(path.relative(dir, __dirname), 'jest.preset.js'),
  testEnvironment: 'node',
  transform: { '^.+\\.[tj]s$': swcTransform },
  moduleFileExtensions: ['ts', 'js'],
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  ...overrides,
});

/**
 * The configuration of an Angular library of the dashboard: jsdom, jest-preset-angular with the library's
 * tsconfig.spec.json, and the packages that ship plain ESM in .js files (Transloco's helpers, and ECharts through the
 * shared UI library) transformed too.
 */
const angularLibrary = (dir, displayName) => ({
  displayName,
  preset: path.join(path.relative(dir, __dirname), 'jest.preset.js'),
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
});

/**
 * A component spec's first test compiles its templates, which on a loaded two-core CI machine has taken more than
 * Jest's default five seconds; thirty leaves room without hiding a test that hangs.
 */
module.exports = { ...nxPreset, testTimeout: 30_000, swcTransform, nodeProject, angularLibrary };
