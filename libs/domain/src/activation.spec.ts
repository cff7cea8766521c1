import { activationLevel, isValidPamScore, measureActivation } from './activation';

describe(activationLevel.name, () => {
  it.each([
    [0, 1],
    [47.0, 1],
    [47.1, 2],
    [55.1, 2],
    [55.2, 3],
    [67.0, 3],
    [67.1, 4],
    [100, 4],
  ])('should put a score of %p at level %p', (score, level) => {
    expect(activationLevel(score)).toBe(level);
  });
});

describe(measureActivation.name, () => {
  it('should give intensive support at levels 1 and 2, supported planning at 3, self-planning at 4', () => {
    expect(measureActivation(30).planningSupport).toBe('intensive-one-to-one');
    expect(measureActivation(50).planningSupport).toBe('intensive-one-to-one');
    expect(measureActivation(60).planningSupport).toBe('supported-planning');
    expect(measureActivation(80).planningSupport).toBe('self-planning');
  });
});

describe(isValidPamScore.name, () => {
  it('should accept scores from 0 to 100 with at most one decimal', () => {
    expect([0, 52.3, 100].every(isValidPamScore)).toBe(true);
  });

  it('should refuse scores out of range or too precise', () => {
    expect([-0.1, 100.1, 52.35, Number.NaN].some(isValidPamScore)).toBe(false);
  });
});
