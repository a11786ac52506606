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
 * A component spec's first test compiles its templates, which on a loaded two-core CI machine has taken more than
 * Jest's default five seconds; thirty leaves room without hiding a test that hangs.
 */
module.exports = { ...nxPreset, testTimeout: 30_000, swcTransform };
