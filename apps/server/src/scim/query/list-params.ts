import {
  ScimError,
  listResponse,
  parseFilter,
  type ListResponseBody,
  type ResourceTypeDefinition,
} from '@scim/schema';
import type { ListQuery, Page, Paging, SortOrder } from '../../store/port.ts';
import { decodeCursor, encodeCursor, queryFingerprint } from './cursor.ts';
import { resolveFilter, resolvePath } from './resolve-filter.ts';

export interface ListLimits {
  /** Page size when the client gives no `count`. */
  defaultCount: number;
  /** The largest page served; advertised as filter.maxResults and pagination.maxPageSize. */
  maxCount: number;
}

/** List parameters as they arrive, from the query string or a SearchRequest body. */
export interface RawListParams {
  filter?: string | undefined;
  startIndex?: string | number | undefined;
  count?: string | number | undefined;
  sortBy?: string | undefined;
  sortOrder?: string | undefined;
  cursor?: string | undefined;
}

export interface ParsedList {
  query: ListQuery;
  /** Set with cursor paging: what issued cursors are bound to. */
  fingerprint: string | undefined;
}

/**
 * RFC 7644 §3.4.2: filter, sortBy/sortOrder, and paging — by index
 * (startIndex below 1 is 1, a negative count is 0, a count above the maximum
 * is reduced to it) or by cursor (RFC 9865, chosen by a `cursor` parameter,
 * empty for the first page). Non-numeric values are 400 invalidValue.
 */
export function parseListQuery(
  raw: RawListParams,
  resourceType: ResourceTypeDefinition,
  limits: ListLimits,
): ParsedList {
  const count = Math.min(
    limits.maxCount,
    Math.max(0, integerParam('count', raw.count) ?? limits.defaultCount),
  );
  const filterText = raw.filter?.trim();
  const filter = filterText ? resolveFilter(parseFilter(filterText), resourceType) : undefined;
  const sort = parseSort(raw, resourceType);
  const query = (paging: Paging): ListQuery => ({ filter, sort, paging });

  if (raw.cursor === undefined) {
    const startIndex = Math.max(1, integerParam('startIndex', raw.startIndex) ?? 1);
    return { query: query({ kind: 'index', startIndex, count }), fingerprint: undefined };
  }
  if (raw.startIndex !== undefined && raw.startIndex !== '') {
    throw ScimError.of('invalidValue', 'Use either startIndex or cursor, not both (RFC 9865)');
  }
  const fingerprint = queryFingerprint([
    resourceType.id,
    filterText ?? '',
    raw.sortBy ?? '',
    sort?.descending ?? false,
  ]);
  const after = raw.cursor === '' ? undefined : decodeCursor(raw.cursor, fingerprint, count);
  return { query: query({ kind: 'cursor', after, count }), fingerprint };
}

function parseSort(
  raw: RawListParams,
  resourceType: ResourceTypeDefinition,
): SortOrder | undefined {
  const sortBy = raw.sortBy?.trim();
  const order = raw.sortOrder?.trim().toLowerCase();
  if (order !== undefined && order !== '' && order !== 'ascending' && order !== 'descending') {
    throw ScimError.of('invalidValue', 'sortOrder must be "ascending" or "descending"');
  }
  if (!sortBy) return undefined;
  const filter = parseFilter(`${sortBy} pr`);
  if (filter.kind !== 'present') throw ScimError.of('invalidValue', `Cannot sort by '${sortBy}'`);
  try {
    return { path: resolvePath(filter.path, resourceType), descending: order === 'descending' };
  } catch (error) {
    if (error instanceof ScimError) throw ScimError.of('invalidValue', `sortBy: ${error.message}`);
    throw error;
  }
}

function integerParam(name: string, value: string | number | undefined): number | undefined {
  if (value === undefined || (typeof value === 'string' && value.trim() === '')) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n)) throw ScimError.of('invalidValue', `${name} must be an integer`);
  // Bound: offsets beyond this are meaningless and would overflow SQLite's limit math.
  return Math.min(Math.max(n, -1), 2 ** 31 - 1);
}

/** The ListResponse for a page: index fields, or `nextCursor` with cursor paging (RFC 9865 §2.2). */
export function toListResponse<T>(
  resources: T[],
  page: Page<unknown>,
  parsed: ParsedList,
): ListResponseBody<T> {
  const { paging } = parsed.query;
  if (paging.kind === 'index') return listResponse(resources, page.totalResults, paging.startIndex);
  const { startIndex: _omitted, ...body } = listResponse(resources, page.totalResults, 1);
  return {
    ...body,
    ...(page.next && parsed.fingerprint
      ? { nextCursor: encodeCursor(page.next, parsed.fingerprint, paging.count) }
      : {}),
  };
}
