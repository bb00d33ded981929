import { groupResourceType, type ListResponseBody } from '@scim/schema';
import type { ScimContext } from '../context.ts';
import { parseListQuery, toListResponse } from '../query/list-params.ts';
import { includesAttribute, parseProjection, project } from '../query/projection.ts';
import type { ListRequest } from '../users/list.ts';
import { toScimGroup } from './representation.ts';

/** GET /Groups and POST /Groups/.search; members are read only when returned. */
export async function listGroups(
  ctx: ScimContext,
  request: ListRequest,
): Promise<ListResponseBody<Record<string, unknown>>> {
  const projection = parseProjection(request, groupResourceType);
  const parsed = parseListQuery(request, groupResourceType, ctx.services.limits);
  const page = await ctx.services.groups.list(ctx.tenant.id, parsed.query, {
    withMembers: includesAttribute(projection, 'members'),
  });
  const resources = page.items.map((v) =>
    project(toScimGroup(v.group, v.members, ctx.baseUrl), projection, groupResourceType),
  );
  return toListResponse(resources, page, parsed);
}
