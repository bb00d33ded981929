import { filterText, type Filter } from '@scim/schema/builders';

/** Which attributes a response carries (RFC 7644 §3.9). */
export interface Projection {
  attributes?: readonly string[];
  excludedAttributes?: readonly string[];
}

/** A query for a list or a search (RFC 7644 §3.4.2). */
export interface ListQuery extends Projection {
  /** A filter from the builders (`and(eq('userName', x), pr('externalId'))`) or filter text. */
  filter?: Filter | string;
  sortBy?: string;
  sortOrder?: 'ascending' | 'descending';
  /** Page size (`count`); the server's default when absent. */
  count?: number;
  /**
   * `index` (RFC 7644 §3.4.2.4 `startIndex`, the default) or `cursor` (RFC 9865,
   * stable while the collection changes). Roles support index paging only.
   */
  paging?: 'index' | 'cursor';
  /** Where index paging starts (1-based). */
  startIndex?: number;
}

/** A page position: a startIndex for index paging, a cursor ('' for the first page) for cursor paging. */
export type PagePosition = { startIndex: number } | { cursor: string };

export function projectionParams(projection: Projection = {}): Record<string, string | undefined> {
  return {
    attributes: projection.attributes?.join(','),
    excludedAttributes: projection.excludedAttributes?.join(','),
  };
}

/** The query string of `GET` on a collection. */
export function listParams(
  query: ListQuery,
  position: PagePosition,
): Record<string, string | undefined> {
  return {
    ...projectionParams(query),
    filter: query.filter === undefined ? undefined : filterText(query.filter),
    sortBy: query.sortBy,
    sortOrder: query.sortOrder,
    count: query.count === undefined ? undefined : String(query.count),
    ...('cursor' in position
      ? { cursor: position.cursor }
      : { startIndex: String(position.startIndex) }),
  };
}

/** The same query as a SearchRequest body (RFC 7644 §3.4.3). */
export function searchBody(query: ListQuery, position: PagePosition): Record<string, unknown> {
  return {
    schemas: ['urn:ietf:params:scim:api:messages:2.0:SearchRequest'],
    ...(query.attributes ? { attributes: query.attributes } : {}),
    ...(query.excludedAttributes ? { excludedAttributes: query.excludedAttributes } : {}),
    ...(query.filter !== undefined ? { filter: filterText(query.filter) } : {}),
    ...(query.sortBy !== undefined ? { sortBy: query.sortBy } : {}),
    ...(query.sortOrder !== undefined ? { sortOrder: query.sortOrder } : {}),
    ...(query.count !== undefined ? { count: query.count } : {}),
    ...position,
  };
}
