/**
 * The directory in the admin API: users and groups with who manages them,
 * local (non-SCIM) users and groups, role assignment to groups, locks, and
 * the access check an embedding app calls at sign-in.
 */
import { z } from 'zod';
import { checkAccess } from '../directory/access-check.ts';
import {
  createLocalGroup,
  deleteLocalGroup,
  setGroupRoles,
  updateLocalGroup,
} from '../directory/local-groups.ts';
import { createLocalUser, updateLocalUser } from '../directory/local-users.ts';
import type { StoredGroup, StoredUser, UserLock, WriteScope } from '../store/port.ts';
import { ScimError } from '@scim/schema';
import { requireTenant } from './require-tenant.ts';
import { ADMIN_ACTOR, adminProcedure, createAdminRouter } from './trpc.ts';
import { tenantInput } from './admin-inputs.ts';

const id = z.string().min(1).max(128);
const text = z.string().trim().min(1).max(256);
const nullableText = text.nullable().optional();
const roleInput = z
  .array(z.object({ type: z.string().min(1).max(128), value: z.string().min(1).max(128) }))
  .max(100);

const userOutput = z.object({
  id: z.string(),
  userName: z.string(),
  active: z.boolean(),
  origin: z.enum(['scim', 'local']),
  /** Read-only here when SCIM manages it. */
  editable: z.boolean(),
  data: z.record(z.string(), z.unknown()),
  version: z.number(),
  created: z.string(),
  lastModified: z.string(),
});
const groupOutput = z.object({
  id: z.string(),
  displayName: z.string(),
  origin: z.enum(['scim', 'local']),
  editable: z.boolean(),
  memberCount: z.number(),
  roles: z.array(z.object({ type: z.string(), value: z.string() })),
  version: z.number(),
  created: z.string(),
  lastModified: z.string(),
});
const lockOutput = z.object({
  id: z.string(),
  userId: z.string(),
  userName: z.string(),
  externalId: z.string().nullable(),
  reason: z.enum(['deactivated', 'deleted', 'admin']),
  created: z.string(),
  /** A lock ends every session of the user and refuses credentials already issued. */
  sessionsRevoked: z.boolean(),
  liftedAt: z.string().nullable(),
  liftedReason: z.enum(['reprovisioned', 'admin']).nullable(),
});
const profile = {
  displayName: nullableText,
  givenName: nullableText,
  familyName: nullableText,
  email: z.email().max(256).nullable().optional(),
  externalId: nullableText,
  active: z.boolean().optional(),
};

function adminScope(tenantId: string): WriteScope {
  return { tenantId, actor: ADMIN_ACTOR };
}

