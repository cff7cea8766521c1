export { formatPence } from '@ipc/domain';

/** Basis points as a percentage without trailing zeros: 2500 → `25%`, 1250 → `12.5%`, 5 → `0.05%`. */
export function formatBasisPoints(basisPoints: number): string {
  if (!Number.isSafeInteger(basisPoints)) throw new RangeError(`${basisPoints} is not a whole number of basis points`);
  const magnitude = Math.abs(basisPoints);
  const fraction = String(magnitude % 100)
    .padStart(2, '0')
    .replace(/0+$/, '');
  return `${basisPoints < 0 ? '-' : ''}${Math.trunc(magnitude / 100)}${fraction ? `.${fraction}` : ''}%`;
}
