/** The API's list of a person's spend (GET /participants/:id/spend), as far as the pages need. */
export interface SpendList {
  items: { id: string; planItemId: string; amountPence: number; spentOn: string; source: string; kind: string }[];
  total: number;
  totals: { byItem: { planItemId: string; spentPence: number; serviceUseCount: number }[]; totalPence: number };
}

interface SupportItem {
  itemId: string;
  description?: string;
  provider?: string;
  annualCostPence: number;
}

/** One line of the table: a plan item's cost for the year beside what has been spent against it. */
export interface PlanItemSpend {
  itemId: string;
  description: string;
  annualCostPence: number | null;
  spentPence: number;
  serviceUseCount: number;
}

export interface SpendAgainstPlan {
  items: PlanItemSpend[];
  budgetPence: number | null;
  spentPence: number;
  /** Left of the budget; below 0 is an overspend. */
  remainingPence: number | null;
}

/**
 * Spend against the plan in force item by item, and against the budget in all. Spend on an item
 * an earlier version of the plan had (since revised away) still counts, on a line of its own.
 */
export function spendAgainstPlan(
  person: { carePlan?: unknown; budget?: unknown },
  spend: Pick<SpendList, 'totals'>,
): SpendAgainstPlan {
  const planItems = ((person.carePlan as { supportItems?: SupportItem[] } | null)?.supportItems ?? []).filter(
    (item) => typeof item.itemId === 'string',
  );
  const spentOn = new Map(spend.totals.byItem.map((total) => [total.planItemId, total]));
  const items: PlanItemSpend[] = planItems.map((item) => ({
    itemId: item.itemId,
    description: [item.description, item.provider].filter(Boolean).join(', '),
    annualCostPence: item.annualCostPence,
    spentPence: spentOn.get(item.itemId)?.spentPence ?? 0,
    serviceUseCount: spentOn.get(item.itemId)?.serviceUseCount ?? 0,
  }));
  const inPlan = new Set(planItems.map((item) => item.itemId));
  for (const total of spend.totals.byItem.filter((candidate) => !inPlan.has(candidate.planItemId))) {
    const { planItemId, spentPence, serviceUseCount } = total;
    items.push({
      itemId: planItemId,
      description: 'An item of an earlier plan',
      annualCostPence: null,
      spentPence,
      serviceUseCount,
    });
  }
  const budgetPence = (person.budget as { totalPence?: number } | null)?.totalPence ?? null;
  const spentPence = spend.totals.totalPence;
  return { items, budgetPence, spentPence, remainingPence: budgetPence === null ? null : budgetPence - spentPence };
}
