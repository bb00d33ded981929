import { randomUUID } from 'node:crypto';
import type { Store } from '../store/port.ts';
import { hashToken } from '../credentials/token-hash.ts';

/**
 * SCIM_BOOTSTRAP_TENANT / SCIM_BOOTSTRAP_TOKEN: on start the tenant exists
 * and the token is a valid credential for it (idempotent across restarts).
 */
export async function bootstrapTenant(
  store: Store,
  tenantId: string,
  token: string | undefined,
): Promise<void> {
  await store.transaction(async ({ tenants, credentials }) => {
    await tenants.ensure(tenantId, tenantId);
    if (!token) return;
    const secretHash = hashToken(token);
    const existing = await credentials.findBySecretHash(secretHash);
    if (existing && existing.tenantId !== tenantId) {
      throw new Error('SCIM_BOOTSTRAP_TOKEN is already a credential of another tenant');
    }
    if (!existing) {
      await credentials.create({
        id: randomUUID(),
        tenantId,
        label: 'bootstrap',
        secretHash,
        expiresAt: null,
      });
    }
  });
}
