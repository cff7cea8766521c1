import { randomInt } from 'node:crypto';

/** The modulus 11 check digit of nine digits, or undefined where none exists (a remainder of 10). */
function checkDigit(nineDigits: readonly number[]): number | undefined {
  const weightedSum = nineDigits.reduce((sum, digit, index) => sum + digit * (10 - index), 0);
  const check = 11 - (weightedSum % 11);
  if (check === 10) return undefined;
  return check === 11 ? 0 : check;
}

export function randomNhsNumber(): string {
  for (;;) {
    const digits = Array.from({ length: 9 }, () => randomInt(10));
    const check = checkDigit(digits);
    if (check !== undefined) return [...digits, check].join('');
  }
}

/**
 * Distinct valid NHS numbers: a site allows one open referral per number, so a repeat within a
 * run would be refused with 409 and look like an engine failure.
 */
export function distinctNhsNumbers(count: number): string[] {
  const numbers = new Set<string>();
  while (numbers.size < count) numbers.add(randomNhsNumber());
  return [...numbers];
}
