import { problems } from '../problem/problem.exception';

/**
 * A list's period from its `from` (inclusive) and `to` (exclusive) parameters, already validated as
 * instants or dates (a date is its midnight UTC); 400 on `from` for one that starts after it ends.
 */
export function periodOf(query: { from?: string; to?: string }): { from?: Date; to?: Date } {
  const from = query.from === undefined ? undefined : new Date(query.from);
  const to = query.to === undefined ? undefined : new Date(query.to);
  if (from && to && from > to) throw problems.validation([{ field: 'from', reason: 'must not be after to' }]);
  return { from, to };
}
