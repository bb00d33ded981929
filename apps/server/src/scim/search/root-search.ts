import { ScimError, URN, type ListResponseBody } from '@scim/schema';
import type { ScimContext } from '../context.ts';
import { listGroups } from '../groups/list.ts';
import { listServiceAccounts } from '../service-accounts/list.ts';
import type { ListRequest } from '../query/list-resources.ts';
import { listUsers } from '../users/list.ts';

type Resource = Record<string, unknown>;
type Lister = (ctx: ScimContext, request: ListRequest) => Promise<ListResponseBody<Resource>>;

/** The resource types a root search covers, in the order their results are listed. */
const LISTERS: Lister[] = [listUsers, listGroups, listServiceAccounts];

/**
 * POST /.search at the root (RFC 7644 §3.4.3): the filter runs against each
 * resource type it applies to (a type whose schema lacks the attribute is
 * skipped; if none has it, 400 invalidFilter), and results are listed type
 * by type with one index over them all. Each type's query is SQL with its own
 * count; sorting across types would need an in-memory merge, so sortBy and
 * cursor are refused here and served by the per-type `.search`.
 */
export async function rootSearch(
  ctx: ScimContext,
  request: ListRequest,
): Promise<ListResponseBody<Resource>> {
  if (request.sortBy !== undefined || request.cursor !== undefined) {
    throw ScimError.of(
      'invalidValue',
      'sortBy and cursor are supported on the per-type .search (/Users, /Groups, /ServiceAccounts), not at the root',
    );
  }
  const startIndex = Math.max(1, Number(request.startIndex ?? 1) || 1);
  const wanted = Math.max(
    0,
    Math.min(
      ctx.services.limits.maxCount,
      Number(request.count ?? ctx.services.limits.defaultCount) || 0,
    ),
  );

  const totals: number[] = [];
  const applicable: Lister[] = [];
  let firstError: unknown;
  for (const lister of LISTERS) {
    try {
      totals.push((await lister(ctx, { ...request, startIndex: 1, count: 0 })).totalResults);
      applicable.push(lister);
    } catch (error) {
      if (!(error instanceof ScimError && error.scimType === 'invalidFilter')) throw error;
      firstError ??= error;
    }
  }
  if (applicable.length === 0) throw firstError;

  const resources: Resource[] = [];
  let offset = startIndex - 1;
  for (const [i, lister] of applicable.entries()) {
    const total = totals[i] ?? 0;
    if (offset >= total) {
      offset -= total;
      continue;
    }
    const remaining = wanted - resources.length;
    if (remaining <= 0) break;
    const page = await lister(ctx, { ...request, startIndex: offset + 1, count: remaining });
    resources.push(...page.Resources);
    offset = 0;
  }
  return {
    schemas: [URN.listResponse],
    totalResults: totals.reduce((a, b) => a + b, 0),
    startIndex,
    itemsPerPage: resources.length,
    Resources: resources,
  };
}
