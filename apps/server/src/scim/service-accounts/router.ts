import { serviceAccountResourceType } from '@scim/schema';
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
import { listServiceAccounts } from './list.ts';
import { toScimServiceAccount } from './representation.ts';
import type { ReadOptions, ServiceAccountView } from './service.ts';

const path = '/scim/v2/{tenant}/ServiceAccounts';
const tags = ['ServiceAccounts'];
const resource = z.record(z.string(), z.unknown());
const withId = z.object({ ...idParams, ...projectionParams });
const withTenant = z.object({ ...tenantParam, ...projectionParams });

function read(projection: Projection): ReadOptions {
  return { withGroups: includesAttribute(projection, 'groups') };
}

function body(ctx: ScimContext, view: ServiceAccountView, projection: Projection) {
  return project(
    toScimServiceAccount(view.account, view.groups, ctx.baseUrl),
    projection,
    serviceAccountResourceType,
  );
}

export const serviceAccountsRouter = createScimRouter({
  list: scimProcedure
    .meta({
      openapi: {
        method: 'GET',
        path,
        tags,
        summary: 'List, filter and sort service accounts (RFC 7644 §3.4.2)',
      },
    })
    .input(z.object(listParams))
    .output(resource)
    .query(({ ctx, input }) => listServiceAccounts(ctx, input)),

  get: scimProcedure
    .meta({
      openapi: { method: 'GET', path: `${path}/{id}`, tags, summary: 'Get a service account' },
    })
    .input(withId)
    .output(resource.optional())
    .query(async ({ ctx, input }) => {
      const projection = parseProjection(projectionParamsOf(ctx.query), serviceAccountResourceType);
      const view = await ctx.services.serviceAccounts.get(
        ctx.tenant.id,
        decodeParam(input.id),
        read(projection),
      );
      if (notModified(ctx.requestHeaders.get('if-none-match'), view.account.version)) {
        ctx.response.status = 304;
        ctx.response.headers.etag = etagOf(view.account.version);
        return undefined;
      }
      return respondWithResource(ctx, body(ctx, view, projection), view.account.version);
    }),

  create: scimProcedure
    .meta({
      successStatus: 201,
      openapi: { method: 'POST', path, tags, summary: 'Create a service account' },
    })
    .input(withTenant)
    .output(resource)
    .mutation(async ({ ctx }) => {
      const projection = parseProjection(projectionParamsOf(ctx.query), serviceAccountResourceType);
      const view = await ctx.services.serviceAccounts.create(ctx.tenant.id, ctx.body);
      return respondWithResource(ctx, body(ctx, view, projection), view.account.version, {
        status: 201,
        location: `${ctx.baseUrl}/ServiceAccounts/${view.account.id}`,
      });
    }),

  replace: scimProcedure
    .meta({
      openapi: { method: 'PUT', path: `${path}/{id}`, tags, summary: 'Replace a service account' },
    })
    .input(withId)
    .output(resource)
    .mutation(async ({ ctx, input }) => {
      const projection = parseProjection(projectionParamsOf(ctx.query), serviceAccountResourceType);
      const id = decodeParam(input.id);
      const view = await ctx.services.serviceAccounts.replace(
        ctx.tenant.id,
        id,
        ctx.body,
        ctx.requestHeaders.get('if-match'),
      );
      return respondWithResource(ctx, body(ctx, view, projection), view.account.version);
    }),

  patch: scimProcedure
    .meta({
      openapi: {
        method: 'PATCH',
        path: `${path}/{id}`,
        tags,
        summary: 'Modify a service account (RFC 7644 §3.5.2)',
      },
    })
    .input(withId)
    .output(resource.optional())
    .mutation(async ({ ctx, input }) => {
      const projection = parseProjection(projectionParamsOf(ctx.query), serviceAccountResourceType);
      const id = decodeParam(input.id);
      const view = await ctx.services.serviceAccounts.patch(
        ctx.tenant.id,
        id,
        ctx.body,
        ctx.requestHeaders.get('if-match'),
      );
      if (prefersMinimal(ctx)) return respondNoContent(ctx, view.account.version);
      return respondWithResource(ctx, body(ctx, view, projection), view.account.version);
    }),

  delete: scimProcedure
    .meta({
      successStatus: 204,
      openapi: {
        method: 'DELETE',
        path: `${path}/{id}`,
        tags,
        summary: 'Delete a service account',
      },
    })
    .input(z.object(idParams))
    .output(z.void())
    .mutation(async ({ ctx, input }) => {
      await ctx.services.serviceAccounts.delete(
        ctx.tenant.id,
        decodeParam(input.id),
        ctx.requestHeaders.get('if-match'),
      );
      respondNoContent(ctx);
    }),
});
