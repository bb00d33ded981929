import { userResourceType, type ListResponseBody } from '@scim/schema';
import type { ScimContext } from '../context.ts';
import { parseListQuery, toListResponse, type RawListParams } from '../query/list-params.ts';
import { includesAttribute, parseProjection, project } from '../query/projection.ts';
import { toScimUser } from './representation.ts';

export interface ListRequest extends RawListParams {
  attributes?: string | undefined;
  excludedAttributes?: string | undefined;
}

/** GET /Users and POST /Users/.search answer the same way (RFC 7644 §3.4.2, §3.4.3). */
export async function listUsers(
  ctx: ScimContext,
  request: ListRequest,
): Promise<ListResponseBody<Record<string, unknown>>> {
  const projection = parseProjection(request, userResourceType);
  const parsed = parseListQuery(request, userResourceType, ctx.services.limits);
  const page = await ctx.services.users.list(ctx.tenant.id, parsed.query, {
    withGroups: includesAttribute(projection, 'groups'),
  });
  const resources = page.items.map((v) =>
    project(toScimUser(v.user, v.groups, ctx.baseUrl), projection, userResourceType),
  );
  return toListResponse(resources, page, parsed);
}
