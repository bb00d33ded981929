import { z } from 'zod';

/**
 * Inputs of SCIM procedures carry only path and query parameters; the
 * JSON body reaches procedures untouched through the context, so body
 * attributes can never collide with parameter names.
 */
export const tenantParam = { tenant: z.string() };
export const idParams = { tenant: z.string(), id: z.string() };

export const listParams = {
  ...tenantParam,
  filter: z.string().optional(),
  startIndex: z.string().optional(),
  count: z.string().optional(),
  attributes: z.string().optional(),
  excludedAttributes: z.string().optional(),
  sortBy: z.string().optional(),
  sortOrder: z.string().optional(),
};

export const projectionParams = {
  attributes: z.string().optional(),
  excludedAttributes: z.string().optional(),
};

/** Path parameters arrive percent-encoded (trpc-to-openapi does not decode them). */
export function decodeParam(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** `excludedAttributes=members` (Entra) lets us skip reading memberships. */
export function wantsMembers(params: {
  attributes?: string | undefined;
  excludedAttributes?: string | undefined;
}): boolean {
  const names = (list: string | undefined) =>
    (list ?? '').split(',').map((s) => s.trim().toLowerCase());
  if (params.attributes)
    return names(params.attributes).some((n) => n === 'members' || n.startsWith('members.'));
  return !names(params.excludedAttributes).includes('members');
}
