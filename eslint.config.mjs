import nx from '@nx/eslint-plugin';
import angular from 'angular-eslint';
import jest from 'eslint-plugin-jest';

const scopes = [
  { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:api', 'scope:shared'] },
  { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:web', 'scope:shared'] },
  { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
];
const types = [
  { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:feature', 'type:data-access', 'type:ui', 'type:util'] },
  { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:util'] },
  { sourceTag: 'type:feature', onlyDependOnLibsWithTags: ['type:feature', 'type:data-access', 'type:ui', 'type:util'] },
  { sourceTag: 'type:data-access', onlyDependOnLibsWithTags: ['type:data-access', 'type:util'] },
  { sourceTag: 'type:ui', onlyDependOnLibsWithTags: ['type:ui', 'type:util'] },
  { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util'] },
];

// The API's libraries in layers, top to bottom: each may import only the layers below it, so a backwards
// import (e.g. cases reaching into placements) fails lint. docs/architecture.md explains the order.
const apiLayers = [
  'testing',
  'demo',
  'maintenance',
  'exchange',
  'statistics',
  'alerts',
  'queue-board',
  'service-records',
  'placements',
  'referrals',
  'cases',
  'victims',
  'auth',
  'users',
  'units',
  'audit',
  'identity',
  'interchange',
  'core',
];
const layers = apiLayers.map((layer, i) => ({
  sourceTag: `layer:${layer}`,
  onlyDependOnLibsWithTags: ['scope:shared', ...apiLayers.slice(i + 1).map((below) => `layer:${below}`)],
}));

export default [
  {
    ignores: [
      '**/dist',
      '**/node_modules',
      '**/.angular',
      '**/.nx',
      '**/tmp',
      '**/test-results',
      '**/playwright-report',
    ],
  },
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  {
    files: ['**/*.ts', '**/*.js', '**/*.mjs', '**/*.cjs'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        { enforceBuildableLibDependency: true, allow: [], depConstraints: [...scopes, ...types, ...layers] },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      'no-console': 'error',
    },
  },
  {
    files: ['**/*.cjs', 'tools/**/*.js', '**/webpack.config.js'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Build configuration, not application code: it may reach the shared build helpers in tools/.
    files: ['**/webpack.config.js'],
    rules: { '@nx/enforce-module-boundaries': 'off' },
  },
  {
    files: ['tools/**/*', 'apps/web-e2e/**/*', '**/*.spec.ts', '**/*.integration-spec.ts'],
    rules: { 'no-console': 'off' },
  },
  {
    // Type-aware rules for application code: promises that are dropped, passed where a void callback is
    // expected or awaited when they are not promises, and conditions the types prove constant.
    files: ['apps/**/*.ts', 'libs/**/*.ts'],
    languageOptions: {
      parserOptions: {
        project: [
          'tsconfig.typecheck.json',
          'apps/web/tsconfig.spec.json',
          'apps/web/tsconfig.app.json',
          'apps/web-e2e/tsconfig.json',
        ],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      // The compiler runs without noUncheckedIndexedAccess, so `rows[0]` or `record[key]` looks always
      // defined to this rule: where it may be missing, say so (`.at(0)`, `const [row]: [Row?]`, `key in`).
      '@typescript-eslint/no-unnecessary-condition': 'error',
    },
  },
  {
    // Raw SQL answers `any` from TypeORM and pg: every call declares its row type, through the helpers in
    // libs/api/core/src/database/sql.ts or pg's `query<Row>(…)`, so a renamed column is a compile error.
    files: ['libs/**/src/**/*.ts', 'apps/*/src/**/*.ts'],
    ignores: ['**/*.spec.ts', '**/*.integration-spec.ts', 'libs/api/core/src/database/sql.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='query']:not([typeArguments])",
          message: 'Use queryRows/queryRow/execute from @ibd/api/core so the row type is declared.',
        },
      ],
    },
  },
  {
    files: ['**/*.spec.ts', '**/*.integration-spec.ts'],
    ...jest.configs['flat/recommended'],
  },
  {
    files: ['**/*.spec.ts', '**/*.integration-spec.ts'],
    rules: {
      // Assertions also come as supertest's `.expect(status)` and as the specs' own `expect…` helpers.
      'jest/expect-expect': ['error', { assertFunctionNames: ['expect', 'expect*', '**.expect'] }],
      // A setup step may check that the fixture it made exists.
      'jest/no-standalone-expect': ['error', { additionalTestBlockFunctions: ['beforeAll'] }],
    },
  },
  ...nx.configs['flat/angular'].map((config) => ({ ...config, files: ['apps/web/**/*.ts', 'libs/web/**/*.ts'] })),
  ...nx.configs['flat/angular-template'].map((config) => ({
    ...config,
    files: ['apps/web/**/*.html', 'libs/web/**/*.html'],
  })),
  ...angular.configs.templateAccessibility.map((config) => ({
    ...config,
    files: ['apps/web/**/*.html', 'libs/web/**/*.html'],
  })),
  {
    files: ['apps/web/**/*.ts', 'libs/web/**/*.ts'],
    rules: {
      '@angular-eslint/directive-selector': ['error', { type: 'attribute', prefix: 'ibd', style: 'camelCase' }],
      '@angular-eslint/component-selector': ['error', { type: 'element', prefix: 'ibd', style: 'kebab-case' }],
    },
  },
];
