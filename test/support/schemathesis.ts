import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The pinned schemathesis that infra/scripts/ensure-schemathesis.sh installs. */
const ST = resolve(__dirname, '../../tools/schemathesis/bin/st');

export interface SchemathesisConfig {
  bearer: string;
  /** Statuses the positive_data_acceptance check accepts for schema-valid requests. */
  positiveDataStatuses: string[];
  /** Statuses the negative_data_rejection check takes as a refusal of schema-violating requests. */
  negativeDataStatuses: string[];
  /** Fixed path parameters (real ids) for the operations whose path matches each regex. */
  pathIds: { pathRegex: string; parameters: Record<string, string> }[];
  /**
   * Operations (`GET /api/v1/participants/{id}`) the token's role may not use at all: the guard
   * refuses them before reading anything, so a few generated cases each show that, without the
   * coverage phase's hundreds.
   */
  refusedOperations?: string[];
}

/** Generated cases per refused operation (each of the fuzzing phase's modes). */
const REFUSED_OPERATION_EXAMPLES = 2;

export interface SchemathesisResult {
  exitCode: number;
  /** One line per failing check and operation, from the run's JUnit report. */
  failures: string[];
  /** The run's own summary line: cases generated, passed and failed, and how long it took. */
  summary: string;
  output: string;
}

const toml = (value: unknown): string =>
  Array.isArray(value)
    ? `[${value.map(toml).join(', ')}]`
    : typeof value === 'object' && value !== null
      ? `{ ${Object.entries(value)
          .map(([key, item]) => `${JSON.stringify(key)} = ${toml(item)}`)
          .join(', ')} }`
      : JSON.stringify(value);

function configToml(config: SchemathesisConfig, maxExamples: number): string {
  return [
    // Here rather than on the command line, where it would override the refused operations' own.
    `generation.max-examples = ${maxExamples}`,
    `[auth.openapi.bearer]`,
    `bearer = ${toml(config.bearer)}`,
    `[checks.positive_data_acceptance]`,
    `expected-statuses = ${toml(config.positiveDataStatuses)}`,
    `[checks.negative_data_rejection]`,
    `expected-statuses = ${toml(config.negativeDataStatuses)}`,
    // First: where several entries match an operation, the first one's settings apply.
    ...(config.refusedOperations ?? []).flatMap((name) => [
      `[[operations]]`,
      `include-name = ${toml(name)}`,
      `generation.max-examples = ${REFUSED_OPERATION_EXAMPLES}`,
      `phases.coverage.enabled = false`,
    ]),
    ...config.pathIds.flatMap(({ pathRegex, parameters }) => [
      `[[operations]]`,
      `include-path-regex = ${toml(pathRegex)}`,
      `parameters = ${toml(parameters)}`,
    ]),
  ].join('\n');
}

/** Failing test cases in a JUnit report: `<testcase name="POST /path">` holding a `<failure>`. */
function junitFailures(xml: string): string[] {
  const failures: string[] = [];
  for (const testCase of xml.matchAll(/<testcase name="([^"]*)"[^>]*>([\s\S]*?)<\/testcase>/g)) {
    for (const failure of testCase[2].matchAll(/<(?:failure|error)[^>]*message="([^"]*)"/g)) {
      failures.push(`${testCase[1]}: ${failure[1].split('&#10;')[0]}`);
    }
  }
  return failures;
}

/** Runs `st run` with every check against a live API document; resolves with what it found. */
export async function runSchemathesis(
  schemaUrl: string,
  config: SchemathesisConfig,
  options: { maxExamples: number; seed: number },
): Promise<SchemathesisResult> {
  if (!existsSync(ST)) throw new Error(`${ST} is missing: run npm run schemathesis:install (npm test does)`);
  const dir = await mkdtemp(join(tmpdir(), 'schemathesis-'));
  try {
    const configFile = join(dir, 'schemathesis.toml');
    const junitPath = join(dir, 'junit.xml');
    await writeFile(configFile, configToml(config, options.maxExamples));
    const args = [
      '--config-file',
      configFile,
      'run',
      schemaUrl,
      '--checks',
      'all',
      // Not the stateful phase: every path id is pinned to a seeded record (pathIds), so its chains of
      // calls covered none of the 167 links it inferred, in 19 s of each role's run.
      '--phases',
      'examples,coverage,fuzzing',
      // Its 10 s default is a refusal to wait, not a contract: on two busy cores an answer can take longer.
      '--request-timeout',
      '30',
      '--seed',
      String(options.seed),
      // One worker: with two, Python 3.11.7 here failed inside Hypothesis ("AST constructor recursion
      // depth mismatch"), an error of the generator, not of the API.
      '--workers',
      '1',
      '--report',
      'junit',
      '--report-junit-path',
      junitPath,
    ];
    const { exitCode, output } = await new Promise<{ exitCode: number; output: string }>((done) => {
      execFile(
        ST,
        args,
        { maxBuffer: 64 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1' } },
        (error, stdout, stderr) =>
          done({ exitCode: error ? Number(error.code ?? 1) : 0, output: `${stdout}${stderr}` }),
      );
    });
    const xml = await readFile(junitPath, 'utf8').catch(() => '');
    const cases = output.match(/Test cases:\s*\n\s*([^\n]*)/)?.[1] ?? 'no test cases reported';
    const duration = output.match(/ in ([\d.]+s) =+/)?.[1] ?? '?';
    return { exitCode, failures: junitFailures(xml), summary: `${cases}, in ${duration}`, output };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
