import { listResponse } from '@scim/schema';
import { z } from 'zod';
import { etagOf, notModified } from '../resource-meta.ts';
import { decodeParam, idParams, listParams, tenantParam } from '../route-input.ts';
import { createScimRouter, scimProcedure } from '../trpc.ts';
import { toScimUser } from './representation.ts';
import type { UserView } from './service.ts';
import type { ScimContext } from '../context.ts';

const path = '/scim/v2/{tenant}/Users';
const tags = ['Users'];
const resource = z.record(z.string(), z.unknown());

function respond(ctx: ScimContext, view: UserView, status = 200) {
  ctx.response.status = status;
  ctx.response.headers.etag = etagOf(view.user.version);
  const body = toScimUser(view.user, view.groups, ctx.baseUrl);
  if (status === 201) ctx.response.headers.location = `${ctx.baseUrl}/Users/${view.user.id}`;
  return body;
}

export const usersRouter = createScimRouter({
  list: scimProcedure
    .meta({
      openapi: { method: 'GET', path, tags, summary: 'List or filter users (RFC 7644 §3.4.2)' },
    })
    .input(z.object(listParams))
    .output(resource)
    .query(async ({ ctx, input }) => {
      const page = await ctx.services.users.list(ctx.tenant.id, input);
      const startIndex = Math.max(1, Number.parseInt(input.startIndex ?? '1', 10) || 1);
      return listResponse(
        page.items.map((v) => toScimUser(v.user, v.groups, ctx.baseUrl)),
        page.totalResults,
        startIndex,
      );
    }),

  get: scimProcedure
    .meta({ openapi: { method: 'GET', path: `${path}/{id}`, tags, summary: 'Get a user' } })
    .input(z.object(idParams))
    .output(resource.optional())
    .query(async ({ ctx, input }) => {
      const view = await ctx.services.users.get(ctx.tenant.id, decodeParam(input.id));
      if (notModified(ctx.requestHeaders.get('if-none-match'), view.user.version)) {
        ctx.response.status = 304;
        ctx.response.headers.etag = etagOf(view.user.version);
        return undefined;
      }
      return respond(ctx, view);
    }),

  create: scimProcedure
    .meta({ successStatus: 201, openapi: { method: 'POST', path, tags, summary: 'Create a user' } })
    .input(z.object(tenantParam))
    .output(resource)
    .mutation(async ({ ctx }) =>
      respond(ctx, await ctx.services.users.create(ctx.tenant.id, ctx.body), 201),
    ),

  replace: scimProcedure
    .meta({ openapi: { method: 'PUT', path: `${path}/{id}`, tags, summary: 'Replace a user' } })
    .input(z.object(idParams))
    .output(resource)
    .mutation(async ({ ctx, input }) =>
      respond(
        ctx,
        await ctx.services.users.replace(
          ctx.tenant.id,
          decodeParam(input.id),
          ctx.body,
          ctx.requestHeaders.get('if-match'),
        ),
      ),
    ),

  patch: scimProcedure
    .meta({
      openapi: {
        method: 'PATCH',
        path: `${path}/{id}`,
        tags,
        summary: 'Modify a user (RFC 7644 §3.5.2)',
      },
    })
    .input(z.object(idParams))
    .output(resource)
    .mutation(async ({ ctx, input }) =>
      respond(
        ctx,
        await ctx.services.users.patch(
          ctx.tenant.id,
          decodeParam(input.id),
          ctx.body,
          ctx.requestHeaders.get('if-match'),
        ),
      ),
    ),

  delete: scimProcedure
    .meta({
      successStatus: 204,
      openapi: { method: 'DELETE', path: `${path}/{id}`, tags, summary: 'Delete a user' },
    })
    .input(z.object(idParams))
    .output(z.void())
    .mutation(async ({ ctx, input }) => {
      await ctx.services.users.delete(
        ctx.tenant.id,
        decodeParam(input.id),
        ctx.requestHeaders.get('if-match'),
      );
      ctx.response.status = 204;
    }),
});
