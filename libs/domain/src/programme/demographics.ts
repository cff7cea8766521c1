/**
 * Protected characteristics a site records about participants, for equality of access. Each is
 * optional and each can be answered "prefer not to say"; none of them ever enters a journey's
 * Temporal history or a log.
 */
export const PREFER_NOT_TO_SAY = 'prefer-not-to-say';
/** Shown in figures for people with no answer recorded (never stored). */
export const NOT_RECORDED = 'not-recorded';

export const SEXES = ['female', 'male', PREFER_NOT_TO_SAY] as const;
export type Sex = (typeof SEXES)[number];

/** NHS Data Dictionary ethnic category (codes A to S; Z "not stated" is prefer-not-to-say). */
export const ETHNICITIES = [
  'white-british',
  'white-irish',
  'white-other',
  'mixed-white-black-caribbean',
  'mixed-white-black-african',
  'mixed-white-asian',
  'mixed-other',
  'asian-indian',
  'asian-pakistani',
  'asian-bangladeshi',
  'asian-other',
  'black-caribbean',
  'black-african',
  'black-other',
  'chinese',
  'other',
  PREFER_NOT_TO_SAY,
] as const;
export type Ethnicity = (typeof ETHNICITIES)[number];

/** Whether the person considers themselves disabled (Equality Act 2010). */
export const DISABILITY_ANSWERS = ['yes', 'no', PREFER_NOT_TO_SAY] as const;
export type DisabilityAnswer = (typeof DISABILITY_ANSWERS)[number];

/** Characteristics every site records; a site adds others (religion or belief, say) in its settings. */
export const BUILT_IN_CHARACTERISTICS = ['age-band', 'sex', 'ethnicity', 'disability'] as const;

/** Codes for a site's own characteristics and their answers: lower-case words joined by hyphens. */
export const CHARACTERISTIC_CODE = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
export const CHARACTERISTIC_CODE_MAX_LENGTH = 48;

export interface SiteCharacteristic {
  key: string;
  /** The answers the site offers; "prefer not to say" is always offered as well. */
  values: string[];
}

export interface Demographics {
  sex: Sex | null;
  ethnicity: Ethnicity | null;
  disability: DisabilityAnswer | null;
  /** Answers to the site's own characteristics, by key. */
  other: Record<string, string>;
}
