import type { ListResponse } from './resources.ts';
import type { ListQuery, PagePosition } from './list-query.ts';

/**
 * Every page of a query, fetched as iteration reaches it: by `startIndex` until
 * `totalResults` is reached (RFC 7644 §3.4.2.4), or by following `nextCursor`
 * until a page has none (RFC 9865).
 */
export async function* pages<T>(
  query: ListQuery,
  fetchPage: (position: PagePosition) => Promise<ListResponse<T>>,
): AsyncGenerator<ListResponse<T>, void, undefined> {
  if (query.paging === 'cursor') {
    let cursor = '';
    for (;;) {
      const page = await fetchPage({ cursor });
      yield page;
      if (!page.nextCursor) return;
      cursor = page.nextCursor;
    }
  }
  let startIndex = query.startIndex ?? 1;
  for (;;) {
    const page = await fetchPage({ startIndex });
    yield page;
    const seen = page.Resources.length;
    if (seen === 0 || startIndex - 1 + seen >= page.totalResults) return;
    startIndex += seen;
  }
}

/** Every resource of every page. */
export async function* items<T>(
  all: AsyncIterable<ListResponse<T>>,
): AsyncGenerator<T, void, undefined> {
  for await (const page of all) yield* page.Resources;
}
