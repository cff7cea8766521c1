import { EMPTY_PERSON_DETAILS, type PersonDetails } from '@ipc/persistence';

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
