import { userResourceType } from '@scim/schema';
import { z } from 'zod';
import type { ScimContext } from '../context.ts';
import {
  includesAttribute,
  parseProjection,
  project,
  type Projection,
} from '../query/projection.ts';
import { prefersMinimal, respondNoContent, respondWithResource } from '../respond.ts';
import { etagOf, notModified } from '../resource-meta.ts';
import {
  decodeParam,
  idParams,
  listParams,
  projectionParams,
  projectionParamsOf,
  tenantParam,
} from '../route-input.ts';
import { createScimRouter, scimProcedure } from '../trpc.ts';
import { listUsers } from './list.ts';
import { toScimUser } from './representation.ts';
import type { ReadOptions, UserView } from './service.ts';

const path = '/scim/v2/{tenant}/Users';
const tags = ['Users'];
const resource = z.record(z.string(), z.unknown());
const withId = z.object({ ...idParams, ...projectionParams });
const withTenant = z.object({ ...tenantParam, ...projectionParams });

function read(projection: Projection): ReadOptions {
  return { withGroups: includesAttribute(projection, 'groups') };
}

function body(ctx: ScimContext, view: UserView, projection: Projection) {
  return project(toScimUser(view.user, view.groups, ctx.baseUrl), projection, userResourceType);
}

export const usersRouter = createScimRouter({
  list: scimProcedure
    .meta({
      openapi: {
        method: 'GET',
        path,
        tags,
        summary: 'List, filter and sort users (RFC 7644 §3.4.2)',
      },
    })
    .input(z.object(listParams))
    .output(resource)
    .query(({ ctx, input }) => listUsers(ctx, input)),

  get: scimProcedure
    .meta({ openapi: { method: 'GET', path: `${path}/{id}`, tags, summary: 'Get a user' } })
    .input(withId)
    .output(resource.optional())
    .query(async ({ ctx, input }) => {
      const projection = parseProjection(projectionParamsOf(ctx.query), userResourceType);
      const view = await ctx.services.users.get(
        ctx.tenant.id,
        decodeParam(input.id),
        read(projection),
      );
      if (notModified(ctx.requestHeaders.get('if-none-match'), view.user.version)) {
        ctx.response.status = 304;
        ctx.response.headers.etag = etagOf(view.user.version);
        return undefined;
      }
      return respondWithResource(ctx, body(ctx, view, projection), view.user.version);
    }),

  create: scimProcedure
    .meta({ successStatus: 201, openapi: { method: 'POST', path, tags, summary: 'Create a user' } })
    .input(withTenant)
    .output(resource)
    .mutation(async ({ ctx }) => {
      const projection = parseProjection(projectionParamsOf(ctx.query), userResourceType);
      const view = await ctx.services.users.create(ctx.tenant.id, ctx.body);
      return respondWithResource(ctx, body(ctx, view, projection), view.user.version, {
        status: 201,
        location: `${ctx.baseUrl}/Users/${view.user.id}`,
      });
    }),

  replace: scimProcedure
    .meta({ openapi: { method: 'PUT', path: `${path}/{id}`, tags, summary: 'Replace a user' } })
    .input(withId)
    .output(resource)
    .mutation(async ({ ctx, input }) => {
      const projection = parseProjection(projectionParamsOf(ctx.query), userResourceType);
      const id = decodeParam(input.id);
      const view = await ctx.services.users.replace(
        ctx.tenant.id,
        id,
        ctx.body,
        ctx.requestHeaders.get('if-match'),
      );
      return respondWithResource(ctx, body(ctx, view, projection), view.user.version);
    }),

  patch: scimProcedure
    .meta({
      openapi: {
        method: 'PATCH',
        path: `${path}/{id}`,
        tags,
        summary: 'Modify a user (RFC 7644 §3.5.2)',
      },
    })
    .input(withId)
    .output(resource.optional())
    .mutation(async ({ ctx, input }) => {
      const projection = parseProjection(projectionParamsOf(ctx.query), userResourceType);
      const id = decodeParam(input.id);
      const view = await ctx.services.users.patch(
        ctx.tenant.id,
        id,
        ctx.body,
        ctx.requestHeaders.get('if-match'),
      );
      if (prefersMinimal(ctx)) return respondNoContent(ctx, view.user.version);
      return respondWithResource(ctx, body(ctx, view, projection), view.user.version);
    }),

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
      respondNoContent(ctx);
    }),
});
