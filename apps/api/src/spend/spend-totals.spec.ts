import { spendTotals } from './spend-totals';

describe(spendTotals.name, () => {
  it('should add amounts by plan item in integer pence and count service use', () => {
    expect(
      spendTotals([
        { planItemId: 'b', amountPence: 1250, kind: 'spend' },
        { planItemId: 'a', amountPence: 0, kind: 'service-use' },
        { planItemId: 'b', amountPence: 5, kind: 'service-use' },
        { planItemId: 'a', amountPence: 999, kind: 'service-use' },
      ]),
    ).toEqual({
      byItem: [
        { planItemId: 'a', spentPence: 999, serviceUseCount: 2 },
        { planItemId: 'b', spentPence: 1255, serviceUseCount: 1 },
      ],
      totalPence: 2254,
    });
  });

  it('should total nothing as zero', () => {
    expect(spendTotals([])).toEqual({ byItem: [], totalPence: 0 });
  });

  it('should refuse a total a JavaScript number cannot hold exactly', () => {
    const huge = { planItemId: 'a', amountPence: Number.MAX_SAFE_INTEGER, kind: 'spend' };
    expect(() => spendTotals([huge, huge])).toThrow(RangeError);
  });
});
