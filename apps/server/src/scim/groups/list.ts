import { groupResourceType, type ListResponseBody } from '@scim/schema';
import type { ScimContext } from '../context.ts';
import { listResources, type ListRequest } from '../query/list-resources.ts';
import { includesAttribute } from '../query/projection.ts';
import { toScimGroup } from './representation.ts';

/** GET /Groups and POST /Groups/.search; members are read only when returned. */
export function listGroups(
  ctx: ScimContext,
  request: ListRequest,
): Promise<ListResponseBody<Record<string, unknown>>> {
  return listResources(
    ctx,
    request,
    groupResourceType,
    (query, projection) =>
      ctx.services.groups.list(ctx.tenant.id, query, {
        withMembers: includesAttribute(projection, 'members'),
      }),
    (view) => toScimGroup(view.group, view.members, ctx.baseUrl),
  );
}
