import { serviceAccountResourceType, type ListResponseBody } from '@scim/schema';
import type { ScimContext } from '../context.ts';
import { parseListQuery, toListResponse } from '../query/list-params.ts';
import { includesAttribute, parseProjection, project } from '../query/projection.ts';
import type { ListRequest } from '../users/list.ts';
import { toScimServiceAccount } from './representation.ts';

/** GET /ServiceAccounts and POST /ServiceAccounts/.search answer the same way (RFC 7644 §3.4.2, §3.4.3). */
export async function listServiceAccounts(
  ctx: ScimContext,
  request: ListRequest,
): Promise<ListResponseBody<Record<string, unknown>>> {
  const projection = parseProjection(request, serviceAccountResourceType);
  const parsed = parseListQuery(request, serviceAccountResourceType, ctx.services.limits);
  const page = await ctx.services.serviceAccounts.list(ctx.tenant.id, parsed.query, {
    withGroups: includesAttribute(projection, 'groups'),
  });
  const resources = page.items.map((v) =>
    project(
      toScimServiceAccount(v.account, v.groups, ctx.baseUrl),
      projection,
      serviceAccountResourceType,
    ),
  );
  return toListResponse(resources, page, parsed);
}
