/**
 * The server as the tests see it: what `pnpm dev` configures, and fresh tenants (with the same
 * role catalog) for tests that must not see each other's users. Reads go through the SDK.
 */
import { createAdminClient, createScimClient, type AdminClient, type ScimClient } from '@scim/sdk';
import { inject } from 'vitest';
import { DEMO } from './demo-config.ts';

export { DEMO };

export interface TestTenant {
  tenant: string;
  token: string;
  /** The console's connector base URL for it (through the preview proxy). */
  baseUrl: string;
  scim: ScimClient;
}

export function adminClient(): AdminClient {
  return createAdminClient({ baseUrl: inject('serverOrigin'), token: DEMO.adminToken });
}

export function scimClient(tenant: string, token: string): ScimClient {
  return createScimClient({ baseUrl: inject('serverOrigin'), tenant, token });
}

let created = 0;

/** A new tenant with a bearer token and the demo's role catalog. */
export async function createTestTenant(label: string): Promise<TestTenant> {
  const admin = adminClient();
  const tenant = `${label}-${process.pid}-${++created}`.toLowerCase().replace(/[^a-z0-9-]+/g, '-');
  await admin.tenants.create({ id: tenant, name: label });
  const { token } = await admin.tokens.create({ tenant, label: 'mock idp' });
  await admin.catalog.add({
    tenant,
    workspaces: [...DEMO.workspaces],
    secretScopes: [...DEMO.secretScopes],
  });
  return { tenant, token, baseUrl: `/scim/v2/${tenant}`, scim: scimClient(tenant, token) };
}
