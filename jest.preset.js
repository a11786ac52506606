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

module.exports = { ...nxPreset, swcTransform };
