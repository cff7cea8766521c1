import { issueIndividualStatement, type JourneyView, type PersonalBudget, type StatementView } from '@ipc/domain';
import type {
  BudgetsRepository,
  CarePlansRepository,
  JourneyRecordsRepository,
  SpendRepository,
} from '@ipc/persistence';
import type { IssueAnnualStatementInput } from '@ipc/workflows';

export interface AnnualStatementDependencies {
  journeyRecords: Pick<JourneyRecordsRepository, 'recordAnnualStatement'>;
  carePlans: Pick<CarePlansRepository, 'currentSupportItems'>;
  spend: Pick<SpendRepository, 'summarise'>;
  budgets: Pick<BudgetsRepository, 'resourceAllocation'>;
}

/**
 * Issues the annual statement for a finished statement year: the budget by funder and deployment
 * part, what was actually spent against each plan item, the under- or overspend, the person's
 * contribution, community services, and next year's indicative figure. Stored once per period.
 */
export function createAnnualStatementActivity({
  journeyRecords,
  carePlans,
  spend,
  budgets,
}: AnnualStatementDependencies) {
  /** The ISR issued again at the year's end: next year's indicative figure, if the site has its rules set. */
  async function nextYearIndicative(journey: JourneyView, budget: PersonalBudget) {
    const allocation = await budgets.resourceAllocation(journey.siteId);
    if (!allocation || !journey.indicativeBudget) return { nextYearIndicativePence: null, communityServices: [] };
    const statement = issueIndividualStatement(allocation, {
      cohort: journey.cohort,
      needBand: journey.indicativeBudget.needBand,
      contributionPence: budget.contributionPence,
    });
    return { nextYearIndicativePence: statement.indicativeTotalPence, communityServices: statement.communityServices };
  }

  return async function issueAnnualStatement({ journey, periodStart, periodEnd }: IssueAnnualStatementInput) {
    const budget = journey.budget as PersonalBudget;
    const [items, spent, next] = await Promise.all([
      carePlans.currentSupportItems(journey.participantId),
      spend.summarise(journey.participantId, periodStart, periodEnd),
      nextYearIndicative(journey, budget),
    ]);
    const spentByItem = new Map(spent.byItem.map((item) => [item.planItemId, item]));
    const statementKey = `annual-${periodEnd}`;
    const content: StatementView = {
      kind: 'annual',
      participantId: journey.participantId,
      issuedOn: periodEnd,
      period: { start: periodStart, end: periodEnd },
      cohort: journey.cohort,
      needBand: journey.indicativeBudget?.needBand ?? null,
      budget: {
        totalPence: budget.totalPence,
        byFunder: budget.byFunder,
        contributionPence: budget.contributionPence,
        parts: budget.parts.map(({ deployment, amountPence, holder }) => ({ deployment, amountPence, holder })),
      },
      spend: {
        byItem: items.map((item) => ({
          planItemId: item.itemId,
          description: item.description,
          provider: item.provider,
          budgetPence: item.annualCostPence,
          spentPence: spentByItem.get(item.itemId)?.spentPence ?? 0,
          serviceUseCount: spentByItem.get(item.itemId)?.serviceUseCount ?? 0,
        })),
        totalSpentPence: spent.totalPence,
        underspendPence: Math.max(0, budget.totalPence - spent.totalPence),
        overspendPence: Math.max(0, spent.totalPence - budget.totalPence),
      },
      ...next,
    };
    await journeyRecords.recordAnnualStatement({
      statement: {
        participantId: journey.participantId,
        kind: 'annual',
        statementKey,
        issuedOn: periodEnd,
        period: { start: periodStart, end: periodEnd },
        largePrint: journey.informationFormat === 'large-print',
        content,
      },
      entry: {
        participantId: journey.participantId,
        requestId: statementKey,
        sequence: journey.sequence,
        step: 'annual-statement',
        fromStage: journey.stage,
        toStage: journey.stage,
        actor: { staffId: 'system', teamId: journey.teamId },
        effectiveOn: periodEnd,
        details: { periodStart, periodEnd, totalSpentPence: spent.totalPence, budgetTotalPence: budget.totalPence },
        journeyAfter: journey,
      },
      journey,
    });
  };
}
