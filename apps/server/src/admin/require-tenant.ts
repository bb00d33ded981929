import { TRPCError } from '@trpc/server';
import type { Store } from '../store/port.ts';

/** The tenant, or the admin API's 404. */
export async function requireTenant(store: Store, tenantId: string) {
  const tenant = await store.read(({ tenants }) => tenants.get(tenantId));
  if (!tenant) throw new TRPCError({ code: 'NOT_FOUND', message: `Tenant ${tenantId} not found` });
  return tenant;
}
