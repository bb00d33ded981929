/**
 * Everything the target app holds for one person: the SCIM user (by the id the IdP linked, or
 * else by userName), its effective access with provenance, and the access check with any lock.
 */
import { eq, ScimApiError, type AdminOutput, type ScimUser } from '@scim/sdk';
import type { TargetClients } from './target-clients.ts';

export type RoleSource =
  | { kind: 'direct' }
  | {
      kind: 'group';
      group: { id: string; displayName: string };
      via: { id: string; displayName: string };
      depth: number;
    };

export interface EffectiveRole {
  id: string;
  type: string;
  value: string;
  sources: RoleSource[];
}

/** The server's effective-access answer (its OpenAPI document leaves the body untyped). */
export interface EffectiveAccess {
  principal: { id: string; display: string; active: boolean; locked: boolean };
  roles: EffectiveRole[];
}

export interface TargetUser {
  user?: ScimUser;
  access?: EffectiveAccess;
  check: AdminOutput<'directory-checkAccess'>;
}

function isEffectiveAccess(value: unknown): value is EffectiveAccess {
  return (
    typeof value === 'object' &&
    value !== null &&
    Array.isArray((value as { roles?: unknown }).roles) &&
    typeof (value as { principal?: unknown }).principal === 'object'
  );
}

async function findUser(
  { scim }: TargetClients,
  scimId: string | undefined,
  userName: string,
): Promise<ScimUser | undefined> {
  if (scimId) {
    try {
      return await scim.users.get(scimId);
    } catch (error) {
      if (!(error instanceof ScimApiError && error.status === 404)) throw error;
      return undefined;
    }
  }
  for await (const user of scim.users.list({ filter: eq('userName', userName), count: 1 })) {
    return user;
  }
  return undefined;
}

export async function readTargetUser(
  clients: TargetClients,
  scimId: string | undefined,
  userName: string,
): Promise<TargetUser> {
  const { admin, tenant } = clients;
  const user = await findUser(clients, scimId, userName);
  const check = await admin.directory.checkAccess(
    user ? { tenant, id: user.id } : { tenant, userName },
  );
  if (!user) return { check };
  const access: unknown = await admin.access.user({ tenant, id: user.id });
  if (!isEffectiveAccess(access)) throw new Error('The effective-access answer has no roles');
  return { user, access, check };
}
