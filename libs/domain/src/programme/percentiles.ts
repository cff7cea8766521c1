/** How many stays lasted each whole number of days. */
export type DayHistogram = ReadonlyMap<number, number>;

/**
 * Nearest-rank percentile of a histogram of whole days: the smallest number of days that at least
 * p% of stays did not exceed. Always a number of days that some stay actually took (no interpolation),
 * so the median of 2, 3, 10, 11 is 3. Null for no stays.
 */
export function percentileOfDays(histogram: DayHistogram, p: number): number | null {
  const count = [...histogram.values()].reduce((sum, stays) => sum + stays, 0);
  if (count === 0) return null;
  const rank = Math.min(count, Math.max(1, Math.ceil((p / 100) * count)));
  let seen = 0;
  for (const days of [...histogram.keys()].sort((a, b) => a - b)) {
    seen += histogram.get(days) ?? 0;
    if (seen >= rank) return days;
  }
  return null;
}

export function addToHistogram(histogram: Map<number, number>, days: number, stays: number): void {
  histogram.set(days, (histogram.get(days) ?? 0) + stays);
}
