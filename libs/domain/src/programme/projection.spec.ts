import { expectedCount, per1000 } from './projection';

describe(per1000.name, () => {
  it('should give a count per 1,000 of the population to 2 decimal places', () => {
    expect(per1000(12, 1000)).toBe(12);
    expect(per1000(7, 3000)).toBe(2.33);
    expect(per1000(1, 250000)).toBe(0);
    expect(per1000(3, null)).toBeNull();
  });
});

describe(expectedCount.name, () => {
  it('should turn a rate per 1,000 into people for the population', () => {
    expect(expectedCount(50, 3000)).toBe(150);
    expect(expectedCount(10, 2500)).toBe(25);
    expect(expectedCount(null, 2500)).toBeNull();
    expect(expectedCount(50, null)).toBeNull();
  });
});
