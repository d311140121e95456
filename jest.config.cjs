// One jest run for the whole repository: `unit` (pure, fast) and `integration` (real PostgreSQL
// and Redis, see tools/jest/global-setup.cjs). The Angular client's browser tests run in Playwright.
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      target: 'es2022',
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
  },
];

const common = {
  rootDir: __dirname,
  // otplib's Base32 and HMAC (@scure/base, @noble/hashes 2) ship ES modules only: compiled to
  // CommonJS like our own files.
  transform: { '^.+\\.ts$': swc, '/node_modules/@(scure|noble)/.+\\.js$': swc },
  transformIgnorePatterns: ['^(?!.*/node_modules/@(scure|noble)/).*/node_modules/'],
  moduleNameMapper: {
    '^@ibd/(api|web|shared)/(.+)$': '<rootDir>/libs/$1/$2/src/index.ts',
    '^@ibd/migrations$': '<rootDir>/migrations/index.ts',
  },
  testEnvironment: 'node',
  setupFiles: ['<rootDir>/tools/jest/load-env.cjs'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '/apps/web-e2e/'],
};

module.exports = {
  // A global option in jest (ignored inside a project): integration tests boot Nest and databases.
  testTimeout: 60_000,
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: ['<rootDir>/{apps,libs,tools,migrations,docker}/**/*.spec.ts'],
      // Angular components and signal stores run in the `component` project.
      testPathIgnorePatterns: [...common.testPathIgnorePatterns, '\\.(component|store)\\.spec\\.ts$'],
    },
    {
      // Angular components rendered by the test bed in jsdom (zoneless, like the app).
      ...require('jest-preset-angular/presets').createCjsPreset({ tsconfig: '<rootDir>/apps/web/tsconfig.jest.json' }),
      displayName: 'component',
      rootDir: __dirname,
      moduleNameMapper: common.moduleNameMapper,
      setupFiles: ['<rootDir>/tools/jest/load-env.cjs'],
      setupFilesAfterEnv: ['<rootDir>/apps/web/jest-setup.ts'],
      testMatch: ['<rootDir>/libs/web/**/*.{component,store}.spec.ts'],
      testPathIgnorePatterns: common.testPathIgnorePatterns,
      // Angular's .mjs bundles and the ESM-only helpers of Transloco are compiled too.
      transformIgnorePatterns: ['node_modules/(?!(.*\\.mjs$|@jsverse/))'],
    },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/{apps,libs,tools,migrations}/**/*.integration-spec.ts'],
      globalSetup: '<rootDir>/tools/jest/global-setup.cjs',
      globalTeardown: '<rootDir>/tools/jest/global-teardown.cjs',
    },
  ],
};