export const directoryRouter = createAdminRouter({
  getUser: adminProcedure
    .meta({
      openapi: {
        method: 'GET',
        path: '/tenants/{tenant}/users/{id}',
        tags: ['Directory'],
        summary: 'A user, with who manages it',
      },
    })
    .input(z.object({ ...tenantInput, id }))
    .output(userOutput)
    .query(async ({ ctx, input }) => {
      await requireTenant(ctx.store, input.tenant);
      const user = await ctx.store.read(({ users }) => users.get(input.tenant, input.id));
      if (!user) throw ScimError.notFound(`User ${input.id} not found`);
      return userView(user);
    }),
  createUser: adminProcedure
    .meta({
      openapi: {
        method: 'POST',
        path: '/tenants/{tenant}/users',
        tags: ['Directory'],
        summary: 'Create a local user (e.g. on just-in-time sign-in); SCIM may adopt it later',
      },
    })
    .input(z.object({ ...tenantInput, userName: text, ...profile }))
    .output(userOutput)
    .mutation(async ({ ctx, input }) => {
      await requireTenant(ctx.store, input.tenant);
      const { tenant, ...fields } = input;
      return userView(await createLocalUser(ctx.store, adminScope(tenant), fields));
    }),
  updateUser: adminProcedure
    .meta({
      openapi: {
        method: 'PATCH',
        path: '/tenants/{tenant}/users/{id}',
        tags: ['Directory'],
        summary:
          "Edit a local user's profile, suspend or reactivate it (403 for SCIM-managed users)",
        // 403: the resource is SCIM-managed (read-only here).
        errorResponses: [400, 401, 403, 404, 409, 500],
      },
    })
    .input(z.object({ ...tenantInput, id, userName: text.optional(), ...profile }))
    .output(userOutput)
    .mutation(async ({ ctx, input }) => {
      await requireTenant(ctx.store, input.tenant);
      const { tenant, id: userId, ...fields } = input;
      return userView(await updateLocalUser(ctx.store, adminScope(tenant), userId, fields));
    }),

  getGroup: adminProcedure
    .meta({
      openapi: {
        method: 'GET',
        path: '/tenants/{tenant}/groups/{id}',
        tags: ['Directory'],
        summary: 'A group, with who manages it and its roles',
      },
    })
    .input(z.object({ ...tenantInput, id }))
    .output(groupOutput)
    .query(async ({ ctx, input }) => {
      await requireTenant(ctx.store, input.tenant);
      const group = await ctx.store.read(({ groups }) => groups.get(input.tenant, input.id));
      if (!group) throw ScimError.notFound(`Group ${input.id} not found`);
      return groupView(group);
    }),
  createGroup: adminProcedure
    .meta({
      openapi: {
        method: 'POST',
        path: '/tenants/{tenant}/groups',
        tags: ['Directory'],
        summary: 'Create a local group, with members and roles',
      },
    })
    .input(
      z.object({
        ...tenantInput,
        displayName: text,
        description: z.string().max(1024).optional(),
        members: z.array(id).max(10_000).optional(),
        roles: roleInput.optional(),
      }),
    )
    .output(groupOutput)
    .mutation(async ({ ctx, input }) => {
      await requireTenant(ctx.store, input.tenant);
      const { tenant, ...fields } = input;
      return groupView(await createLocalGroup(ctx.store, adminScope(tenant), fields));
    }),
  updateGroup: adminProcedure
    .meta({
      openapi: {
        method: 'PATCH',
        path: '/tenants/{tenant}/groups/{id}',
        tags: ['Directory'],
        summary: 'Rename a local group or change its members (403 for SCIM-managed groups)',
        // 403: the resource is SCIM-managed (read-only here).
        errorResponses: [400, 401, 403, 404, 409, 500],
      },
    })
    .input(
      z.object({
        ...tenantInput,
        id,
        displayName: text.optional(),
        addMembers: z.array(id).max(10_000).optional(),
        removeMembers: z.array(id).max(10_000).optional(),
      }),
    )
    .output(groupOutput)
    .mutation(async ({ ctx, input }) => {
      await requireTenant(ctx.store, input.tenant);
      const { tenant, id: groupId, ...change } = input;
      return groupView(await updateLocalGroup(ctx.store, adminScope(tenant), groupId, change));
    }),
  deleteGroup: adminProcedure
    .meta({
      openapi: {
        method: 'DELETE',
        path: '/tenants/{tenant}/groups/{id}',
        tags: ['Directory'],
        summary: 'Delete a local group (403 for SCIM-managed groups)',
        // 403: the resource is SCIM-managed (read-only here).
        errorResponses: [400, 401, 403, 404, 500],
      },
    })
    .input(z.object({ ...tenantInput, id }))
    .output(z.object({ id: z.string(), deleted: z.boolean() }))
    .mutation(async ({ ctx, input }) => {
      await requireTenant(ctx.store, input.tenant);
      await deleteLocalGroup(ctx.store, adminScope(input.tenant), input.id);
      return { id: input.id, deleted: true };
    }),
  setGroupRoles: adminProcedure
    .meta({
      openapi: {
        method: 'PUT',
        path: '/tenants/{tenant}/groups/{id}/roles',
        tags: ['Directory'],
        summary: "Set a group's roles, whether SCIM or the app manages the group",
      },
    })
    .input(z.object({ ...tenantInput, id, roles: roleInput }))
    .output(groupOutput)
    .mutation(async ({ ctx, input }) => {
      await requireTenant(ctx.store, input.tenant);
      return groupView(
        await setGroupRoles(ctx.store, adminScope(input.tenant), input.id, input.roles),
      );
    }),

  locks: adminProcedure
    .meta({
      openapi: {
        method: 'GET',
        path: '/tenants/{tenant}/locks',
        tags: ['Lifecycle'],
        summary: 'Locks on deprovisioned users, newest first; poll with `since` to revoke sessions',
      },
    })
    .input(
      z.object({
        ...tenantInput,
        // Query strings carry booleans as text; z.coerce.boolean() would read "false" as true.
        activeOnly: z.enum(['true', 'false']).default('true'),
        since: z.iso.datetime().optional(),
        limit: z.coerce.number().int().min(1).max(1000).default(100),
      }),
    )
    .output(z.array(lockOutput))
    .query(async ({ ctx, input }) => {
      await requireTenant(ctx.store, input.tenant);
      const locks = await ctx.store.read(({ locks }) =>
        locks.list(input.tenant, {
          activeOnly: input.activeOnly === 'true',
          ...(input.since ? { since: new Date(input.since) } : {}),
          limit: input.limit,
        }),
      );
      return locks.map(lockView);
    }),
  liftLock: adminProcedure
    .meta({
      openapi: {
        method: 'DELETE',
        path: '/tenants/{tenant}/locks/{id}',
        tags: ['Lifecycle'],
        summary: 'Lift a lock by hand (re-provisioning lifts it by itself)',
      },
    })
    .input(z.object({ ...tenantInput, id }))
    .output(lockOutput)
    .mutation(async ({ ctx, input }) => {
      await requireTenant(ctx.store, input.tenant);
      const lifted = await ctx.store.transaction(async ({ locks, changes }) => {
        const lock = await locks.lift(input.tenant, input.id, new Date(), 'admin');
        if (!lock) return undefined;
        await changes.append(input.tenant, ADMIN_ACTOR, [
          {
            type: 'user.unlocked',
            resourceType: 'User',
            resourceId: lock.userId,
            data: { lock: { id: lock.id, reason: lock.reason, userName: lock.userName } },
          },
        ]);
        return lock;
      });
      if (!lifted) throw ScimError.notFound(`No lock ${input.id} in force`);
      return lockView(lifted);
    }),
  checkAccess: adminProcedure
    .meta({
      openapi: {
        method: 'GET',
        path: '/tenants/{tenant}/access-check',
        tags: ['Lifecycle'],
        summary: 'May this user sign in now? "locked" after deprovisioning, even once deleted',
      },
    })
    .input(z.object({ ...tenantInput, userName: text.optional(), id: id.optional() }))
    .output(
      z.object({
        allowed: z.boolean(),
        status: z.enum(['active', 'inactive', 'locked', 'unknown']),
        userId: z.string().nullable(),
        lock: z
          .object({
            id: z.string(),
            reason: z.enum(['deactivated', 'deleted', 'admin']),
            since: z.string(),
          })
          .nullable(),
      }),
    )
    .query(async ({ ctx, input }) => {
      await requireTenant(ctx.store, input.tenant);
      if (input.userName === undefined && input.id === undefined)
        throw ScimError.of('invalidValue', 'Give userName or id');
      return checkAccess(ctx.store, input.tenant, {
        ...(input.userName !== undefined ? { userName: input.userName } : {}),
        ...(input.id !== undefined ? { id: input.id } : {}),
      });
    }),
});

function userView(user: StoredUser): z.infer<typeof userOutput> {
  return {
    id: user.id,
    userName: user.userName,
    active: user.active,
    origin: user.origin,
    editable: user.origin === 'local',
    data: user.data,
    version: user.version,
    created: user.created.toISOString(),
    lastModified: user.lastModified.toISOString(),
  };
}

function groupView(group: StoredGroup): z.infer<typeof groupOutput> {
  const roles = Array.isArray(group.data.roles)
    ? (group.data.roles as { type: string; value: string }[])
    : [];
  return {
    id: group.id,
    displayName: group.displayName,
    origin: group.origin,
    editable: group.origin === 'local',
    memberCount: group.memberCount,
    roles,
    version: group.version,
    created: group.created.toISOString(),
    lastModified: group.lastModified.toISOString(),
  };
}

function lockView(lock: UserLock): z.infer<typeof lockOutput> {
  return {
    id: lock.id,
    userId: lock.userId,
    userName: lock.userName,
    externalId: lock.externalId,
    reason: lock.reason,
    created: lock.created.toISOString(),
    sessionsRevoked: true,
    liftedAt: lock.liftedAt?.toISOString() ?? null,
    liftedReason: lock.liftedReason,
  };
}
