import { issueIndividualStatement, type JourneyView, type PersonalBudget, type StatementView } from '@ipc/domain';
import {
  findCarePlanVersions,
  findResourceAllocation,
  insertBudgetStatement,
  insertTimelineEntry,
  summariseSpend,
} from '@ipc/persistence';
import type { IssueAnnualStatementInput } from '@ipc/workflows';
import type { DataSource, EntityManager } from 'typeorm';
import { updateReadModel } from './journey-records';

interface PlanItem {
  itemId: string;
  description: string;
  provider: string;
  annualCostPence: number;
}

/** The items of the plan in force (a draft beside it is not being delivered yet). */
async function currentPlanItems(manager: EntityManager, participantId: string): Promise<PlanItem[]> {
  const { inForce } = await findCarePlanVersions(manager, participantId);
  return (inForce?.content.supportItems as PlanItem[] | undefined) ?? [];
}

/** The ISR issued again at the year's end: next year's indicative figure, if the site has its rules set. */
async function nextYearIndicative(manager: EntityManager, journey: JourneyView, budget: PersonalBudget) {
  const allocation = await findResourceAllocation(manager, journey.siteId);
  if (!allocation || !journey.indicativeBudget) return { nextYearIndicativePence: null, communityServices: [] };
  const statement = issueIndividualStatement(allocation, {
    cohort: journey.cohort,
    needBand: journey.indicativeBudget.needBand,
    contributionPence: budget.contributionPence,
  });
  return { nextYearIndicativePence: statement.indicativeTotalPence, communityServices: statement.communityServices };
}

/**
 * Issues the annual statement for a finished statement year: the budget by funder and deployment
 * part, what was actually spent against each plan item, the under- or overspend, the person's
 * contribution, community services, and next year's indicative figure. Stored once per period.
 */
export function createAnnualStatementActivity({ dataSource }: { dataSource: DataSource }) {
  return async function issueAnnualStatement({ journey, periodStart, periodEnd }: IssueAnnualStatementInput) {
    const budget = journey.budget as PersonalBudget;
    await dataSource.transaction(async (manager) => {
      const [items, spend, next] = await Promise.all([
        currentPlanItems(manager, journey.participantId),
        summariseSpend(manager, journey.participantId, periodStart, periodEnd),
        nextYearIndicative(manager, journey, budget),
      ]);
      const spentByItem = new Map(spend.byItem.map((item) => [item.planItemId, item]));
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
          totalSpentPence: spend.totalPence,
          underspendPence: Math.max(0, budget.totalPence - spend.totalPence),
          overspendPence: Math.max(0, spend.totalPence - budget.totalPence),
        },
        ...next,
      };
      await insertBudgetStatement(manager, {
        participantId: journey.participantId,
        kind: 'annual',
        statementKey,
        issuedOn: periodEnd,
        period: { start: periodStart, end: periodEnd },
        largePrint: journey.informationFormat === 'large-print',
        content,
      });
      const inserted = await insertTimelineEntry(manager, {
        participantId: journey.participantId,
        requestId: statementKey,
        sequence: journey.sequence,
        step: 'annual-statement',
        fromStage: journey.stage,
        toStage: journey.stage,
        actor: { staffId: 'system', teamId: journey.teamId },
        effectiveOn: periodEnd,
        details: { periodStart, periodEnd, totalSpentPence: spend.totalPence, budgetTotalPence: budget.totalPence },
        journeyAfter: journey,
      });
      if (inserted) await updateReadModel(manager, journey);
    });
  };
}
