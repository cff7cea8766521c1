import { ageReachedOn } from './carer/carer-dates';

/** Older than anyone living: a date of birth further back is a mistake, not a person. */
export const MAX_AGE_YEARS = 125;

/** Why a date of birth cannot be right on `today`, or null when it can. */
export function dateOfBirthProblem(dateOfBirth: string, today: string): string | null {
  if (dateOfBirth > today) return 'must not be in the future';
  if (ageReachedOn(dateOfBirth, MAX_AGE_YEARS) < today) return `must not be more than ${MAX_AGE_YEARS} years ago`;
  return null;
}
