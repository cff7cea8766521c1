import { dateOfBirthProblem, MAX_AGE_YEARS } from './date-of-birth';

describe(dateOfBirthProblem.name, () => {
  const today = '2026-12-01';

  it.each(['2026-12-01', '1948-07-02', '1901-12-01'])('should accept %s', (dateOfBirth) => {
    expect(dateOfBirthProblem(dateOfBirth, today)).toBeNull();
  });

  it('should refuse a date after today', () => {
    expect(dateOfBirthProblem('2026-12-02', today)).toBe('must not be in the future');
  });

  it(`should refuse a date more than ${MAX_AGE_YEARS} years ago`, () => {
    expect(dateOfBirthProblem('1901-11-30', today)).toBe('must not be more than 125 years ago');
    expect(dateOfBirthProblem('1850-01-01', today)).toBe('must not be more than 125 years ago');
  });
});
