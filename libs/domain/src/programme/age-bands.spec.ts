import { ageBand, ageOn } from './age-bands';

describe(ageBand.name, () => {
  it.each([
    [0, '0-13'],
    [13, '0-13'],
    [14, '14-17'],
    [17, '14-17'],
    [18, '18-24'],
    [44, '25-44'],
    [45, '45-64'],
    [74, '65-74'],
    [84, '75-84'],
    [85, '85+'],
    [103, '85+'],
  ])('should put age %i in band %s', (age, band) => {
    expect(ageBand(age)).toBe(band);
  });
});

describe(ageOn.name, () => {
  it('should count a birthday on the day and not before', () => {
    expect(ageOn('1948-07-02', '2026-07-01')).toBe(77);
    expect(ageOn('1948-07-02', '2026-07-02')).toBe(78);
    expect(ageOn('2008-02-29', '2026-02-28')).toBe(17);
    expect(ageOn('2008-02-29', '2026-03-01')).toBe(18);
  });
});
