import { addDays, OUTCOME_RATINGS } from '@ipc/domain';
import type { SyntheticPerson, SyntheticStep } from './synthetic-site';

/**
 * What a synthetic person's journey records besides its stages, for the outcome figures: PAM
 * scores, re-measured at each review; a budget declined by one in five; ratings of the plan's two
 * outcomes at each review; quality of life at planning and at each review; crises and admissions
 * before and after the plan; spend against a budget. Worked out from the person's index and steps
 * (no random draws), so the site's stages stay as the seed made them.
 */
export interface OutcomeStep extends SyntheticStep {
  details: Record<string, unknown>;
}

export interface SyntheticOutcomes {
  steps: OutcomeStep[];
  /** Each review's narrative (by its step's place in `steps`): a rating for each of the plan's two outcomes. */
  ratings: { sequence: number; narrative: { outcomeRatings: { outcome: number; rating: string }[] } }[];
  qualityOfLife: { instrument: string; score: number; stage: string; on: string }[];
  crises: { kind: string; on: string }[];
  spend: { amountPence: number; on: string }[];
}

const pamScore = (index: number, measure: number) => 40 + ((index * 7 + measure * 3) % 45);

export function syntheticOutcomes(person: SyntheticPerson, today: string): SyntheticOutcomes {
  const { index } = person;
  let measures = 0;
  const steps = person.steps.flatMap((step): OutcomeStep[] => {
    if (step.step === 'activation') return [{ ...step, details: { score: pamScore(index, measures++) } }];
    if (step.step === 'budget' && index % 5 === 0) return [{ ...step, step: 'budget-decline', details: {} }];
    if (step.step !== 'review') return [{ ...step, details: {} }];
    const again = { step: 'activation', fromStage: step.toStage, toStage: step.toStage, on: step.on };
    return [
      { ...step, details: {} },
      { ...again, details: { score: pamScore(index, measures++) } },
    ];
  });
  const reviews = steps.flatMap((step, sequence) => (step.step === 'review' ? [{ step, sequence }] : []));
  const rating = (review: number, outcome: number) =>
    OUTCOME_RATINGS[(index + review * 2 + outcome) % OUTCOME_RATINGS.length];
  const planning = steps.find((step) => step.toStage === 'planning');
  const qualityOfLife = [
    ...(planning ? [{ step: planning, stage: 'planning' }] : []),
    ...reviews.map(({ step }) => ({ step, stage: step.toStage })),
  ].map(({ step, stage }, measure) => ({
    instrument: 'ICECAP-A',
    score: ((index * 13 + measure * 11) % 100) / 100,
    stage,
    on: step.on,
  }));
  return {
    steps,
    ratings: reviews.map(({ sequence }, review) => ({
      sequence,
      narrative: { outcomeRatings: [0, 1].map((outcome) => ({ outcome, rating: rating(review, outcome) })) },
    })),
    qualityOfLife,
    crises: crisesOf(person, steps, today),
    spend: spendOf(steps, today),
  };
}

/** One in three identified people has a crisis a month on, one in four an admission; fewer after the plan. */
function crisesOf(person: SyntheticPerson, steps: OutcomeStep[], today: string) {
  const identified = steps.find((step) => step.toStage === 'identified');
  const agreed = steps.find((step) => step.step === 'care-plan-agreement');
  const last = steps[steps.length - 1];
  const recorded = (on: string) => on <= today && (last.toStage !== 'closed' || on <= last.on);
  const events = [
    ...(identified && person.index % 3 === 0 ? [{ kind: 'crisis', on: addDays(identified.on, 30) }] : []),
    ...(identified && person.index % 4 === 0 ? [{ kind: 'unplanned-admission', on: addDays(identified.on, 45) }] : []),
    ...(agreed && person.index % 5 === 0 ? [{ kind: 'crisis', on: addDays(agreed.on, 60) }] : []),
    ...(agreed && person.index % 7 === 0 ? [{ kind: 'unplanned-admission', on: addDays(agreed.on, 90) }] : []),
  ];
  return events.filter(({ on }) => recorded(on));
}

/** A budget holder's spend each month for the first three months, while it is on or before today. */
function spendOf(steps: OutcomeStep[], today: string) {
  const budget = steps.find((step) => step.step === 'budget');
  if (!budget) return [];
  return [30, 60, 90]
    .map((days) => ({ amountPence: 50_000 + days * 100, on: addDays(budget.on, days) }))
    .filter(({ on }) => on <= today);
}
