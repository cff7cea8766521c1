import type { ResourceAllocation } from '@ipc/domain';
import type { PlanSupportItem, SpendSummary } from '@ipc/persistence';
import { resourceAllocation } from '../../../../test/factories/budget.factory';
import { deliveryJourney } from '../../../../test/factories/participant.factory';
import { InMemoryJourneyRecords } from '../../../../test/in-memory/journey-stores';
import { createAnnualStatementActivity } from './annual-statement.activity';

const items: PlanSupportItem[] = [
  { itemId: 'item-pa', description: 'Personal assistant', provider: 'Riverside PA Co-op', annualCostPence: 936_000 },
  { itemId: 'item-gym', description: 'Gym membership', provider: 'Leisure Trust', annualCostPence: 32_050 },
];

function setup({ spent = 1_500_000, allocation = resourceAllocation() as unknown as ResourceAllocation | null } = {}) {
  const journeyRecords = new InMemoryJourneyRecords();
  const summary: SpendSummary = {
    byItem: [{ planItemId: 'item-pa', spentPence: spent, serviceUseCount: 2 }],
    totalPence: spent,
  };
  const periods: string[] = [];
  const issue = createAnnualStatementActivity({
    journeyRecords,
    carePlans: { currentSupportItems: async () => items },
    spend: {
      summarise: async (_participantId, start, end) => {
        periods.push(`${start}..${end}`);
        return summary;
      },
    },
    budgets: { resourceAllocation: async () => allocation },
  });
  return { issue, journeyRecords, periods };
}

const period = { periodStart: '2026-10-15', periodEnd: '2027-10-15' };

describe(createAnnualStatementActivity.name, () => {
  it('should set the year’s spend by plan item against the budget, with the underspend', async () => {
    const { issue, journeyRecords, periods } = setup();
    const journey = deliveryJourney();
    await issue({ journey, ...period });
    expect(periods).toEqual(['2026-10-15..2027-10-15']);
    const [{ statement }] = journeyRecords.annualStatements;
    expect(statement).toMatchObject({
      kind: 'annual',
      statementKey: 'annual-2027-10-15',
      issuedOn: '2027-10-15',
      period: { start: '2026-10-15', end: '2027-10-15' },
      largePrint: false,
    });
    expect(statement.content.spend).toEqual({
      byItem: [
        expect.objectContaining({
          planItemId: 'item-pa',
          budgetPence: 936_000,
          spentPence: 1_500_000,
          serviceUseCount: 2,
        }),
        expect.objectContaining({ planItemId: 'item-gym', spentPence: 0, serviceUseCount: 0 }),
      ],
      totalSpentPence: 1_500_000,
      underspendPence: 480_000,
      overspendPence: 0,
    });
    expect(statement.content).toMatchObject({ nextYearIndicativePence: 968_050 });
  });

  it('should show an overspend when more was spent than the budget', async () => {
    const { issue, journeyRecords } = setup({ spent: 2_000_000 });
    await issue({ journey: deliveryJourney(), ...period });
    expect(journeyRecords.annualStatements[0].statement.content.spend).toMatchObject({
      underspendPence: 0,
      overspendPence: 20_000,
    });
  });

  it('should leave next year’s figure out while the site has no resource allocation', async () => {
    const { issue, journeyRecords } = setup({ allocation: null });
    await issue({ journey: deliveryJourney(), ...period });
    expect(journeyRecords.annualStatements[0].statement.content).toMatchObject({
      nextYearIndicativePence: null,
      communityServices: [],
    });
  });

  it('should put the statement on the timeline as a system step keyed by its period', async () => {
    const { issue, journeyRecords } = setup();
    const journey = deliveryJourney();
    await issue({ journey, ...period });
    expect(journeyRecords.annualStatements[0]).toMatchObject({
      journey,
      entry: {
        requestId: 'annual-2027-10-15',
        step: 'annual-statement',
        sequence: journey.sequence,
        fromStage: 'delivery',
        toStage: 'delivery',
        actor: { staffId: 'system', teamId: 'team-a1' },
        details: { ...period, totalSpentPence: 1_500_000, budgetTotalPence: 1_980_000 },
      },
    });
  });
});
