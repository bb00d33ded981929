import { serviceAccountResourceType, type ListResponseBody } from '@scim/schema';
import type { ScimContext } from '../context.ts';
import { listResources, type ListRequest } from '../query/list-resources.ts';
import { includesAttribute } from '../query/projection.ts';
import { toScimServiceAccount } from './representation.ts';

/** GET /ServiceAccounts and POST /ServiceAccounts/.search answer the same way (RFC 7644 §3.4.2, §3.4.3). */
export function listServiceAccounts(
  ctx: ScimContext,
  request: ListRequest,
): Promise<ListResponseBody<Record<string, unknown>>> {
  return listResources(
    ctx,
    request,
    serviceAccountResourceType,
    (query, projection) =>
      ctx.services.serviceAccounts.list(ctx.tenant.id, query, {
        withGroups: includesAttribute(projection, 'groups'),
      }),
    (view) => toScimServiceAccount(view.account, view.groups, ctx.baseUrl),
  );
}
