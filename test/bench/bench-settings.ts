export interface BenchSettings {
  people: number;
  concurrency: number;
  /** People per path walked again one at a time, for the latency of a single step. */
  serialPeople: number;
  /** Journeys walked over HTTP after the measured runs, before memory is read the second time. */
  soakJourneys: number;
  /** Whether to compare the API with the audit on and off (two more in-process APIs). */
  auditComparison: boolean;
  apiUrl: string;
  token: string;
}

function integerAtLeast(env: NodeJS.ProcessEnv, name: string, fallback: number, least: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < least)
    throw new Error(`${name} must be an integer of at least ${least}, got "${raw}"`);
  return value;
}

/** The benchmark's own knobs; where the stack's services are comes from loadConfig(). */
export function readBenchSettings(env: NodeJS.ProcessEnv = process.env): BenchSettings {
  return {
    people: integerAtLeast(env, 'BENCH_PEOPLE', 200, 1),
    concurrency: integerAtLeast(env, 'BENCH_CONCURRENCY', 20, 1),
    serialPeople: integerAtLeast(env, 'BENCH_SERIAL_PEOPLE', 20, 1),
    soakJourneys: integerAtLeast(env, 'BENCH_SOAK_JOURNEYS', 0, 0),
    auditComparison: env.BENCH_AUDIT !== '0',
    apiUrl: (env.BENCH_API_URL || 'http://localhost:3000').replace(/\/+$/, ''),
    token: env.BENCH_TOKEN || 'dev-care-team-token',
  };
}
