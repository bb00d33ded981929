import {
  ScimError,
  listResponse,
  matchesFilter,
  parseFilter,
  roleResourceType,
} from '@scim/schema';
import { z } from 'zod';
import { parseProjection, project } from '../query/projection.ts';
import { resolveFilter } from '../query/resolve-filter.ts';
import { decodeParam, listParams, projectionParams, tenantParam } from '../route-input.ts';
import { createScimRouter, scimProcedure } from '../trpc.ts';
import { roleResources } from './role-resources.ts';

const path = '/scim/v2/{tenant}/Roles';
const tags = ['Roles'];
const output = z.record(z.string(), z.unknown());

/**
 * GET /Roles: the tenant's assignable roles (a few per catalog entry),
 * derived from its catalog, filterable and paged. The list is small and
 * computed, not stored, so it is filtered here rather than in SQL.
 */
export const rolesRouter = createScimRouter({
  list: scimProcedure
    .meta({
      openapi: { method: 'GET', path, tags, summary: 'List assignable roles' },
      wire: { returns: 'listResponse' },
    })
    .input(z.object(listParams))
    .output(output)
    .query(async ({ ctx, input }) => {
      if (input.sortBy !== undefined || input.cursor !== undefined) {
        throw ScimError.of(
          'invalidValue',
          'Roles are listed by id; sortBy and cursor are not supported here',
        );
      }
      const catalog = await ctx.services.roles.catalog(ctx.tenant.id);
      const filter = input.filter?.trim() ? parseFilter(input.filter) : undefined;
      if (filter) resolveFilter(filter, roleResourceType); // unknown attributes are invalidFilter
      const all = roleResources(catalog, ctx.baseUrl).filter(
        (role) => !filter || matchesFilter(filter, role),
      );
      const startIndex = Math.max(1, Number.parseInt(input.startIndex ?? '1', 10) || 1);
      const count = Math.min(
        ctx.services.limits.maxCount,
        Math.max(
          0,
          Number.parseInt(input.count ?? String(ctx.services.limits.defaultCount), 10) || 0,
        ),
      );
      const projection = parseProjection(input, roleResourceType);
      const page = all
        .slice(startIndex - 1, startIndex - 1 + count)
        .map((r) => project(r, projection, roleResourceType));
      return listResponse(page, all.length, startIndex);
    }),

  get: scimProcedure
    .meta({
      openapi: { method: 'GET', path: `${path}/{id}`, tags, summary: 'Get an assignable role' },
      wire: { returns: 'resource' },
    })
    .input(z.object({ ...tenantParam, id: z.string(), ...projectionParams }))
    .output(output)
    .query(async ({ ctx, input }) => {
      const id = decodeParam(input.id).toLowerCase();
      const catalog = await ctx.services.roles.catalog(ctx.tenant.id);
      const role = roleResources(catalog, ctx.baseUrl).find((r) => r.id === id);
      if (!role) throw ScimError.notFound(`Role ${input.id} not found`);
      return project(role, parseProjection(input, roleResourceType), roleResourceType);
    }),
});
