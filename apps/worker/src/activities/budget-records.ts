import { insertBudgetStatement } from '@ipc/persistence';
import type { RecordJourneyStepInput } from '@ipc/workflows';
import type { EntityManager } from 'typeorm';

/**
 * Budget steps leave records beside the timeline: each ISR as a statement document, and each
 * version of the personal budget (set, revised, or changed by a withdrawn direct payment).
 */
export async function recordBudgetChange(
  manager: EntityManager,
  { step, journey }: RecordJourneyStepInput,
): Promise<void> {
  if (step.name === 'indicative-budget') {
    const { statement } = step.payload;
    await insertBudgetStatement(manager, {
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
    });
  }
  const budget = journey.budget;
  if ((step.name === 'budget' || step.name === 'direct-payment-withdrawal') && budget) {
    await manager.query(
      `INSERT INTO personal_budgets (participant_id, version, request_id, start_date, total_pence, by_funder,
                                     contribution_pence, parts, approved_by, indicative_total_pence, effective_on)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
       ON CONFLICT (participant_id, version) DO NOTHING`,
      [
        journey.participantId,
        budget.version,
        step.requestId,
        budget.startDate,
        budget.totalPence,
        budget.byFunder,
        budget.contributionPence,
        JSON.stringify(budget.parts),
        budget.approvedBy,
        journey.indicativeBudget?.indicativeTotalPence ?? null,
        step.effectiveDate,
      ],
    );
  }
}
