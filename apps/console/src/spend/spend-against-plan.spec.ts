import { spendAgainstPlan } from './spend-against-plan';

const physio = {
  itemId: 'item-physio',
  description: 'Physiotherapy',
  provider: 'Community physio',
  annualCostPence: 120_000,
};
const gardening = { itemId: 'item-garden', description: 'Gardening group', annualCostPence: 30_050 };
const person = { carePlan: { supportItems: [physio, gardening] }, budget: { totalPence: 150_050 } };

describe(spendAgainstPlan.name, () => {
  it('should put each plan item’s spend beside its cost, and what is left of the budget', () => {
    const spend = {
      totals: { byItem: [{ planItemId: 'item-physio', spentPence: 35_000, serviceUseCount: 0 }], totalPence: 35_000 },
    };
    expect(spendAgainstPlan(person, spend)).toEqual({
      items: [
        {
          itemId: 'item-physio',
          description: 'Physiotherapy, Community physio',
          annualCostPence: 120_000,
          spentPence: 35_000,
          serviceUseCount: 0,
        },
        {
          itemId: 'item-garden',
          description: 'Gardening group',
          annualCostPence: 30_050,
          spentPence: 0,
          serviceUseCount: 0,
        },
      ],
      budgetPence: 150_050,
      spentPence: 35_000,
      remainingPence: 115_050,
    });
  });

  it('should keep spend on an item an earlier plan had, and show an overspend as below 0', () => {
    const spend = {
      totals: {
        byItem: [{ planItemId: 'item-earlier', spentPence: 160_000, serviceUseCount: 2 }],
        totalPence: 160_000,
      },
    };
    const summary = spendAgainstPlan(person, spend);
    expect(summary.items[2]).toEqual({
      itemId: 'item-earlier',
      description: 'An item of an earlier plan',
      annualCostPence: null,
      spentPence: 160_000,
      serviceUseCount: 2,
    });
    expect(summary.remainingPence).toBe(-9_950);
  });

  it('should leave the remainder unknown where there is no budget', () => {
    const summary = spendAgainstPlan({ carePlan: null, budget: null }, { totals: { byItem: [], totalPence: 0 } });
    expect(summary).toEqual({ items: [], budgetPence: null, spentPence: 0, remainingPence: null });
  });
});
