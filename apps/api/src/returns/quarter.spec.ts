import { ProblemException } from '../problem/problem.exception';
import { parseQuarter } from './quarter';

describe(parseQuarter.name, () => {
  it('should give each calendar quarter its first and last days', () => {
    expect(parseQuarter('2026-Q1', '2026-12-01')).toEqual({ name: '2026-Q1', from: '2026-01-01', to: '2026-03-31' });
    expect(parseQuarter('2024-Q1', '2026-12-01').to).toBe('2024-03-31');
    expect(parseQuarter('2026-Q3', '2026-12-01')).toEqual({ name: '2026-Q3', from: '2026-07-01', to: '2026-09-30' });
    expect(parseQuarter('2026-Q4', '2026-12-01')).toEqual({ name: '2026-Q4', from: '2026-10-01', to: '2026-12-31' });
  });

  it.each([
    ['2026-Q5', 'must be a year and a calendar quarter, such as 2026-Q3'],
    ['2026-q3', 'must be a year and a calendar quarter, such as 2026-Q3'],
    ['2026Q3', 'must be a year and a calendar quarter, such as 2026-Q3'],
    ['1999-Q4', 'must not be before 2000'],
    ['2027-Q1', 'has not begun (today is 2026-12-01)'],
  ])('should refuse %s naming quarter', (text, reason) => {
    let refusal: unknown;
    try {
      parseQuarter(text, '2026-12-01');
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(ProblemException);
    expect((refusal as ProblemException).problem).toMatchObject({
      status: 400,
      errors: [{ field: 'quarter', reason }],
    });
  });
});
