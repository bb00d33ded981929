import type { ListResponseBody, ResourceTypeDefinition } from '@scim/schema';
import type { ListQuery, Page } from '../../store/port.ts';
import type { ScimContext } from '../context.ts';
import { parseListQuery, toListResponse, type RawListParams } from './list-params.ts';
import { parseProjection, project, type Projection } from './projection.ts';

export interface ListRequest extends RawListParams {
  attributes?: string | undefined;
  excludedAttributes?: string | undefined;
}

/**
 * A list response (RFC 7644 §3.4.2) for one resource type: parses the
 * query and projection, reads a page (`read` may skip attributes the
 * projection leaves out) and projects each resource's SCIM JSON.
 */
export async function listResources<TView>(
  ctx: ScimContext,
  request: ListRequest,
  resourceType: ResourceTypeDefinition,
  read: (query: ListQuery, projection: Projection) => Promise<Page<TView>>,
  toScim: (view: TView) => Record<string, unknown>,
): Promise<ListResponseBody<Record<string, unknown>>> {
  const projection = parseProjection(request, resourceType);
  const parsed = parseListQuery(request, resourceType, ctx.services.limits);
  const page = await read(parsed.query, projection);
  const resources = page.items.map((view) => project(toScim(view), projection, resourceType));
  return toListResponse(resources, page, parsed);
}
