import { newestCarePlan } from '@ipc/domain';
import type { JourneyStepRecords } from '@ipc/persistence';
import type { RecordJourneyStepInput } from '@ipc/workflows';

/** What a plan step leaves beside the timeline: a new plan version, or the version the person agreed. */
export function carePlanRecords({
  step,
  journey,
}: RecordJourneyStepInput): Pick<JourneyStepRecords, 'carePlanVersion' | 'carePlanAgreement'> {
  // A new version is the draft beside an agreed plan, or the plan itself before the first agreement.
  const plan = step.name === 'care-plan' ? newestCarePlan(journey) : journey.carePlan;
  if (step.name === 'care-plan' && plan) {
    return {
      carePlanVersion: {
        participantId: journey.participantId,
        version: plan.version,
        requestId: step.requestId,
        coordinatorId: plan.coordinatorId,
        totalAnnualCostPence: plan.totalAnnualCostPence,
      },
    };
  }
  if (step.name === 'care-plan-agreement' && plan) {
    return { carePlanAgreement: { version: plan.version, agreedOn: plan.agreedOn } };
  }
  return {};
}

/** What a correction changes beside the timeline: the stays and stage dates that follow its dates and stages. */
export function correctionRecords({ step }: RecordJourneyStepInput): Pick<JourneyStepRecords, 'correction'> {
  if (step.name === 'amendment') {
    const { sequence, originalDate, amendedDate } = step.payload;
    return { correction: { kind: 'effective-date', sequence, originalDate, amendedDate } };
  }
  if (step.name === 'entered-in-error')
    return { correction: { kind: 'stepped-back', sequence: step.payload.sequence } };
  return {};
}
