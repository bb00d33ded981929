import { z } from 'zod';

/**
 * Inputs of SCIM procedures carry only path and query parameters; the
 * JSON body reaches procedures untouched through the context, so body
 * attributes can never collide with parameter names.
 */
export const tenantParam = { tenant: z.string() };
export const idParams = { tenant: z.string(), id: z.string() };

/** An optional query parameter, described for the OpenAPI document. */
const queryText = (description: string) => z.string().meta({ description }).optional();

export const projectionParams = {
  attributes: queryText('Attributes to return, comma-separated (RFC 7644 §3.9).'),
  excludedAttributes: queryText('Attributes to leave out, comma-separated (RFC 7644 §3.9).'),
};

/** RFC 7644 §3.4.2 query parameters, plus RFC 9865's `cursor`. */
export const listParams = {
  ...tenantParam,
  ...projectionParams,
  filter: queryText('A filter, e.g. userName eq "ada@example.com" (RFC 7644 §3.4.2.2).'),
  startIndex: queryText('1-based index of the first result (RFC 7644 §3.4.2.4).'),
  count: queryText('Page size (RFC 7644 §3.4.2.4).'),
  sortBy: queryText('Attribute to sort by (RFC 7644 §3.4.2.3).'),
  sortOrder: queryText('ascending or descending (RFC 7644 §3.4.2.3).'),
  cursor: queryText('Cursor paging: empty for the first page, then nextCursor (RFC 9865).'),
};

/** Path parameters arrive percent-encoded (trpc-to-openapi does not decode them). */
export function decodeParam(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** `attributes` / `excludedAttributes` from the query string, for any method. */
export function projectionParamsOf(query: URLSearchParams): {
  attributes?: string;
  excludedAttributes?: string;
} {
  const attributes = query.get('attributes') ?? undefined;
  const excludedAttributes = query.get('excludedAttributes') ?? undefined;
  return {
    ...(attributes !== undefined ? { attributes } : {}),
    ...(excludedAttributes !== undefined ? { excludedAttributes } : {}),
  };
}
