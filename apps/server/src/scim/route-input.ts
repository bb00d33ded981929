import { z } from 'zod';

/**
 * Inputs of SCIM procedures carry only path and query parameters; the
 * JSON body reaches procedures untouched through the context, so body
 * attributes can never collide with parameter names.
 */
export const tenantParam = { tenant: z.string() };
export const idParams = { tenant: z.string(), id: z.string() };

export const projectionParams = {
  attributes: z.string().optional(),
  excludedAttributes: z.string().optional(),
};

/** RFC 7644 §3.4.2 query parameters, plus RFC 9865's `cursor`. */
export const listParams = {
  ...tenantParam,
  ...projectionParams,
  filter: z.string().optional(),
  startIndex: z.string().optional(),
  count: z.string().optional(),
  sortBy: z.string().optional(),
  sortOrder: z.string().optional(),
  cursor: z.string().optional(),
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
