/**
 * Small-number suppression for figures about groups of people (equality of access).
 *
 * The rule:
 * 1. A count under 5 is not shown: it is published as null ("<5"), and that includes 0.
 * 2. Every other count, and the total, is rounded to the nearest 5 (5, 6 and 7 show as 5).
 * 3. One total is shown for all the tables of the same people (every characteristic at a stage),
 *    adjusted in one corner: when a table's shown figures could reach the least the rounded total
 *    could be only with every hidden count in it at 4, the total is shown 5 lower, so the corner
 *    cannot be recognised.
 *
 * Why this rather than hiding the next-smallest cell, or rounding only totals (all tried, and
 * checked by brute force in suppression.spec.ts against someone who knows this rule):
 * - Rounding only the total: cells {hidden, 11} with a total of 12 shown as 10 leave one answer,
 *   1 (the true total is 8 to 12, and only 12 - 11 is a count of 1 to 4).
 * - Hiding a second cell: the pair's sum can still be read off, and whether a second cell had to be
 *   hidden tells which sums were possible; small tables such as {1, 1, 5} or {4, 4} stay certain.
 * - Showing zeros exactly: {1, 1, 5} with the total 7 shown as 5 pins both hidden cells at 1, since
 *   every shown zero narrows the search. Treating 0 like 1 to 4 removes that.
 * With every figure rounded, each shown cell and the total could be any of up to five values, so
 * subtraction leaves several possibilities for a hidden count, except in the corner of step 3.
 *
 * Limits, stated so they can be weighed: the guarantee is tested for tables of up to 5 groups on
 * their own and for pairs of 3- and 4-group tables of the same people; every table published has at
 * least 3 groups (two groups such as {4, 4} cannot be protected beside a table showing 8 or more).
 * Someone who also knows a stage's exact total (the throughput figures give it) can still pin hidden
 * counts when every group of a table sits at the top of its band at once. And comparing figures
 * before and after one more person is recorded can reveal that person's group, as with any
 * published statistics that are refreshed.
 */
export const SMALL_COUNT_LIMIT = 5;

/** The rule in a sentence, as the figures that follow it state it. */
export const SUPPRESSION_RULE =
  'Counts under 5 (0 included) are null; every other count and each stage total is rounded to the nearest 5, ' +
  'and a total is shown 5 lower where that alone would let a hidden count be worked out.';
export const ROUNDING_BASE = 5;

/** Nearest multiple of 5 (counts are whole numbers, so there is never a tie). */
export function roundToBase(count: number): number {
  return Math.round(count / ROUNDING_BASE) * ROUNDING_BASE;
}

/** One count on its own: null under 5, otherwise rounded to the nearest 5. */
export function publishCount(count: number): number | null {
  return count < SMALL_COUNT_LIMIT ? null : roundToBase(count);
}

export interface PublishedTable {
  /** Each group's count, rounded, or null when under 5. */
  cells: (number | null)[];
  /** Everyone in the table, rounded (and adjusted in the one corner above), or null when under 5. */
  total: number | null;
}

export interface PublishedTables {
  tables: (number | null)[][];
  total: number | null;
}

/** The largest true count a cell could have, as published. */
function largestPossible(cell: number | null): number {
  return cell === null ? SMALL_COUNT_LIMIT - 1 : cell + Math.floor(ROUNDING_BASE / 2);
}

/** Whether the shown figures reach the least the rounded total could be only with every hidden count at 4. */
function inTheCorner(cells: readonly (number | null)[], total: number): boolean {
  if (!cells.includes(null)) return false;
  const mostTheCellsCouldHold = cells.reduce<number>((sum, cell) => sum + largestPossible(cell), 0);
  return total - Math.floor(ROUNDING_BASE / 2) >= mostTheCellsCouldHold;
}

/**
 * Publishes several tables that each partition the same people (one table per characteristic, all
 * for one stage) with one total shared by all of them: a total that differed between tables would
 * point at the table in the corner.
 */
export function publishTables(tables: readonly (readonly number[])[]): PublishedTables {
  const published = tables.map((counts) => counts.map(publishCount));
  const exactTotal = tables[0]?.reduce((sum, count) => sum + count, 0) ?? 0;
  const total = publishCount(exactTotal);
  if (total === null) return { tables: published, total };
  const adjusted = published.some((cells) => inTheCorner(cells, total));
  return { tables: published, total: adjusted ? total - ROUNDING_BASE : total };
}

/**
 * Publishes counts that partition one total (each person in exactly one cell) so that no count
 * under 5 appears and none can be worked out from the others and the total.
 */
export function publishTable(counts: readonly number[]): PublishedTable {
  const { tables, total } = publishTables([counts]);
  return { cells: tables[0], total };
}

/** A share of two published figures (never of the true counts), to 4 decimal places; null if unknown. */
export function publishedRate(numerator: number | null, denominator: number | null): number | null {
  if (numerator === null || denominator === null || denominator === 0) return null;
  return Math.round((numerator / denominator) * 10_000) / 10_000;
}
