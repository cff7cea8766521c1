import {
  type IndividualStatement,
  issueIndividualStatement,
  type JourneyView,
  type StatementBudget,
  type StatementView,
} from '@ipc/domain';
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
 * part (for a person who declined a budget, the resources their ISR indicates), what was actually spent against each plan item, the under- or overspend, the person's
 * contribution, community services, and next year's indicative figure. Stored once per period.
 */
export function createAnnualStatementActivity({
  journeyRecords,
  carePlans,
  spend,
  budgets,
}: AnnualStatementDependencies) {
  /** The ISR worked out again from the site's rules, if it has them set, for a contribution. */
  async function individualStatement(journey: JourneyView, contributionPence: number) {
    const allocation = await budgets.resourceAllocation(journey.siteId);
    if (!allocation || !journey.indicativeBudget) return null;
    return issueIndividualStatement(allocation, {
      cohort: journey.cohort,
      needBand: journey.indicativeBudget.needBand,
      contributionPence,
    });
  }

  /**
   * The budget the year is stated against: the personal budget, or for a person who declined one the
   * resources their ISR indicates (worked out again with the contribution it held).
   */
  function statedBudget(journey: JourneyView, isr: IndividualStatement | null, contributionPence: number) {
    if (journey.budget) {
      const { totalPence, byFunder, parts } = journey.budget;
      const shown = parts.map(({ deployment, amountPence, holder }) => ({ deployment, amountPence, holder }));
      return { totalPence, byFunder, contributionPence, parts: shown };
    }
    if (isr) return { totalPence: isr.indicativeTotalPence, byFunder: isr.byFunder, contributionPence };
    // The site's rules are gone: the total the ISR gave, without its split.
    const totalPence = journey.indicativeBudget?.indicativeTotalPence ?? 0;
    return { totalPence, byFunder: { nhs: 0, socialCare: 0, education: 0 }, contributionPence };
  }

  return async function issueAnnualStatement({ journey, periodStart, periodEnd }: IssueAnnualStatementInput) {
    const indicated = journey.indicativeBudget;
    const contributionPence =
      journey.budget?.contributionPence ??
      (indicated ? indicated.indicativeTotalPence - (indicated.fundersPence ?? indicated.indicativeTotalPence) : 0);
    const [items, spent, isr] = await Promise.all([
      carePlans.currentSupportItems(journey.participantId),
      spend.summarise(journey.participantId, periodStart, periodEnd),
      individualStatement(journey, contributionPence),
    ]);
    const budget: StatementBudget = statedBudget(journey, isr, contributionPence);
    const spentByItem = new Map(spent.byItem.map((item) => [item.planItemId, item]));
    const statementKey = `annual-${periodEnd}`;
    const content: StatementView = {
      kind: 'annual',
      participantId: journey.participantId,
      issuedOn: periodEnd,
      period: { start: periodStart, end: periodEnd },
      cohort: journey.cohort,
      needBand: journey.indicativeBudget?.needBand ?? null,
      budget,
      ...(!journey.budget && { budgetDeclined: true }),
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
      nextYearIndicativePence: isr?.indicativeTotalPence ?? null,
      communityServices: isr?.communityServices ?? [],
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
