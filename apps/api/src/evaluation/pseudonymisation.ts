import { createHmac } from 'node:crypto';

/**
 * The person's pseudonym in the evaluation extract: HMAC-SHA-256 of the NHS number (10 digits, no
 * spaces) keyed with the site's secret, as lower-case hex. The same person keeps it from one
 * extract to the next; without the secret it cannot be reversed or matched to an NHS number.
 */
export function pseudonymOf(nhsNumber: string, siteSecret: string): string {
  return createHmac('sha256', siteSecret).update(nhsNumber).digest('hex');
}

/** A calendar date to its month: `2026-09-03` to `2026-09`. */
export const monthOf = (date: string): string => date.slice(0, 7);

/** A postcode key (capitals, no spaces) to its district, the outward code: `LS14AB` to `LS1`. */
export const postcodeDistrict = (postcodeKey: string): string => postcodeKey.slice(0, -3);
