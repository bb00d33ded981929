import { listResponse } from '@scim/schema';
import { z } from 'zod';
import type { ScimContext } from '../context.ts';
import { etagOf, notModified } from '../resource-meta.ts';
import {
  decodeParam,
  idParams,
  listParams,
  projectionParams,
  tenantParam,
  wantsMembers,
} from '../route-input.ts';
import { createScimRouter, scimProcedure } from '../trpc.ts';
import { toScimGroup } from './representation.ts';
import type { GroupView } from './service.ts';

const path = '/scim/v2/{tenant}/Groups';
const tags = ['Groups'];
const resource = z.record(z.string(), z.unknown());
const idWithProjection = z.object({ ...idParams, ...projectionParams });
const tenantWithProjection = z.object({ ...tenantParam, ...projectionParams });

function respond(ctx: ScimContext, view: GroupView, status = 200) {
  ctx.response.status = status;
  ctx.response.headers.etag = etagOf(view.group.version);
  if (status === 201) ctx.response.headers.location = `${ctx.baseUrl}/Groups/${view.group.id}`;
  return toScimGroup(view.group, view.members, ctx.baseUrl);
}

export const groupsRouter = createScimRouter({
  list: scimProcedure
    .meta({
      openapi: { method: 'GET', path, tags, summary: 'List or filter groups (RFC 7644 §3.4.2)' },
    })
    .input(z.object(listParams))
    .output(resource)
    .query(async ({ ctx, input }) => {
      const page = await ctx.services.groups.list(ctx.tenant.id, input, {
        withMembers: wantsMembers(input),
      });
      const startIndex = Math.max(1, Number.parseInt(input.startIndex ?? '1', 10) || 1);
      return listResponse(
        page.items.map((v) => toScimGroup(v.group, v.members, ctx.baseUrl)),
        page.totalResults,
        startIndex,
      );
    }),

  get: scimProcedure
    .meta({ openapi: { method: 'GET', path: `${path}/{id}`, tags, summary: 'Get a group' } })
    .input(idWithProjection)
    .output(resource.optional())
    .query(async ({ ctx, input }) => {
      const view = await ctx.services.groups.get(ctx.tenant.id, decodeParam(input.id), {
        withMembers: wantsMembers(input),
      });
      if (notModified(ctx.requestHeaders.get('if-none-match'), view.group.version)) {
        ctx.response.status = 304;
        ctx.response.headers.etag = etagOf(view.group.version);
        return undefined;
      }
      return respond(ctx, view);
    }),

  create: scimProcedure
    .meta({
      successStatus: 201,
      openapi: { method: 'POST', path, tags, summary: 'Create a group' },
    })
    .input(tenantWithProjection)
    .output(resource)
    .mutation(async ({ ctx, input }) =>
      respond(
        ctx,
        await ctx.services.groups.create(ctx.tenant.id, ctx.body, {
          withMembers: wantsMembers(input),
        }),
        201,
      ),
    ),

  replace: scimProcedure
    .meta({
      openapi: {
        method: 'PUT',
        path: `${path}/{id}`,
        tags,
        summary: 'Replace a group and its members',
      },
    })
    .input(idWithProjection)
    .output(resource)
    .mutation(async ({ ctx, input }) =>
      respond(
        ctx,
        await ctx.services.groups.replace(
          ctx.tenant.id,
          decodeParam(input.id),
          ctx.body,
          ctx.requestHeaders.get('if-match'),
          { withMembers: wantsMembers(input) },
        ),
      ),
    ),

  patch: scimProcedure
    .meta({
      openapi: {
        method: 'PATCH',
        path: `${path}/{id}`,
        tags,
        summary: 'Modify a group or its members',
      },
    })
    .input(idWithProjection)
    .output(resource)
    .mutation(async ({ ctx, input }) =>
      respond(
        ctx,
        await ctx.services.groups.patch(
          ctx.tenant.id,
          decodeParam(input.id),
          ctx.body,
          ctx.requestHeaders.get('if-match'),
          { withMembers: wantsMembers(input) },
        ),
      ),
    ),

  delete: scimProcedure
    .meta({
      successStatus: 204,
      openapi: { method: 'DELETE', path: `${path}/{id}`, tags, summary: 'Delete a group' },
    })
    .input(z.object(idParams))
    .output(z.void())
    .mutation(async ({ ctx, input }) => {
      await ctx.services.groups.delete(
        ctx.tenant.id,
        decodeParam(input.id),
        ctx.requestHeaders.get('if-match'),
      );
      ctx.response.status = 204;
    }),
});
