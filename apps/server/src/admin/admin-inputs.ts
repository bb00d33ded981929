import { z } from 'zod';

/** The `{tenant}` path parameter of every per-tenant admin route. */
export const tenantInput = { tenant: z.string().min(1).max(63) };
