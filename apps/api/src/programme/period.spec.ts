import { ProblemException } from '../problem/problem.exception';
import { resolvePeriod, splitIntoMonths } from './period';

describe(resolvePeriod.name, () => {
  it('should default to the 12 months up to today', () => {
    expect(resolvePeriod({}, '2026-11-24')).toEqual({ from: '2025-11-25', to: '2026-11-24', asOf: '2026-11-24' });
  });

  it('should measure stays still going to the end of a past period, and to today for a period not over yet', () => {
    expect(resolvePeriod({ from: '2026-01-01', to: '2026-03-31' }, '2026-11-24').asOf).toBe('2026-03-31');
    expect(resolvePeriod({ from: '2026-04-01', to: '2027-03-31' }, '2026-11-24').asOf).toBe('2026-11-24');
  });

  it('should default from to a year before a given to', () => {
    expect(resolvePeriod({ to: '2024-02-29' }, '2026-11-24').from).toBe('2023-03-02');
  });

  it('should refuse a period that ends before it starts, naming from', () => {
    expect(() => resolvePeriod({ from: '2026-05-02', to: '2026-05-01' }, '2026-11-24')).toThrow(ProblemException);
    try {
      resolvePeriod({ from: '2026-05-02', to: '2026-05-01' }, '2026-11-24');
    } catch (error) {
      expect((error as ProblemException).problem).toMatchObject({ status: 400, errors: [{ field: 'from' }] });
    }
  });
});

describe(splitIntoMonths.name, () => {
  it('should take the whole months inside a period and leave the days either side', () => {
    expect(splitIntoMonths('2025-11-25', '2026-11-24')).toEqual({
      wholeMonths: { first: '2025-12-01', last: '2026-10-01' },
      edges: [
        { from: '2025-11-25', to: '2025-11-30' },
        { from: '2026-11-01', to: '2026-11-24' },
      ],
    });
  });

  it('should need no edges for a period of whole months', () => {
    expect(splitIntoMonths('2026-01-01', '2026-02-28')).toEqual({
      wholeMonths: { first: '2026-01-01', last: '2026-02-01' },
      edges: [],
    });
    expect(splitIntoMonths('2024-02-01', '2024-02-29').wholeMonths).toEqual({
      first: '2024-02-01',
      last: '2024-02-01',
    });
  });

  it('should read a period inside one month day by day', () => {
    expect(splitIntoMonths('2026-10-01', '2026-10-10')).toEqual({
      wholeMonths: null,
      edges: [{ from: '2026-10-01', to: '2026-10-10' }],
    });
    expect(splitIntoMonths('2026-01-31', '2026-03-01')).toEqual({
      wholeMonths: { first: '2026-02-01', last: '2026-02-01' },
      edges: [
        { from: '2026-01-31', to: '2026-01-31' },
        { from: '2026-03-01', to: '2026-03-01' },
      ],
    });
  });
});
