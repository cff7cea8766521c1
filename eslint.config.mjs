// @ts-check
import eslint from '@eslint/js';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

/**
 * SQL and the database handles live in libs/persistence (its migrations included): everything else
 * calls its repositories. test/ is outside the rule: its integration tests, fixtures and benchmarks
 * set up rows and read back what was recorded across apps, which is what a repository hides.
 * `.query(` with a Temporal query definition (named `...Query`, as `handle.query(journeyQuery)`, or a
 * case kind's `query`, as `handle.query(kind.query)`), or the case workflow client's query of a case
 * kind (named `...Case`, as `workflows.query(carerCase, id)`), is not SQL and stays allowed.
 */
const PERSISTENCE_ONLY = {
  imports: {
    paths: [
      {
        name: 'typeorm',
        importNames: ['DataSource', 'EntityManager', 'QueryRunner', 'Repository'],
        message: 'Use a repository from @ipc/persistence: database handles live in libs/persistence.',
      },
      { name: 'pg', message: 'Use a repository from @ipc/persistence: SQL lives in libs/persistence.' },
    ],
  },
  syntax: [
    {
      selector:
        "CallExpression[callee.property.name='query']" +
        ":not([arguments.0.type='Identifier'][arguments.0.name=/Query$/])" +
        ":not([arguments.0.type='MemberExpression'][arguments.0.property.name=/^query$|Query$/])" +
        ":not([arguments.0.type='Identifier'][arguments.0.name=/Case$/])",
      message: 'SQL lives in libs/persistence: add a named method to a repository there.',
    },
    {
      selector: "CallExpression[callee.property.name='createQueryBuilder']",
      message: 'SQL lives in libs/persistence: add a named method to a repository there.',
    },
  ],
};

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'tools/',
      '.data/',
      'node_modules/',
      'coverage/',
      'test-results/',
      'jest.config.js',
      'jest.sequencer.js',
      'eslint.config.mjs',
      // The console's one browser script: plain JavaScript served as is, outside the TypeScript project.
      'apps/console/public/',
    ],
  },
  eslint.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false },
      ],
      '@typescript-eslint/no-extraneous-class': ['error', { allowWithDecorator: true }],
    },
  },
  {
    files: ['apps/**/*.ts', 'libs/**/*.ts', 'workflows/**/*.ts', 'infra/**/*.ts'],
    ignores: ['libs/persistence/**'],
    rules: {
      'no-restricted-imports': ['error', PERSISTENCE_ONLY.imports],
      'no-restricted-syntax': ['error', ...PERSISTENCE_ONLY.syntax],
    },
  },
  {
    files: ['workflows/**/*.ts'],
    rules: {
      // Workflows are deterministic: only @temporalio/workflow and the domain may be imported.
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@ipc/*', '!@ipc/domain'],
              message: 'Workflows may import only @temporalio/workflow and @ipc/domain.',
            },
            {
              group: ['@temporalio/*', '!@temporalio/workflow'],
              message: 'Workflows may import only @temporalio/workflow.',
            },
            {
              group: ['node:*', 'fs', 'crypto', 'typeorm', 'pg', 'ioredis', 'bullmq'],
              message: 'No I/O in workflows.',
            },
          ],
        },
      ],
    },
  },
  prettier,
);
