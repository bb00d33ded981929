import { serviceAccountResourceType } from '@scim/schema';
import { includesAttribute, type Projection } from '../query/projection.ts';
import {
  createRoute,
  deleteRoute,
  getRoute,
  listRoute,
  patchRoute,
  replaceRoute,
  type ScimResource,
} from '../resource-routes.ts';
import { writeScope } from '../context.ts';
import { createScimRouter } from '../trpc.ts';
import { listServiceAccounts } from './list.ts';
import { toScimServiceAccount } from './representation.ts';
import type { ReadOptions, ServiceAccountView } from './service.ts';

const path = '/scim/v2/{tenant}/ServiceAccounts';
const tags = ['ServiceAccounts'];

const serviceAccount: ScimResource<ServiceAccountView> = {
  type: serviceAccountResourceType,
  storedOf: (view) => view.account,
  toScim: (ctx, view) => toScimServiceAccount(view.account, view.groups, ctx.baseUrl),
};

function read(projection: Projection): ReadOptions {
  return { withGroups: includesAttribute(projection, 'groups') };
}

export const serviceAccountsRouter = createScimRouter({
  list: listRoute(
    {
      method: 'GET',
      path,
      tags,
      summary: 'List, filter and sort service accounts (RFC 7644 §3.4.2)',
    },
    listServiceAccounts,
  ),

  get: getRoute(
    { method: 'GET', path: `${path}/{id}`, tags, summary: 'Get a service account' },
    serviceAccount,
    (ctx, id, projection) => ctx.services.serviceAccounts.get(ctx.tenant.id, id, read(projection)),
  ),

  create: createRoute(
    { method: 'POST', path, tags, summary: 'Create a service account' },
    serviceAccount,
    (ctx) => ctx.services.serviceAccounts.create(writeScope(ctx), ctx.body),
  ),

  replace: replaceRoute(
    { method: 'PUT', path: `${path}/{id}`, tags, summary: 'Replace a service account' },
    serviceAccount,
    (ctx, id, ifMatch) =>
      ctx.services.serviceAccounts.replace(writeScope(ctx), id, ctx.body, ifMatch),
  ),

  patch: patchRoute(
    {
      method: 'PATCH',
      path: `${path}/{id}`,
      tags,
      summary: 'Modify a service account (RFC 7644 §3.5.2)',
    },
    serviceAccount,
    (ctx, id, ifMatch) =>
      ctx.services.serviceAccounts.patch(writeScope(ctx), id, ctx.body, ifMatch),
  ),

  delete: deleteRoute(
    { method: 'DELETE', path: `${path}/{id}`, tags, summary: 'Delete a service account' },
    (ctx, id, ifMatch) => ctx.services.serviceAccounts.delete(writeScope(ctx), id, ifMatch),
  ),
});
