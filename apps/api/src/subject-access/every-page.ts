import { PageQuery } from '../common/page.query';

/** The largest page a list gives. */
const LARGEST_PAGE = 100;

/** Every item of a paged list, page by page, for an export that must hold all of it. */
export async function everyPage<Item, Query extends PageQuery>(
  query: () => Query,
  fetchPage: (query: Query) => Promise<{ items: Item[]; total: number }>,
): Promise<Item[]> {
  const items: Item[] = [];
  for (let page = 1; ; page++) {
    const pageQuery = Object.assign(query(), { page, pageSize: LARGEST_PAGE });
    const answer = await fetchPage(pageQuery);
    items.push(...answer.items);
    if (answer.items.length < LARGEST_PAGE || items.length >= answer.total) return items;
  }
}

export const firstPage = () => new PageQuery();
