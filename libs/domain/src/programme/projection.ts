/**
 * The programme's model per 1,000 of a local population (Integrated Personal Commissioning emerging
 * framework, figure 2): about 50 in the IPC cohort (5%) and about 10 with a personalised care and
 * support plan (1%); "a smaller number" with a personal budget and, of those, some with NHS funding
 * (a personal health budget), which the framework leaves to each site to set.
 */
export const PROJECTION_MEASURES = ['ipc-cohort', 'care-plan', 'personal-budget', 'personal-health-budget'] as const;
export type ProjectionMeasure = (typeof PROJECTION_MEASURES)[number];

export type ExpectedPer1000 = Record<ProjectionMeasure, number | null>;

export const DEFAULT_EXPECTED_PER_1000: ExpectedPer1000 = {
  'ipc-cohort': 50,
  'care-plan': 10,
  'personal-budget': null,
  'personal-health-budget': null,
};

/** A count per 1,000 of the population, to 2 decimal places; null without a population. */
export function per1000(count: number, population: number | null): number | null {
  if (!population) return null;
  return Math.round((count * 1000 * 100) / population) / 100;
}

/** How many people a rate per 1,000 means for this population, to the nearest person. */
export function expectedCount(ratePer1000: number | null, population: number | null): number | null {
  if (ratePer1000 === null || !population) return null;
  return Math.round((ratePer1000 * population) / 1000);
}
