import { COHORTS, type Cohort } from '../cohorts';

/** A quality-of-life instrument a site uses (taken elsewhere, like the PAM), with its valid score range. */
export interface QualityOfLifeInstrument {
  instrument: string;
  version: string;
  minimum: number;
  maximum: number;
}

/**
 * How a site measures outcomes: the cohorts whose people it measures activation for (PAM), and the
 * quality-of-life instruments it records (for example ICECAP-A, ICECAP-O, EQ-5D-5L, ASCOT).
 */
export interface OutcomeMeasureSettings {
  activationCohorts: Cohort[];
  qualityOfLifeInstruments: QualityOfLifeInstrument[];
}

/**
 * The PAM is validated for some cohorts only and licensed per site, so a site says whom it measures.
 * A site that sets nothing measures every cohort but children and young people.
 */
export const DEFAULT_OUTCOME_MEASURES: OutcomeMeasureSettings = {
  activationCohorts: COHORTS.filter((cohort) => cohort !== 'children-young-people-complex-needs'),
  qualityOfLifeInstruments: [],
};

/** The site's settings as stored (what it set), over the defaults. */
export function outcomeMeasureSettings(stored: Partial<OutcomeMeasureSettings>): OutcomeMeasureSettings {
  return { ...DEFAULT_OUTCOME_MEASURES, ...stored };
}

export const measuresActivation = (settings: OutcomeMeasureSettings, cohort: Cohort) =>
  settings.activationCohorts.includes(cohort);
