import { randomUUID } from 'node:crypto';
import { EMPTY_PERSON_DETAILS, type PersonDetails } from '@ipc/persistence';
import type { SearchablePerson } from '../in-memory/in-memory-people-search.repository';
import { randomNhsNumber } from './referral.factory';

/** A person's details as the repository records them: a name and nothing else unless given. */
export function personDetails(overrides: Partial<PersonDetails> = {}): PersonDetails {
  return {
    ...EMPTY_PERSON_DETAILS,
    givenName: 'Alex',
    familyName: 'Example',
    ...overrides,
  };
}

/** A referral's `details`, as the API takes them: a name unless more is given. */
export function referralDetails(overrides: Record<string, unknown> = {}) {
  return { givenName: 'Alex', familyName: 'Example', ...overrides };
}

/** A participant of site A as a search finds them; override any field (`personKind: 'carer'` for a carer). */
export function searchablePerson(overrides: Partial<SearchablePerson> = {}): SearchablePerson {
  return {
    id: randomUUID(),
    personKind: 'participant',
    siteId: 'site-a',
    title: null,
    givenName: 'Alex',
    familyName: 'Example',
    preferredName: null,
    postcode: 'LS1 4AB',
    dateOfBirth: '1948-07-02',
    teamId: 'team-a1',
    stage: 'referred',
    closedOn: null,
    ...(overrides.personKind === 'carer'
      ? { kind: 'adult-carer', relationship: 'spouse-or-partner' }
      : { nhsNumber: randomNhsNumber() }),
    ...overrides,
  };
}
