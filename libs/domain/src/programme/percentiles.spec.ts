import { percentileOfDays } from './percentiles';

const histogram = (...days: number[]) =>
  days.reduce((map, value) => map.set(value, (map.get(value) ?? 0) + 1), new Map<number, number>());

describe(percentileOfDays.name, () => {
  it('should give the nearest-rank median and 90th percentile', () => {
    const stays = histogram(2, 3, 10, 11);
    expect(percentileOfDays(stays, 50)).toBe(3);
    expect(percentileOfDays(stays, 90)).toBe(11);
    const ten = histogram(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
    expect(percentileOfDays(ten, 50)).toBe(5);
    expect(percentileOfDays(ten, 90)).toBe(9);
  });

  it('should weigh each number of days by how many stays took it', () => {
    expect(
      percentileOfDays(
        new Map([
          [0, 7],
          [30, 3],
        ]),
        50,
      ),
    ).toBe(0);
    expect(
      percentileOfDays(
        new Map([
          [0, 7],
          [30, 3],
        ]),
        90,
      ),
    ).toBe(30);
  });

  it('should be null without stays', () => {
    expect(percentileOfDays(new Map(), 50)).toBeNull();
  });
});
