/**
 * Clients for reading what the target app (the SCIM server) holds, through the SDK: its SCIM
 * API with the app's own credential, and its admin API with the console's admin token. They
 * follow the app's connection, so they read the tenant the app provisions.
 */
import { createAdminClient, createScimClient, type AdminClient, type ScimClient } from '@scim/sdk';
import type { AppConnection } from '../../engine/index.ts';

export interface TargetClients {
  tenant: string;
  scim: ScimClient;
  admin: AdminClient;
}

export type TargetClientsResult =
  { ok: true; clients: TargetClients } | { ok: false; reason: string };

/** `…/scim/v2/<tenant>` → the server's origin (and any prefix) and the tenant. */
export function targetOf(
  baseUrl: string,
  pageOrigin: string,
): { origin: string; tenant: string } | undefined {
  let url: URL;
  try {
    url = new URL(baseUrl, pageOrigin);
  } catch {
    return undefined;
  }
  const match = /^(.*)\/scim\/v2\/([^/]+)\/?$/.exec(url.pathname);
  if (!match?.[2]) return undefined;
  return { origin: `${url.origin}${match[1] ?? ''}`, tenant: decodeURIComponent(match[2]) };
}

export function targetClients(
  connection: Pick<AppConnection, 'baseUrl' | 'auth'>,
  adminToken: string,
  pageOrigin: string,
): TargetClientsResult {
  const target = targetOf(connection.baseUrl, pageOrigin);
  if (!target) {
    return {
      ok: false,
      reason: `The base URL ${connection.baseUrl} does not end in /scim/v2/<tenant>.`,
    };
  }
  if (target.origin !== pageOrigin) {
    // The browser would need CORS for another origin; the console's proxy avoids that.
    return {
      ok: false,
      reason: `The app talks to ${target.origin} directly; the target pane reads only through this console's proxy (a base URL like /scim/v2/${target.tenant}).`,
    };
  }
  const { auth } = connection;
  const scim = createScimClient({
    baseUrl: target.origin,
    tenant: target.tenant,
    ...(auth.type === 'bearer'
      ? { token: auth.token }
      : { basic: { username: auth.username, password: auth.password } }),
  });
  const admin = createAdminClient({ baseUrl: target.origin, token: adminToken });
  return { ok: true, clients: { tenant: target.tenant, scim, admin } };
}
