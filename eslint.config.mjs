// @ts-check
import eslint from '@eslint/js';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

/**
 * SQL and the database handles live in libs/persistence (its migrations included): everything else
 * calls its repositories. test/ is outside the rule: its integration tests, fixtures and benchmarks
 * set up rows and read back what was recorded across apps, which is what a repository hides.
 * `.query(` with a Temporal query definition (named `...Query`, as `handle.query(journeyQuery)`, or a
 * case kind's `query`, as `handle.query(kind.query)`) is not SQL and stays allowed.
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
        ":not([arguments.0.type='MemberExpression'][arguments.0.property.name=/^query$|Query$/])",
      message: 'SQL lives in libs/persistence: add a named method to a repository there.',
    },
    {
      selector: "CallExpression[callee.property.name='createQueryBuilder']",
      message: 'SQL lives in libs/persistence: add a named method to a repository there.',
    },
  ],
};

// Until the repository moves land (issue 11): the files that still hold SQL or a database handle.
const UNTIL_REPOSITORY_MOVES_LAND = [
  'apps/api/src/carers/carers.service.ts',
  'apps/api/src/common/idempotency.interceptor.ts',
  'apps/api/src/health/health.controller.ts',
  'apps/api/src/participants/participants.service.ts',
  'apps/api/src/programme/budget-and-review-figures.ts',
  'apps/api/src/programme/demographics/demographics.service.ts',
  'apps/api/src/programme/demographics/demographics.store.ts',
  'apps/api/src/programme/programme-read-models.ts',
  'apps/api/src/programme/site-settings.service.ts',
  'apps/api/src/recovery/case-recovery.service.ts',
  'apps/api/src/reminders/contact-preferences.service.ts',
  'apps/api/src/reminders/reminders.service.ts',
  'apps/worker/src/activities/carer-records.ts',
  'apps/worker/src/activities/carer.activities.ts',
  'apps/worker/src/activities/reminder.activities.ts',
  'apps/worker/src/journey-worker.service.ts',
  'apps/worker/src/reminder-delivery.service.ts',
  'libs/notifications/src/delivery/reminder-delivery.ts',
  'libs/notifications/src/reminder-queue.module.ts',
  'libs/notifications/src/reminder-records.ts',
];

export default tseslint.config(
  { ignores: ['dist/', 'tools/', '.data/', 'node_modules/', 'coverage/', 'jest.config.js', 'eslint.config.mjs'] },
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
    ignores: ['libs/persistence/**', ...UNTIL_REPOSITORY_MOVES_LAND],
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
