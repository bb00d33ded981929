import { groupResourceType } from '@scim/schema';
import { z } from 'zod';
import { includesAttribute, parseProjection, type Projection } from '../query/projection.ts';
import {
  createRoute,
  deleteRoute,
  getRoute,
  listRoute,
  PATCH_WIRE,
  projectedBody,
  replaceRoute,
  type ScimResource,
} from '../resource-routes.ts';
import { prefersMinimal, respondNoContent, respondWithResource } from '../respond.ts';
import { decodeParam, idParams, projectionParams, projectionParamsOf } from '../route-input.ts';
import { responsePreferences } from '../idp-client.ts';
import { writeScope } from '../context.ts';
import { createScimRouter, scimProcedure } from '../trpc.ts';
import { listGroups } from './list.ts';
import { toScimGroup } from './representation.ts';
import type { GroupView, ReadOptions } from './service.ts';

const path = '/scim/v2/{tenant}/Groups';
const tags = ['Groups'];

/**
 * A PATCH answer includes members only up to this many; a larger group is
 * answered 204 (RFC 7644 §3.5.2) unless `attributes` asks for members, so
 * adding one member never streams a hundred thousand back.
 */
export const PATCH_ECHO_MEMBERS_MAX = 1000;

const group: ScimResource<GroupView> = {
  type: groupResourceType,
  storedOf: (view) => view.group,
  toScim: (ctx, view) => toScimGroup(view.group, view.members, ctx.baseUrl),
};

function read(projection: Projection): ReadOptions {
  return { withMembers: includesAttribute(projection, 'members') };
}

export const groupsRouter = createScimRouter({
  list: listRoute(
    { method: 'GET', path, tags, summary: 'List, filter and sort groups (RFC 7644 §3.4.2)' },
    listGroups,
  ),

  get: getRoute(
    { method: 'GET', path: `${path}/{id}`, tags, summary: 'Get a group' },
    group,
    (ctx, id, projection) => ctx.services.groups.get(ctx.tenant.id, id, read(projection)),
  ),

  create: createRoute(
    { method: 'POST', path, tags, summary: 'Create a group' },
    group,
    (ctx, projection) => ctx.services.groups.create(writeScope(ctx), ctx.body, read(projection)),
  ),

  replace: replaceRoute(
    { method: 'PUT', path: `${path}/{id}`, tags, summary: 'Replace a group and its members' },
    group,
    (ctx, id, ifMatch, projection) =>
      ctx.services.groups.replace(writeScope(ctx), id, ctx.body, ifMatch, read(projection)),
  ),

  // Not the standard PATCH: a large group's members are echoed only when asked for.
  patch: scimProcedure
    .meta({
      wire: PATCH_WIRE,
      openapi: {
        method: 'PATCH',
        path: `${path}/{id}`,
        tags,
        summary: 'Modify a group or its members',
      },
    })
    .input(z.object({ ...idParams, ...projectionParams }))
    .output(z.record(z.string(), z.unknown()).optional())
    .mutation(async ({ ctx, input }) => {
      const projection = parseProjection(projectionParamsOf(ctx.query), groupResourceType);
      const explicit = ctx.query.has('attributes') || ctx.query.has('excludedAttributes');
      // RFC 7240 Prefer, or the tenant's IdP preferring 204 for group PATCH (Entra).
      const minimal =
        prefersMinimal(ctx) || responsePreferences(ctx.tenant.idpClient).minimalGroupPatch;
      const withMembers = minimal
        ? false
        : explicit
          ? includesAttribute(projection, 'members')
          : { upTo: PATCH_ECHO_MEMBERS_MAX };
      const id = decodeParam(input.id);
      const ifMatch = ctx.requestHeaders.get('if-match');
      const view = await ctx.services.groups.patch(writeScope(ctx), id, ctx.body, ifMatch, {
        withMembers,
      });
      // Not the entire resource (a large group's members were not read): 204, as RFC 7644 §3.5.2 allows.
      if (minimal || (!explicit && view.members === undefined))
        return respondNoContent(ctx, view.group.version);
      const body = projectedBody(group, ctx, view, projection);
      return respondWithResource(ctx, body, view.group.version);
    }),

  delete: deleteRoute(
    { method: 'DELETE', path: `${path}/{id}`, tags, summary: 'Delete a group' },
    (ctx, id, ifMatch) => ctx.services.groups.delete(writeScope(ctx), id, ifMatch),
  ),
});
