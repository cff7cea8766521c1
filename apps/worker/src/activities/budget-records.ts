import type { JourneyStepRecords } from '@ipc/persistence';
import type { RecordJourneyStepInput } from '@ipc/workflows';

/**
 * Budget steps leave records beside the timeline: each ISR as a statement document, and each
 * version of the personal budget (set, revised, or changed by a withdrawn direct payment).
 */
export function budgetRecords({
  step,
  journey,
}: RecordJourneyStepInput): Pick<JourneyStepRecords, 'statement' | 'budgetVersion'> {
  const records: Pick<JourneyStepRecords, 'statement' | 'budgetVersion'> = {};
  if (step.name === 'indicative-budget') {
    const { statement } = step.payload;
    records.statement = {
      participantId: journey.participantId,
      kind: 'indicative',
      statementKey: step.requestId,
      issuedOn: step.effectiveDate,
      period: null,
      largePrint: journey.informationFormat === 'large-print',
      content: {
        kind: 'indicative',
        participantId: journey.participantId,
        issuedOn: step.effectiveDate,
        cohort: statement.cohort,
        needBand: statement.needBand,
        budget: {
          totalPence: statement.indicativeTotalPence,
          byFunder: statement.byFunder,
          contributionPence: statement.contributionPence,
          personalBudgetSharePence: statement.personalBudgetSharePence,
        },
        communityServices: statement.communityServices,
        explanation: statement.explanation,
      },
    };
  }
  const budget = journey.budget;
  if ((step.name === 'budget' || step.name === 'direct-payment-withdrawal') && budget) {
    records.budgetVersion = {
      participantId: journey.participantId,
      version: budget.version,
      requestId: step.requestId,
      startDate: budget.startDate,
      totalPence: budget.totalPence,
      byFunder: budget.byFunder,
      contributionPence: budget.contributionPence,
      parts: budget.parts,
      approvedBy: budget.approvedBy,
      indicativeTotalPence: journey.indicativeBudget?.indicativeTotalPence ?? null,
      effectiveOn: step.effectiveDate,
    };
  }
  return records;
}
