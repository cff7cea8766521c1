import { ageReachedOn } from './carer-dates';
import type { CarerKind } from './stages';

export interface CarerRegistration {
  kind: CarerKind;
  dateOfBirth: string;
  childDateOfBirth?: string | null;
  identifiedOn: string;
}

/**
 * What is wrong with a carer's registration, by field (empty when nothing). A young carer is under
 * 18 when identified; an adult carer is not; a parent carer is an adult caring for a disabled child
 * (Children and Families Act 2014 s.97), whose date of birth sets the child's transition points.
 */
export function carerRegistrationProblems(carer: CarerRegistration): { field: string; reason: string }[] {
  const problems: { field: string; reason: string }[] = [];
  const adultOn = ageReachedOn(carer.dateOfBirth, 18);
  if (carer.dateOfBirth > carer.identifiedOn) {
    problems.push({ field: 'dateOfBirth', reason: 'must not be after the date the carer was identified' });
  } else if (carer.kind === 'young-carer' && adultOn <= carer.identifiedOn) {
    problems.push({ field: 'dateOfBirth', reason: 'a young carer is under 18; record an adult carer instead' });
  } else if (carer.kind !== 'young-carer' && adultOn > carer.identifiedOn) {
    const who = carer.kind === 'parent-carer' ? 'a parent carer' : 'an adult carer';
    problems.push({ field: 'dateOfBirth', reason: `${who} is 18 or over; record a young carer instead` });
  }
  const child = carer.childDateOfBirth;
  if (carer.kind === 'parent-carer') {
    if (!child) {
      problems.push({ field: 'childDateOfBirth', reason: "is required for a parent carer (the child's transitions)" });
    } else if (child > carer.identifiedOn || child < carer.dateOfBirth) {
      problems.push({ field: 'childDateOfBirth', reason: "must be after the carer's and not after identification" });
    } else if (ageReachedOn(child, 18) <= carer.identifiedOn) {
      problems.push({ field: 'childDateOfBirth', reason: 'a parent carer cares for a child under 18' });
    }
  } else if (child) {
    problems.push({ field: 'childDateOfBirth', reason: 'is recorded only for a parent carer' });
  }
  return problems;
}
