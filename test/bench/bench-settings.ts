export interface BenchSettings {
  people: number;
  concurrency: number;
  apiUrl: string;
  token: string;
}

function positiveInteger(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive integer, got "${raw}"`);
  return value;
}

/** The benchmark's own knobs; where the stack's services are comes from loadConfig(). */
export function readBenchSettings(env: NodeJS.ProcessEnv = process.env): BenchSettings {
  return {
    people: positiveInteger(env, 'BENCH_PEOPLE', 200),
    concurrency: positiveInteger(env, 'BENCH_CONCURRENCY', 20),
    apiUrl: (env.BENCH_API_URL || 'http://localhost:3000').replace(/\/+$/, ''),
    token: env.BENCH_TOKEN || 'dev-care-team-token',
  };
}
