import { z } from 'zod';
import { listGroups } from '../groups/list.ts';
import { tenantParam } from '../route-input.ts';
import { createScimRouter, scimProcedure } from '../trpc.ts';
import { listUsers } from '../users/list.ts';
import { listServiceAccounts } from '../service-accounts/list.ts';
import { rootSearch } from './root-search.ts';
import { parseSearchRequest } from './search-request.ts';

const base = '/scim/v2/{tenant}';
const tags = ['Search'];
const input = z.object(tenantParam);
const output = z.record(z.string(), z.unknown());
const wire = { body: 'searchRequest', returns: 'listResponse' } as const;

/** POST `.search` (RFC 7644 §3.4.3): a query in the body, answered like GET. */
export const searchRouter = createScimRouter({
  users: scimProcedure
    .meta({
      successStatus: 200,
      wire,
      openapi: { method: 'POST', path: `${base}/Users/.search`, tags, summary: 'Search users' },
    })
    .input(input)
    .output(output)
    .mutation(({ ctx }) => listUsers(ctx, parseSearchRequest(ctx.body))),

  groups: scimProcedure
    .meta({
      successStatus: 200,
      wire,
      openapi: { method: 'POST', path: `${base}/Groups/.search`, tags, summary: 'Search groups' },
    })
    .input(input)
    .output(output)
    .mutation(({ ctx }) => listGroups(ctx, parseSearchRequest(ctx.body))),

  serviceAccounts: scimProcedure
    .meta({
      successStatus: 200,
      wire,
      openapi: {
        method: 'POST',
        path: `${base}/ServiceAccounts/.search`,
        tags,
        summary: 'Search service accounts',
      },
    })
    .input(input)
    .output(output)
    .mutation(({ ctx }) => listServiceAccounts(ctx, parseSearchRequest(ctx.body))),

  root: scimProcedure
    .meta({
      successStatus: 200,
      wire,
      openapi: {
        method: 'POST',
        path: `${base}/.search`,
        tags,
        summary: 'Search all resource types',
      },
    })
    .input(input)
    .output(output)
    .mutation(({ ctx }) => rootSearch(ctx, parseSearchRequest(ctx.body))),
});
