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

/** Basis points as a percentage without trailing zeros: 2500 → `25%`, 1250 → `12.5%`, 5 → `0.05%`. */
export function formatBasisPoints(basisPoints: number): string {
  if (!Number.isSafeInteger(basisPoints)) throw new RangeError(`${basisPoints} is not a whole number of basis points`);
  const magnitude = Math.abs(basisPoints);
  const fraction = String(magnitude % 100)
    .padStart(2, '0')
    .replace(/0+$/, '');
  return `${basisPoints < 0 ? '-' : ''}${Math.trunc(magnitude / 100)}${fraction ? `.${fraction}` : ''}%`;
}
