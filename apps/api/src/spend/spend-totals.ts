export interface SpendTotals {
  /** One entry per plan item with records, ordered by planItemId (as SpendRepository.summarise orders them). */
  byItem: { planItemId: string; spentPence: number; serviceUseCount: number }[];
  totalPence: number;
}

interface Countable {
  planItemId: string;
  amountPence: number;
  kind: string;
}

/**
 * What records add up to by plan item, in integer pence: every amount counts (money paid and the
 * cost of services used); service use is also counted. Sums are exact (BigInt) and refused when a
 * JavaScript number could not hold them.
 */
export function spendTotals(records: Countable[]): SpendTotals {
  const items = new Map<string, { spent: bigint; serviceUseCount: number }>();
  for (const record of records) {
    const item = items.get(record.planItemId) ?? { spent: 0n, serviceUseCount: 0 };
    item.spent += BigInt(record.amountPence);
    if (record.kind === 'service-use') item.serviceUseCount += 1;
    items.set(record.planItemId, item);
  }
  const byItem = [...items.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([planItemId, item]) => ({
      planItemId,
      spentPence: toSafeNumber(item.spent),
      serviceUseCount: item.serviceUseCount,
    }));
  const total = [...items.values()].reduce((sum, item) => sum + item.spent, 0n);
  return { byItem, totalPence: toSafeNumber(total) };
}

function toSafeNumber(pence: bigint): number {
  if (pence > BigInt(Number.MAX_SAFE_INTEGER)) throw new RangeError(`${pence} pence is too large to report`);
  return Number(pence);
}
