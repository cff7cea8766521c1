// @ts-check
import eslint from '@eslint/js';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

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
            { group: ['node:*', 'fs', 'crypto', 'typeorm', 'ioredis', 'bullmq'], message: 'No I/O in workflows.' },
          ],
        },
      ],
    },
  },
  prettier,
);
