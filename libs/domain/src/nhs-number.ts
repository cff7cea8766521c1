/**
 * NHS number check (modulus 11): weights 10 down to 2 on the first nine digits; the check digit is
 * 11 minus the weighted sum modulo 11, where 11 means 0 and 10 means the number cannot be valid.
 * Ten of one digit (0000000000, 1111111111, ...) pass the check but are placeholders, never issued.
 */
export function isValidNhsNumber(candidate: string): boolean {
  if (!/^\d{10}$/.test(candidate) || /^(\d)\1{9}$/.test(candidate)) return false;
  const digits = [...candidate].map(Number);
  const weightedSum = digits.slice(0, 9).reduce((sum, digit, index) => sum + digit * (10 - index), 0);
  const check = 11 - (weightedSum % 11);
  if (check === 10) return false;
  return (check === 11 ? 0 : check) === digits[9];
}

/** Accepts the common printed form `943 476 5919` as well as ten bare digits. */
export function normaliseNhsNumber(input: string): string {
  return input.replace(/[\s-]/g, '');
}
