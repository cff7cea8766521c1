// @ts-check
const { compilerOptions } = require('./tsconfig.json');

/** The same @ipc/... aliases as tsc and the build, derived from tsconfig.json. */
const moduleNameMapper = Object.fromEntries(
  Object.entries(compilerOptions.paths).map(([alias, [target]]) => [
    `^${alias}$`,
    `<rootDir>/${target.replace(/^\.\//, '')}`,
  ]),
);

// NestJS 12 and the OpenID libraries (jose, openid-client and its oauth4webapi) ship ES modules only;
// Jest on Node 20 loads CommonJS, so swc converts them too.
const transformIgnorePatterns = ['/node_modules/(?!(@nestjs|jose|openid-client|oauth4webapi)/)'];

const swcTransform = [
  '@swc/jest',
  {
    jsc: {
      target: 'es2022',
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
  },
];

const shared = {
  testEnvironment: 'node',
  transform: { '^.+\\.[tj]s$': swcTransform },
  transformIgnorePatterns,
  moduleNameMapper,
};

/** @type {import('jest').Config} */
module.exports = {
  // Generous: the integration files seed people through the real stack, two files at a time on two cores.
  testTimeout: 120_000,
  testSequencer: '<rootDir>/jest.sequencer.js',
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '/tools/'],
  projects: [
    {
      displayName: 'unit',
      ...shared,
      testMatch: [
        '<rootDir>/libs/**/*.spec.ts',
        '<rootDir>/apps/**/*.spec.ts',
        '<rootDir>/workflows/**/*.spec.ts',
        '<rootDir>/infra/**/*.spec.ts',
      ],
    },
    {
      displayName: 'integration',
      ...shared,
      testMatch: ['<rootDir>/test/**/*.spec.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      setupFiles: ['<rootDir>/test/support/worker-services.ts'],
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
    },
  ],
};
