import { randomUUID } from 'node:crypto';
import { formatRoleType } from '@scim/schema';
import { hashToken } from '../credentials/token-hash.ts';
import type { Store } from '../store/port.ts';

export interface BootstrapTenant {
  tenant: string;
  token: string | undefined;
  workspaces: string[];
  secretScopes: string[];
  catalogAutoCreate: boolean | undefined;
}

/**
 * SCIM_BOOTSTRAP_*: on start the tenant exists, the token is a valid
 * credential for it, and its role catalog holds the configured workspaces
 * and secret scopes (idempotent across restarts; nothing is removed).
 */
export async function bootstrapTenant(store: Store, bootstrap: BootstrapTenant): Promise<void> {
  const { tenant: tenantId, token } = bootstrap;
  // Names must fit the role grammar (workspace_<name>, secret_scope_<name>); this throws if not.
  const workspaces = bootstrap.workspaces.map((name) => canonicalName('workspace', name));
  const secretScopes = bootstrap.secretScopes.map((name) => canonicalName('secret_scope', name));
  await store.transaction(async ({ tenants, credentials, catalog }) => {
    await tenants.ensure(tenantId, tenantId);
    await catalog.add(tenantId, 'workspace', workspaces);
    await catalog.add(tenantId, 'secret_scope', secretScopes);
    if (bootstrap.catalogAutoCreate !== undefined) {
      await tenants.setCatalogAutoCreate(tenantId, bootstrap.catalogAutoCreate);
    }
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

function canonicalName(kind: 'workspace' | 'secret_scope', name: string): string {
  const type = formatRoleType(
    kind === 'workspace' ? { kind, workspace: name } : { kind, scope: name },
  );
  return type.slice(kind === 'workspace' ? 'workspace_'.length : 'secret_scope_'.length);
}
