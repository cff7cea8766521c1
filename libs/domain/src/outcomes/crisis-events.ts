/** Crises and unplanned hospital admissions, recorded as they happen, for outcomes per person-year. */
export const CRISIS_EVENT_KINDS = ['crisis', 'unplanned-admission'] as const;
export type CrisisEventKind = (typeof CRISIS_EVENT_KINDS)[number];

/** Where the record of the event came from. */
export const CRISIS_EVENT_SOURCES = [
  'hospital-discharge-notice',
  'gp-record',
  'crisis-team',
  'ambulance-service',
  'person-or-carer',
  'care-team',
  'other',
] as const;
export type CrisisEventSource = (typeof CRISIS_EVENT_SOURCES)[number];
