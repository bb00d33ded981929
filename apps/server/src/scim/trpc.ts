/**
 * The tRPC instance for the SCIM wire API. It is separate from the admin
 * API's instance so SCIM error shapes never leak there (stack-and-style §1.2).
 */
import { initTRPC } from '@trpc/server';
import type { OpenApiMeta } from 'trpc-to-openapi';
import { toScimError } from '../http/scim-error-mapping.ts';
import type { ScimContext } from './context.ts';
import type { WireDoc } from './wire-doc.ts';

/**
 * `successStatus` documents the status a route answers with (201, 204); the edge sets it at
 * run time. `wire` documents bodies, headers and preconditions (see wire-doc.ts).
 */
export type ScimMeta = OpenApiMeta<{ successStatus?: number; wire?: WireDoc }>;

const t = initTRPC
  .context<ScimContext>()
  .meta<ScimMeta>()
  .create({
    errorFormatter({ error }) {
      return toScimError(error).toBody();
    },
  });

export const createScimRouter = t.router;
export const scimProcedure = t.procedure;
