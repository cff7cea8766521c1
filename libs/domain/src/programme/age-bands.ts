/**
 * Age bands for equality figures, by age at referral (so a person stays in one band however long
 * their journey lasts). The edges follow the pathway: under 14, preparing for adulthood (14 to 17),
 * young adults in transition (18 to 24), then wider adult bands, with older age split out because
 * frailty is one of the programme's cohorts.
 */
export const AGE_BANDS = [
  { band: '0-13', from: 0 },
  { band: '14-17', from: 14 },
  { band: '18-24', from: 18 },
  { band: '25-44', from: 25 },
  { band: '45-64', from: 45 },
  { band: '65-74', from: 65 },
  { band: '75-84', from: 75 },
  { band: '85+', from: 85 },
] as const;
export type AgeBand = (typeof AGE_BANDS)[number]['band'];

export function ageBand(ageInYears: number): AgeBand {
  let found: AgeBand = AGE_BANDS[0].band;
  for (const { band, from } of AGE_BANDS) if (ageInYears >= from) found = band;
  return found;
}

/** Whole years between a date of birth and a later date (YYYY-MM-DD): a birthday counts on the day. */
export function ageOn(dateOfBirth: string, on: string): number {
  const [birthYear, birthMonthDay] = [Number(dateOfBirth.slice(0, 4)), dateOfBirth.slice(5)];
  const [year, monthDay] = [Number(on.slice(0, 4)), on.slice(5)];
  return year - birthYear - (monthDay < birthMonthDay ? 1 : 0);
}
