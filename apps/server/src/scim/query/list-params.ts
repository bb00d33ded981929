import { ScimError, parseFilter, type ResourceTypeDefinition } from '@scim/schema';
import type { ListQuery } from '../../store/port.ts';
import { resolveFilter } from './resolve-filter.ts';

export interface ListLimits {
  /** Page size when the client gives no `count`. */
  defaultCount: number;
  /** The largest page served; advertised as filter.maxResults. */
  maxCount: number;
}

export interface RawListParams {
  filter?: string | undefined;
  startIndex?: string | undefined;
  count?: string | undefined;
}

/**
 * RFC 7644 §3.4.2.4: startIndex below 1 is taken as 1; a negative count as 0;
 * a count above the maximum is reduced to it. Non-numeric values are 400.
 */
export function parseListQuery(
  raw: RawListParams,
  resourceType: ResourceTypeDefinition,
  limits: ListLimits,
): ListQuery {
  const startIndex = Math.max(1, integerParam('startIndex', raw.startIndex) ?? 1);
  const count = Math.min(
    limits.maxCount,
    Math.max(0, integerParam('count', raw.count) ?? limits.defaultCount),
  );
  const filterText = raw.filter?.trim();
  const filter = filterText ? resolveFilter(parseFilter(filterText), resourceType) : undefined;
  return { filter, startIndex, count };
}

function integerParam(name: string, value: string | undefined): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const n = Number(value);
  if (!Number.isInteger(n)) throw ScimError.of('invalidValue', `${name} must be an integer`);
  // Bound: offsets beyond this are meaningless and would overflow SQLite's limit math.
  return Math.min(Math.max(n, -1), 2 ** 31 - 1);
}
