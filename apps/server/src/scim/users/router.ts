import { userResourceType } from '@scim/schema';
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
import { listUsers } from './list.ts';
import { toScimUser } from './representation.ts';
import type { ReadOptions, UserView } from './service.ts';

const path = '/scim/v2/{tenant}/Users';
const tags = ['Users'];

const user: ScimResource<UserView> = {
  type: userResourceType,
  storedOf: (view) => view.user,
  toScim: (ctx, view) => toScimUser(view.user, view.groups, ctx.baseUrl),
};

function read(projection: Projection): ReadOptions {
  return { withGroups: includesAttribute(projection, 'groups') };
}

export const usersRouter = createScimRouter({
  list: listRoute(
    { method: 'GET', path, tags, summary: 'List, filter and sort users (RFC 7644 §3.4.2)' },
    listUsers,
  ),

  get: getRoute(
    { method: 'GET', path: `${path}/{id}`, tags, summary: 'Get a user' },
    user,
    (ctx, id, projection) => ctx.services.users.get(ctx.tenant.id, id, read(projection)),
  ),

  create: createRoute({ method: 'POST', path, tags, summary: 'Create a user' }, user, (ctx) =>
    ctx.services.users.create(writeScope(ctx), ctx.body),
  ),

  replace: replaceRoute(
    { method: 'PUT', path: `${path}/{id}`, tags, summary: 'Replace a user' },
    user,
    (ctx, id, ifMatch) => ctx.services.users.replace(writeScope(ctx), id, ctx.body, ifMatch),
  ),

  patch: patchRoute(
    { method: 'PATCH', path: `${path}/{id}`, tags, summary: 'Modify a user (RFC 7644 §3.5.2)' },
    user,
    (ctx, id, ifMatch) => ctx.services.users.patch(writeScope(ctx), id, ctx.body, ifMatch),
  ),

  delete: deleteRoute(
    { method: 'DELETE', path: `${path}/{id}`, tags, summary: 'Delete a user' },
    (ctx, id, ifMatch) => ctx.services.users.delete(writeScope(ctx), id, ifMatch),
  ),
});
