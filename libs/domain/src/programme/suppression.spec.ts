import { publishCount, publishedRate, publishTable, publishTables, roundToBase } from './suppression';

/** Every way of splitting `total` people over `cells` groups. */
function* splits(total: number, cells: number): Generator<number[]> {
  if (cells === 1) {
    yield [total];
    return;
  }
  for (let first = 0; first <= total; first += 1) {
    for (const rest of splits(total - first, cells - 1)) yield [first, ...rest];
  }
}

/**
 * Someone who sees a published table and knows this rule: the true table could be any table that
 * publishes identically. Returns the tables in which a hidden count of 1 to 4 has only one possible
 * value. Publications that could also come from totals beyond `maxTotal` are skipped, as their
 * candidates were not all enumerated.
 */
function derivableTables(maxTotal: number, cells: number): number[][] {
  const byPublication = new Map<string, number[][]>();
  for (let total = 0; total <= maxTotal; total += 1) {
    for (const split of splits(total, cells)) {
      const key = JSON.stringify(publishTable(split));
      byPublication.set(key, [...(byPublication.get(key) ?? []), split]);
    }
  }
  const failures: number[][] = [];
  for (const [key, candidates] of byPublication) {
    const { total } = JSON.parse(key) as ReturnType<typeof publishTable>;
    if ((total ?? 0) + 7 > maxTotal) continue;
    for (let index = 0; index < cells; index += 1) {
      const possible = new Set(candidates.map((candidate) => candidate[index]));
      const [only] = possible;
      if (possible.size === 1 && only > 0 && only < 5) failures.push(candidates[0]);
    }
  }
  return failures;
}

describe(publishTable.name, () => {
  it('should hide counts under 5, zeros included, and round everything else to the nearest 5', () => {
    expect(publishTable([0, 4, 5, 7, 8, 12, 13, 40])).toEqual({
      cells: [null, null, 5, 5, 10, 10, 15, 40],
      total: 90,
    });
  });

  it('should hide a total under 5', () => {
    expect(publishTable([2, 1, 0])).toEqual({ cells: [null, null, null], total: null });
  });

  it('should show the total 5 lower when the shown figures could only add up with every hidden count at 4', () => {
    // 4 + 7 + 7 = 18, shown as <5, 5, 5 and 20: only 4 + 7 + 7 reaches 18, the least 20 could be.
    expect(publishTable([4, 7, 7])).toEqual({ cells: [null, 5, 5], total: 15 });
    expect(publishTable([4, 4])).toEqual({ cells: [null, null], total: 5 });
    // Not in the corner: rounding alone leaves several possibilities.
    expect(publishTable([3, 7, 7])).toEqual({ cells: [null, 5, 5], total: 15 });
    expect(publishTable([4, 11, 12])).toEqual({ cells: [null, 10, 10], total: 25 });
    expect(publishTable([4, 12, 12])).toEqual({ cells: [null, 10, 10], total: 25 });
    expect(publishTable([4, 12, 12, 5])).toEqual({ cells: [null, 10, 10, 5], total: 35 });
  });

  it('should not let the total minus the other groups give a hidden count (the total-only rounding case)', () => {
    expect(publishTable([1, 11])).toEqual({ cells: [null, 10], total: 10 });
  });

  it.each([
    [2, 40],
    [3, 32],
    [4, 26],
    [5, 18],
  ])('should never let a hidden count be worked out, for any %i groups of up to %i people', (cells, maxTotal) => {
    expect(derivableTables(maxTotal, cells)).toEqual([]);
  });

  it('should never show a figure from 1 to 4', () => {
    for (const split of splits(14, 4)) {
      const { cells, total } = publishTable(split);
      for (const figure of [...cells, total]) if (figure !== null) expect(figure).toBeGreaterThanOrEqual(5);
    }
  });
});

describe(publishTables.name, () => {
  it('should share one total between tables, adjusted when any one of them is in the corner', () => {
    expect(
      publishTables([
        [4, 7, 7],
        [9, 9, 0],
      ]),
    ).toEqual({
      tables: [
        [null, 5, 5],
        [10, 10, null],
      ],
      total: 15,
    });
    expect(
      publishTables([
        [3, 7, 8],
        [9, 9, 0],
      ]).total,
    ).toBe(20);
  });

  // Every table published has at least 3 groups (a site's own characteristic: one answer, "prefer
  // not to say" and "not recorded"). Two groups cannot be protected across tables: {4, 4} beside a
  // table that shows at least 8 people leaves one answer.
  it('should never let a hidden count be worked out from two tables of the same people', () => {
    const byPublication = new Map<string, [number[], number[]][]>();
    for (let total = 0; total <= 16; total += 1) {
      const firsts = [...splits(total, 3)];
      for (const second of splits(total, 4)) {
        for (const first of firsts) {
          const key = JSON.stringify(publishTables([first, second]));
          const candidates = byPublication.get(key);
          if (candidates) candidates.push([first, second]);
          else byPublication.set(key, [[first, second]]);
        }
      }
    }
    const derivable: [number[], number[]][] = [];
    for (const [key, candidates] of byPublication) {
      if (((JSON.parse(key) as { total: number | null }).total ?? 0) + 7 > 16) continue;
      for (const [table, cells] of [
        [0, 3],
        [1, 4],
      ]) {
        for (let index = 0; index < cells; index += 1) {
          const possible = new Set(candidates.map((candidate) => candidate[table][index]));
          const [only] = possible;
          if (possible.size === 1 && only > 0 && only < 5) derivable.push(candidates[0]);
        }
      }
    }
    expect(derivable).toEqual([]);
  });
});

describe(publishCount.name, () => {
  it('should hide 0 to 4 and round the rest', () => {
    expect([0, 1, 4, 5, 7, 8, 102].map(publishCount)).toEqual([null, null, null, 5, 5, 10, 100]);
    expect(roundToBase(13)).toBe(15);
  });
});

describe(publishedRate.name, () => {
  it('should divide published figures only, to 4 decimal places', () => {
    expect(publishedRate(10, 15)).toBe(0.6667);
    expect(publishedRate(null, 15)).toBeNull();
    expect(publishedRate(5, 0)).toBeNull();
  });
});
