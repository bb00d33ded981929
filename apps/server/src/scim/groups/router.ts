import { groupResourceType } from '@scim/schema';
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
import { listGroups } from './list.ts';
import { toScimGroup } from './representation.ts';
import type { GroupView, ReadOptions } from './service.ts';

const path = '/scim/v2/{tenant}/Groups';
const tags = ['Groups'];
const resource = z.record(z.string(), z.unknown());
const withId = z.object({ ...idParams, ...projectionParams });
const withTenant = z.object({ ...tenantParam, ...projectionParams });

/**
 * A PATCH answer includes members only up to this many; a larger group is
 * answered 204 (RFC 7644 §3.5.2) unless `attributes` asks for members, so
 * adding one member never streams a hundred thousand back.
 */
export const PATCH_ECHO_MEMBERS_MAX = 1000;

function read(projection: Projection): ReadOptions {
  return { withMembers: includesAttribute(projection, 'members') };
}

function body(ctx: ScimContext, view: GroupView, projection: Projection) {
  return project(toScimGroup(view.group, view.members, ctx.baseUrl), projection, groupResourceType);
}

export const groupsRouter = createScimRouter({
  list: scimProcedure
    .meta({
      openapi: {
        method: 'GET',
        path,
        tags,
        summary: 'List, filter and sort groups (RFC 7644 §3.4.2)',
      },
    })
    .input(z.object(listParams))
    .output(resource)
    .query(({ ctx, input }) => listGroups(ctx, input)),

  get: scimProcedure
    .meta({ openapi: { method: 'GET', path: `${path}/{id}`, tags, summary: 'Get a group' } })
    .input(withId)
    .output(resource.optional())
    .query(async ({ ctx, input }) => {
      const projection = parseProjection(projectionParamsOf(ctx.query), groupResourceType);
      const view = await ctx.services.groups.get(
        ctx.tenant.id,
        decodeParam(input.id),
        read(projection),
      );
      if (notModified(ctx.requestHeaders.get('if-none-match'), view.group.version)) {
        ctx.response.status = 304;
        ctx.response.headers.etag = etagOf(view.group.version);
        return undefined;
      }
      return respondWithResource(ctx, body(ctx, view, projection), view.group.version);
    }),

  create: scimProcedure
    .meta({
      successStatus: 201,
      openapi: { method: 'POST', path, tags, summary: 'Create a group' },
    })
    .input(withTenant)
    .output(resource)
    .mutation(async ({ ctx }) => {
      const projection = parseProjection(projectionParamsOf(ctx.query), groupResourceType);
      const view = await ctx.services.groups.create(ctx.tenant.id, ctx.body, read(projection));
      return respondWithResource(ctx, body(ctx, view, projection), view.group.version, {
        status: 201,
        location: `${ctx.baseUrl}/Groups/${view.group.id}`,
      });
    }),

  replace: scimProcedure
    .meta({
      openapi: {
        method: 'PUT',
        path: `${path}/{id}`,
        tags,
        summary: 'Replace a group and its members',
      },
    })
    .input(withId)
    .output(resource)
    .mutation(async ({ ctx, input }) => {
      const projection = parseProjection(projectionParamsOf(ctx.query), groupResourceType);
      const id = decodeParam(input.id);
      const ifMatch = ctx.requestHeaders.get('if-match');
      const view = await ctx.services.groups.replace(
        ctx.tenant.id,
        id,
        ctx.body,
        ifMatch,
        read(projection),
      );
      return respondWithResource(ctx, body(ctx, view, projection), view.group.version);
    }),

  patch: scimProcedure
    .meta({
      openapi: {
        method: 'PATCH',
        path: `${path}/{id}`,
        tags,
        summary: 'Modify a group or its members',
      },
    })
    .input(withId)
    .output(resource.optional())
    .mutation(async ({ ctx, input }) => {
      const projection = parseProjection(projectionParamsOf(ctx.query), groupResourceType);
      const explicit = ctx.query.has('attributes') || ctx.query.has('excludedAttributes');
      const minimal = prefersMinimal(ctx);
      const withMembers = minimal
        ? false
        : explicit
          ? includesAttribute(projection, 'members')
          : { upTo: PATCH_ECHO_MEMBERS_MAX };
      const id = decodeParam(input.id);
      const ifMatch = ctx.requestHeaders.get('if-match');
      const view = await ctx.services.groups.patch(ctx.tenant.id, id, ctx.body, ifMatch, {
        withMembers,
      });
      // Not the entire resource (a large group's members were not read): 204, as RFC 7644 §3.5.2 allows.
      if (minimal || (!explicit && view.members === undefined))
        return respondNoContent(ctx, view.group.version);
      return respondWithResource(ctx, body(ctx, view, projection), view.group.version);
    }),

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
      respondNoContent(ctx);
    }),
});
