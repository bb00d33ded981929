import { URN } from '@scim/schema';
import { z } from 'zod';
import { tenantParam } from '../route-input.ts';
import { writeScope } from '../context.ts';
import { createScimRouter, scimProcedure } from '../trpc.ts';
import { runBulk } from './execute.ts';
import { parseBulkRequest } from './request.ts';
import { resourceWriter } from './resources.ts';

/** RFC 7644 §3.7: POST /Bulk. Partial failures are reported per operation with a 200. */
export const bulkRouter = createScimRouter({
  submit: scimProcedure
    .meta({
      successStatus: 200,
      wire: { body: 'bulkRequest', returns: 'bulkResponse' },
      openapi: {
        method: 'POST',
        path: '/scim/v2/{tenant}/Bulk',
        tags: ['Bulk'],
        summary: 'Run many operations in one request (RFC 7644 §3.7)',
      },
    })
    .input(z.object(tenantParam))
    .output(z.record(z.string(), z.unknown()))
    .mutation(async ({ ctx }) => {
      const request = parseBulkRequest(ctx.body);
      const results = await runBulk(request, {
        writer: resourceWriter(ctx.services, writeScope(ctx)),
        baseUrl: ctx.baseUrl,
      });
      ctx.response.status = 200;
      return { schemas: [URN.bulkResponse], Operations: results };
    }),
});
