/** The four IPC cohorts. */
export const COHORTS = [
  'children-young-people-complex-needs',
  'multiple-long-term-conditions',
  'learning-disability-autism',
  'significant-mental-health-needs',
] as const;
export type Cohort = (typeof COHORTS)[number];

export const REFERRAL_SOURCES = [
  'gp-referral',
  'risk-stratification',
  'cpa-review',
  'ehc-planning',
  'social-care',
  'vcse',
  'self-referral',
] as const;
export type ReferralSource = (typeof REFERRAL_SOURCES)[number];
