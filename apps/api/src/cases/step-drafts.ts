import { randomUUID } from 'node:crypto';

/** A request's optional free text, kept in the narrative only when given. */
export const noteOf = (dto: { note?: string }) => (dto.note ? { note: dto.note } : {});
export const notesOf = (dto: { notes?: string }) => (dto.notes ? { notes: dto.notes } : {});

/**
 * A plan's items as written (each with an id, a new one where the request has none) and their
 * costs as the workflow needs them (ids and pence only).
 */
export function planItems<Item extends { itemId?: string; annualCostPence: number }>(
  items: Item[],
  newId: () => string = randomUUID,
) {
  const supportItems = items.map((item) => ({ ...item, itemId: item.itemId ?? newId() }));
  return { supportItems, costs: supportItems.map(({ itemId, annualCostPence }) => ({ itemId, annualCostPence })) };
}
