/**
 * Runs `work` over every item with at most `concurrency` calls in flight. Each lane takes the next
 * item as soon as it is free, so one slow item never holds back the rest. `work` should record its
 * own failures; a throw stops only its lane, and the first one is rethrown once all lanes are done.
 */
export async function forEachConcurrently<T>(
  items: readonly T[],
  concurrency: number,
  work: (item: T, index: number) => Promise<void>,
): Promise<void> {
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      await work(items[index], index);
    }
  };
  const lanes = Array.from({ length: Math.max(1, Math.min(concurrency, items.length)) }, lane);
  const outcomes = await Promise.allSettled(lanes);
  const failed = outcomes.find((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected');
  if (failed) throw failed.reason;
}
