/**
 * The tRPC instance of the admin API: its own instance, so its errors are
 * tRPC's JSON errors and never the SCIM error shape (stack-and-style §1.2).
 */
import { initTRPC, TRPCError } from '@trpc/server';
import { ScimError } from '@scim/schema';
import type { OpenApiMeta } from 'trpc-to-openapi';
import type { Actor, Store } from '../store/port.ts';

export interface AdminContext {
  store: Store;
  authorized: boolean;
  /** Writes buffered request log entries, so a read sees every answered request. */
  flushRequestLog: () => Promise<void>;
}

/** Changes made through the admin API are journaled as the admin's. */
export const ADMIN_ACTOR: Actor = { kind: 'admin', credentialId: null, requestId: null };

// isDev false: error responses never carry stack traces, whatever NODE_ENV says.
const t = initTRPC.context<AdminContext>().meta<OpenApiMeta>().create({ isDev: false });

export const createAdminRouter = t.router;

/** Every admin procedure needs the admin credential; SCIM errors map to tRPC codes. */
export const adminProcedure = t.procedure.use(async ({ ctx, next }) => {
  if (!ctx.authorized)
    throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Admin credential required' });
  const result = await next();
  if (!result.ok) throw asTrpcError(result.error);
  return result;
});

function asTrpcError(error: TRPCError): TRPCError {
  const cause = error.cause instanceof ScimError ? error.cause : undefined;
  if (!cause) return error;
  const code =
    cause.status === 403
      ? 'FORBIDDEN'
      : cause.status === 404
        ? 'NOT_FOUND'
        : cause.status === 409
          ? 'CONFLICT'
          : cause.status === 412
            ? 'PRECONDITION_FAILED'
            : 'BAD_REQUEST';
  return new TRPCError({ code, message: cause.message, cause });
}
