export interface LatencySummary {
  count: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

/** Nearest-rank percentile of ascending values: an observed value, never an interpolated one. */
export function percentile(ascending: readonly number[], p: number): number {
  if (ascending.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * ascending.length);
  return ascending[Math.min(ascending.length, Math.max(1, rank)) - 1];
}

export function summariseLatencies(milliseconds: readonly number[]): LatencySummary {
  const ascending = [...milliseconds].sort((a, b) => a - b);
  return {
    count: ascending.length,
    p50: percentile(ascending, 50),
    p95: percentile(ascending, 95),
    p99: percentile(ascending, 99),
    max: ascending.length ? ascending[ascending.length - 1] : Number.NaN,
  };
}

/** One timed request: how long it took and how many bytes its answer had. */
export interface TimedAnswer {
  milliseconds: number;
  bytes: number;
}

/** Times `call` after ten warm-up calls, one request at a time: the latencies, and the size of an answer. */
export async function timeRepeatedly(
  call: () => Promise<TimedAnswer>,
  requests: number,
): Promise<LatencySummary & { bytes: number }> {
  for (let warmUp = 0; warmUp < 10; warmUp += 1) await call();
  const latencies: number[] = [];
  let bytes = 0;
  for (let request = 0; request < requests; request += 1) {
    const result = await call();
    latencies.push(result.milliseconds);
    bytes = result.bytes;
  }
  return { ...summariseLatencies(latencies), bytes };
}
