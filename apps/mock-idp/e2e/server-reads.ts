/**
 * What the server holds, read straight from it (not through the console): users by userName,
 * their roles, effective access, the access check, groups, and its request log.
 */
import { eq, type ScimClient, type ScimGroup, type ScimUser } from '@scim/sdk';
import { adminClient } from './demo-server.ts';

export async function userNamed(scim: ScimClient, userName: string): Promise<ScimUser | undefined> {
  for await (const user of scim.users.list({ filter: eq('userName', userName), count: 1 }))
    return user;
  return undefined;
}

export async function groupNamed(
  scim: ScimClient,
  displayName: string,
): Promise<ScimGroup | undefined> {
  for await (const group of scim.groups.list({
    filter: eq('displayName', displayName),
    count: 1,
  })) {
    return group;
  }
  return undefined;
}

/** Roles as `type: value`, sorted, for comparing. */
export function roleLines(user: ScimUser | undefined): string[] {
  return (user?.roles ?? []).map((role) => `${role.type}: ${String(role.value)}`).sort();
}

/** The userNames of a group's members, sorted. */
export async function memberNames(scim: ScimClient, group: ScimGroup): Promise<string[]> {
  const fresh = await scim.groups.get(group.id);
  const users = await Promise.all(
    (fresh.members ?? []).map((member) => scim.users.get(member.value ?? '')),
  );
  return users.map((user) => user.userName ?? user.id).sort();
}

export interface EffectiveRoleLine {
  role: string;
  sources: string[];
}

export async function effectiveAccess(tenant: string, id: string): Promise<EffectiveRoleLine[]> {
  const access = (await adminClient().access.user({ tenant, id })) as {
    roles: {
      type: string;
      value: string;
      sources: { kind: string; group?: { displayName: string } }[];
    }[];
  };
  return access.roles.map((role) => ({
    role: `${role.type}: ${role.value}`,
    sources: role.sources.map((source) =>
      source.kind === 'direct' ? 'direct' : `group ${source.group?.displayName ?? '?'}`,
    ),
  }));
}

export function accessCheck(tenant: string, userName: string) {
  return adminClient().directory.checkAccess({ tenant, userName });
}

export interface ServerLogEntry {
  requestId: string;
  method: string;
  path: string;
  status: number;
  requestBody: string | null;
}

/** The tenant's request log, oldest first; polls until it has `atLeast` entries (written in batches). */
export async function serverRequestLog(tenant: string, atLeast: number): Promise<ServerLogEntry[]> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const entries = await adminClient().requestLog.list({ tenant, limit: 1000 });
    if (entries.length >= atLeast || Date.now() > deadline) return [...entries].reverse();
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
