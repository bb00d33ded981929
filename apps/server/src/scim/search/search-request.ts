import { ScimError, URN, isJsonObject } from '@scim/schema';
import type { ListRequest } from '../query/list-resources.ts';

/**
 * A SearchRequest body (RFC 7644 §3.4.3) as list parameters. Keys in any
 * case; `attributes` / `excludedAttributes` as arrays (the RFC) or
 * comma-separated strings (what some clients send).
 */
export function parseSearchRequest(body: unknown): ListRequest {
  if (!isJsonObject(body))
    throw ScimError.of('invalidSyntax', 'A SearchRequest must be a JSON object');
  const field = (name: string): unknown => {
    const key = Object.keys(body).find((k) => k.toLowerCase() === name.toLowerCase());
    return key === undefined ? undefined : body[key];
  };
  const schemas = field('schemas');
  if (
    schemas !== undefined &&
    !(
      Array.isArray(schemas) &&
      schemas.some(
        (s) => typeof s === 'string' && s.toLowerCase() === URN.searchRequest.toLowerCase(),
      )
    )
  ) {
    throw ScimError.of(
      'invalidSyntax',
      `A search request must carry the schema ${URN.searchRequest}`,
    );
  }
  const request: ListRequest = {};
  const text = (name: keyof ListRequest) => {
    const value = field(name);
    if (value === undefined || value === null) return;
    if (typeof value !== 'string' && typeof value !== 'number') {
      throw ScimError.of('invalidValue', `${name} must be a string`);
    }
    (request as Record<string, string | number>)[name] = value;
  };
  const list = (name: 'attributes' | 'excludedAttributes') => {
    const value = field(name);
    if (value === undefined || value === null) return;
    if (typeof value === 'string') request[name] = value;
    else if (Array.isArray(value) && value.every((v) => typeof v === 'string'))
      request[name] = value.join(',');
    else throw ScimError.of('invalidValue', `${name} must be a list of attribute names`);
  };
  for (const name of ['filter', 'sortBy', 'sortOrder', 'startIndex', 'count', 'cursor'] as const)
    text(name);
  list('attributes');
  list('excludedAttributes');
  return request;
}
