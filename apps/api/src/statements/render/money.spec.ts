import { formatBasisPoints, formatPence } from './money';

describe(formatPence.name, () => {
  it.each([
    [0, '£0.00'],
    [5, '£0.05'],
    [10, '£0.10'],
    [99, '£0.99'],
    [100, '£1.00'],
    [123456, '£1,234.56'],
    [100000000, '£1,000,000.00'],
    [-5, '-£0.05'],
    [-123456, '-£1,234.56'],
    [-0, '£0.00'],
    [Number.MAX_SAFE_INTEGER, '£90,071,992,547,409.91'],
  ])('should format %p pence as %p', (pence, expected) => {
    expect(formatPence(pence)).toBe(expected);
  });

  it('should format bigint pence beyond the safe integers exactly', () => {
    expect(formatPence(123456789012345678901n)).toBe('£1,234,567,890,123,456,789.01');
    expect(formatPence(-100n)).toBe('-£1.00');
  });

  it.each([12.5, 0.1, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53])(
    'should refuse %p, which is not whole pence',
    (pence) => {
      expect(() => formatPence(pence)).toThrow(RangeError);
    },
  );
});

describe(formatBasisPoints.name, () => {
  it.each([
    [0, '0%'],
    [5, '0.05%'],
    [1250, '12.5%'],
    [2500, '25%'],
    [10000, '100%'],
    [1234, '12.34%'],
    [-150, '-1.5%'],
  ])('should show %p basis points as %p', (basisPoints, expected) => {
    expect(formatBasisPoints(basisPoints)).toBe(expected);
  });
});
