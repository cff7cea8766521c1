import { monthOf, postcodeDistrict, pseudonymOf } from './pseudonymisation';

describe(pseudonymOf.name, () => {
  it('should give the HMAC-SHA-256 of the NHS number under the secret, stable for a secret and not across secrets', () => {
    const secret = 'a-site-secret-of-at-least-32-characters';
    // As `printf 9434765919 | openssl dgst -sha256 -hmac a-site-secret-of-at-least-32-characters` gives it.
    expect(pseudonymOf('9434765919', secret)).toBe('84a063b8a41027f59d0262d8c15e40cdeed27c0213ab9a61555a7b2419fe4531');
    expect(pseudonymOf('9434765919', secret)).toBe(pseudonymOf('9434765919', secret));
    expect(pseudonymOf('9434765919', `${secret}-2`)).not.toBe(pseudonymOf('9434765919', secret));
  });
});

describe(monthOf.name, () => {
  it('should keep the year and month only', () => {
    expect(monthOf('2026-09-03')).toBe('2026-09');
  });
});

describe(postcodeDistrict.name, () => {
  it.each([
    ['LS14AB', 'LS1'],
    ['M11AE', 'M1'],
    ['EC1A1BB', 'EC1A'],
    ['CF103NQ', 'CF10'],
  ])('should keep the outward code of %s', (key, district) => {
    expect(postcodeDistrict(key)).toBe(district);
  });
});
