import { COHORTS, type Cohort } from '../cohorts';

/** How a site measures outcomes: the cohorts whose people it measures activation for (PAM). */
export interface OutcomeMeasureSettings {
  activationCohorts: Cohort[];
}

/**
 * The PAM is validated for some cohorts only and licensed per site, so a site says whom it measures.
 * A site that sets nothing measures every cohort but children and young people.
 */
export const DEFAULT_OUTCOME_MEASURES: OutcomeMeasureSettings = {
  activationCohorts: COHORTS.filter((cohort) => cohort !== 'children-young-people-complex-needs'),
};

/** The site's settings as stored (what it set), over the defaults. */
export function outcomeMeasureSettings(stored: Partial<OutcomeMeasureSettings>): OutcomeMeasureSettings {
  return { ...DEFAULT_OUTCOME_MEASURES, ...stored };
}

export const measuresActivation = (settings: OutcomeMeasureSettings, cohort: Cohort) =>
  settings.activationCohorts.includes(cohort);
