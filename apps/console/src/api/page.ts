/** A page of a list as the API answers it. */
export interface Page<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
}

/** The lists show 25 a page. */
export const PAGE_SIZE = 25;

/** The page asked for in the query: 1 when absent or odd. */
export function pageNumber(value: unknown): number {
  const page = Number(value);
  return Number.isInteger(page) && page >= 1 ? page : 1;
}
