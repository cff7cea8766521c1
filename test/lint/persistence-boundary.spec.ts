import { execFileSync } from 'node:child_process';

interface Planted {
  filePath: string;
  code: string;
}

/**
 * The repository's own ESLint configuration, run on planted files through ESLint's Node API: only
 * the persistence-boundary rules, without type information (a planted file is in no tsconfig). In a
 * child process, since Jest's module sandbox cannot load the ES-module config file.
 */
const LINT_PLANTED = `
const { ESLint } = require('eslint');
const planted = JSON.parse(require('node:fs').readFileSync(0, 'utf8'));
const eslint = new ESLint({
  overrideConfig: { languageOptions: { parserOptions: { projectService: false } } },
  ruleFilter: ({ ruleId }) => ruleId === 'no-restricted-imports' || ruleId === 'no-restricted-syntax',
});
Promise.all(planted.map(({ filePath, code }) => eslint.lintText(code, { filePath }))).then((results) =>
  console.log(JSON.stringify(results.map(([result]) => result.messages.map((m) => m.ruleId + ': ' + m.message)))),
);`;

function boundaryErrors(planted: Planted[]): string[][] {
  const output = execFileSync(process.execPath, ['-e', LINT_PLANTED], {
    input: JSON.stringify(planted),
    encoding: 'utf8',
  });
  return JSON.parse(output) as string[][];
}

const PLANTED_SQL = `
import type { DataSource } from 'typeorm';
export function countPeople(dataSource: DataSource) {
  return dataSource.query('SELECT 1');
}
`;
const PLANTED_QUERY_BUILDER = `
export const rows = (repository: { createQueryBuilder(): unknown }) => repository.createQueryBuilder();
`;
const TEMPORAL_QUERY = `
export const state = (handle: { query(q: string): unknown }, journeyQuery: string) => handle.query(journeyQuery);
`;

const CASE_QUERY = `
export const carer = (workflows: { query(kind: unknown, id: string): unknown }, carerCase: unknown, id: string) =>
  workflows.query(carerCase, id);
`;

describe('the persistence boundary lint rule', () => {
  let apiSql: string[], activityQueryBuilder: string[], repositorySql: string[];
  let migrationSql: string[], gatewayTemporalQuery: string[], serviceCaseQuery: string[];

  beforeAll(() => {
    [apiSql, activityQueryBuilder, repositorySql, migrationSql, gatewayTemporalQuery, serviceCaseQuery] =
      boundaryErrors([
        { filePath: 'apps/api/src/planted/planted.service.ts', code: PLANTED_SQL },
        { filePath: 'apps/worker/src/activities/planted.activity.ts', code: PLANTED_QUERY_BUILDER },
        { filePath: 'libs/persistence/src/planted/planted.repository.ts', code: PLANTED_SQL },
        { filePath: 'libs/persistence/src/migrations/1-Planted.ts', code: PLANTED_SQL },
        { filePath: 'apps/api/src/planted/planted.gateway.ts', code: TEMPORAL_QUERY },
        { filePath: 'apps/api/src/planted/planted.service.ts', code: CASE_QUERY },
      ]);
  });

  it('should fail on a DataSource import and SQL in an API file', () => {
    expect(apiSql).toEqual([
      expect.stringMatching(/^no-restricted-imports: 'DataSource' import from 'typeorm' is restricted/),
      expect.stringMatching(/^no-restricted-syntax: SQL lives in libs\/persistence/),
    ]);
  });

  it('should fail on a query builder in a worker activity', () => {
    expect(activityQueryBuilder).toEqual([
      expect.stringMatching(/^no-restricted-syntax: SQL lives in libs\/persistence/),
    ]);
  });

  it('should allow the same lines in libs/persistence, migrations included', () => {
    expect(repositorySql).toEqual([]);
    expect(migrationSql).toEqual([]);
  });

  it('should allow a Temporal query, which is not SQL', () => {
    expect(gatewayTemporalQuery).toEqual([]);
  });

  it('should allow the case workflow client’s query of a case kind, which is not SQL', () => {
    expect(serviceCaseQuery).toEqual([]);
  });
});
