const THOUSANDS = /\B(?=(\d{3})+(?!\d))/g;

/**
 * Integer pence as pounds, `£1,234.56` (negative: `-£1,234.56`), with integer arithmetic only: a
 * number that is not a whole, safe number of pence is refused rather than rounded.
 */
export function formatPence(pence: number | bigint): string {
  if (typeof pence === 'number' && !Number.isSafeInteger(pence)) {
    throw new RangeError(`${pence} is not a whole number of pence`);
  }
  const value = BigInt(pence);
  const magnitude = value < 0n ? -value : value;
  const pounds = (magnitude / 100n).toString().replace(THOUSANDS, ',');
  const pennies = (magnitude % 100n).toString().padStart(2, '0');
  return `${value < 0n ? '-' : ''}£${pounds}.${pennies}`;
}
