/**
 * The standard SCIM procedures of a resource type (RFC 7644 §3.3–3.6):
 * each router declares its routes (method, path, summary) with these and
 * says which service call answers them; these do the HTTP side the same
 * way for every resource: projection, ETags, If-None-Match, 201 Location,
 * `Prefer: return=minimal`, 204 on DELETE.
 */
import type { ListResponseBody, ResourceTypeDefinition } from '@scim/schema';
import { z } from 'zod';
import type { StoredResource } from '../store/port.ts';
import type { ScimContext } from './context.ts';
import type { ListRequest } from './query/list-resources.ts';
import { parseProjection, project, type Projection } from './query/projection.ts';
import { prefersMinimal, respondNoContent, respondWithResource } from './respond.ts';
import { etagOf, notModified } from './resource-meta.ts';
import {
  decodeParam,
  idParams,
  listParams,
  projectionParams,
  projectionParamsOf,
  tenantParam,
} from './route-input.ts';
import { scimProcedure } from './trpc.ts';
import type { WireDoc } from './wire-doc.ts';

/** How a service's view of a resource becomes a response. */
export interface ScimResource<TView> {
  type: ResourceTypeDefinition;
  /** The stored resource in the view: its id and version (the ETag). */
  storedOf(view: TView): StoredResource;
  toScim(ctx: ScimContext, view: TView): Record<string, unknown>;
}

/** A route as trpc-to-openapi documents and serves it. */
export interface Route<TMethod extends string> {
  method: TMethod;
  path: `/${string}`;
  tags: string[];
  summary: string;
}

type IfMatch = string | null;

/** What PATCH does on the wire; also declared by routes that serve PATCH their own way. */
export const PATCH_WIRE: WireDoc = {
  body: 'patchOp',
  returns: 'resource',
  etag: true,
  precondition: 'If-Match',
  mayOmitBody: true,
};

const resourceBody = z.record(z.string(), z.unknown());
const withId = z.object({ ...idParams, ...projectionParams });
const withTenant = z.object({ ...tenantParam, ...projectionParams });

/** The resource's SCIM JSON with `attributes` / `excludedAttributes` applied. */
export function projectedBody<TView>(
  resource: ScimResource<TView>,
  ctx: ScimContext,
  view: TView,
  projection: Projection,
): Record<string, unknown> {
  return project(resource.toScim(ctx, view), projection, resource.type);
}

function projectionOf(ctx: ScimContext, type: ResourceTypeDefinition): Projection {
  return parseProjection(projectionParamsOf(ctx.query), type);
}

export function listRoute(
  route: Route<'GET'>,
  list: (
    ctx: ScimContext,
    request: ListRequest,
  ) => Promise<ListResponseBody<Record<string, unknown>>>,
) {
  return scimProcedure
    .meta({ openapi: route, wire: { returns: 'listResponse' } })
    .input(z.object(listParams))
    .output(resourceBody)
    .query(({ ctx, input }) => list(ctx, input));
}

/** GET by id; 304 when If-None-Match names the current version. */
export function getRoute<TView>(
  route: Route<'GET'>,
  resource: ScimResource<TView>,
  get: (ctx: ScimContext, id: string, projection: Projection) => Promise<TView>,
) {
  return scimProcedure
    .meta({
      openapi: route,
      wire: { returns: 'resource', etag: true, precondition: 'If-None-Match' },
    })
    .input(withId)
    .output(resourceBody.optional())
    .query(async ({ ctx, input }) => {
      const projection = projectionOf(ctx, resource.type);
      const view = await get(ctx, decodeParam(input.id), projection);
      const { version } = resource.storedOf(view);
      if (notModified(ctx.requestHeaders.get('if-none-match'), version)) {
        ctx.response.status = 304;
        ctx.response.headers.etag = etagOf(version);
        return undefined;
      }
      return respondWithResource(ctx, projectedBody(resource, ctx, view, projection), version);
    });
}

/** POST to the collection: 201 with Location. */
export function createRoute<TView>(
  route: Route<'POST'>,
  resource: ScimResource<TView>,
  create: (ctx: ScimContext, projection: Projection) => Promise<TView>,
) {
  return scimProcedure
    .meta({
      successStatus: 201,
      openapi: route,
      wire: { body: 'resource', returns: 'resource', etag: true },
    })
    .input(withTenant)
    .output(resourceBody)
    .mutation(async ({ ctx }) => {
      const projection = projectionOf(ctx, resource.type);
      const view = await create(ctx, projection);
      const { id, version } = resource.storedOf(view);
      return respondWithResource(ctx, projectedBody(resource, ctx, view, projection), version, {
        status: 201,
        location: `${ctx.baseUrl}${resource.type.endpoint}/${id}`,
      });
    });
}

/** PUT by id, conditional on If-Match. */
export function replaceRoute<TView>(
  route: Route<'PUT'>,
  resource: ScimResource<TView>,
  replace: (
    ctx: ScimContext,
    id: string,
    ifMatch: IfMatch,
    projection: Projection,
  ) => Promise<TView>,
) {
  return scimProcedure
    .meta({
      openapi: route,
      wire: { body: 'resource', returns: 'resource', etag: true, precondition: 'If-Match' },
    })
    .input(withId)
    .output(resourceBody)
    .mutation(async ({ ctx, input }) => {
      const projection = projectionOf(ctx, resource.type);
      const id = decodeParam(input.id);
      const view = await replace(ctx, id, ctx.requestHeaders.get('if-match'), projection);
      const { version } = resource.storedOf(view);
      return respondWithResource(ctx, projectedBody(resource, ctx, view, projection), version);
    });
}

/** PATCH by id, conditional on If-Match; 204 when the client prefers a minimal answer. */
export function patchRoute<TView>(
  route: Route<'PATCH'>,
  resource: ScimResource<TView>,
  patch: (ctx: ScimContext, id: string, ifMatch: IfMatch) => Promise<TView>,
) {
  return scimProcedure
    .meta({ openapi: route, wire: PATCH_WIRE })
    .input(withId)
    .output(resourceBody.optional())
    .mutation(async ({ ctx, input }) => {
      const projection = projectionOf(ctx, resource.type);
      const id = decodeParam(input.id);
      const view = await patch(ctx, id, ctx.requestHeaders.get('if-match'));
      const { version } = resource.storedOf(view);
      if (prefersMinimal(ctx)) return respondNoContent(ctx, version);
      return respondWithResource(ctx, projectedBody(resource, ctx, view, projection), version);
    });
}

/** DELETE by id, conditional on If-Match: 204. */
export function deleteRoute(
  route: Route<'DELETE'>,
  remove: (ctx: ScimContext, id: string, ifMatch: IfMatch) => Promise<void>,
) {
  return scimProcedure
    .meta({
      successStatus: 204,
      openapi: route,
      wire: { returns: 'nothing', precondition: 'If-Match' },
    })
    .input(z.object(idParams))
    .output(z.void())
    .mutation(async ({ ctx, input }) => {
      await remove(ctx, decodeParam(input.id), ctx.requestHeaders.get('if-match'));
      respondNoContent(ctx);
    });
}
