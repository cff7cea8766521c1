import { referralDetails } from './person-details.factory';

/** A valid NHS number: nine random digits and their modulus 11 check digit (never 10). */
export function randomNhsNumber(): string {
  for (;;) {
    const digits = Array.from({ length: 9 }, () => Math.floor(Math.random() * 10));
    const check = 11 - (digits.reduce((sum, digit, index) => sum + digit * (10 - index), 0) % 11);
    if (check !== 10) return [...digits, check === 11 ? 0 : check].join('');
  }
}

export function referralBody(overrides: Record<string, unknown> = {}) {
  return {
    nhsNumber: randomNhsNumber(),
    dateOfBirth: '1948-07-02',
    cohort: 'multiple-long-term-conditions',
    referralSource: 'risk-stratification',
    referredOn: '2026-09-01',
    details: referralDetails(),
    ...overrides,
  };
}
