import { userResourceType, type ListResponseBody } from '@scim/schema';
import type { ScimContext } from '../context.ts';
import { listResources, type ListRequest } from '../query/list-resources.ts';
import { includesAttribute } from '../query/projection.ts';
import { toScimUser } from './representation.ts';

/** GET /Users and POST /Users/.search answer the same way (RFC 7644 §3.4.2, §3.4.3). */
export function listUsers(
  ctx: ScimContext,
  request: ListRequest,
): Promise<ListResponseBody<Record<string, unknown>>> {
  return listResources(
    ctx,
    request,
    userResourceType,
    (query, projection) =>
      ctx.services.users.list(ctx.tenant.id, query, {
        withGroups: includesAttribute(projection, 'groups'),
      }),
    (view) => toScimUser(view.user, view.groups, ctx.baseUrl),
  );
}
