import { isDeepStrictEqual } from 'node:util';
import { randomUUID } from 'node:crypto';
import {
  ScimError,
  UserInput,
  normalizePatchRequest,
  normalizeResource,
  parseModel,
  userResourceType,
} from '@scim/schema';
import type {
  GroupRef,
  JsonObject,
  ListQuery,
  NewChange,
  Page,
  Repositories,
  Store,
  StoredUser,
  WriteScope,
} from '../../store/port.ts';
import { leftGroupChanges, resourceChanges, activeState } from '../../changes/describe-changes.ts';
import { assertWritten, deleteIfMatch } from '../conditional-write.ts';
import { applyPatch } from '../patch/index.ts';
import { expectedVersionFrom, preconditionFailed } from '../resource-meta.ts';
import { settleRoles } from '../roles/settle-roles.ts';
import { withUniqueness } from '../uniqueness.ts';
import { hashPassword } from '../../credentials/password-hash.ts';
import { liftLocks, lockUser } from './lifecycle.ts';

export interface UserView {
  user: StoredUser;
  groups: GroupRef[];
}

/** Reading the read-only `groups` attribute costs a query; skipped when projected out. */
export interface ReadOptions {
  withGroups: boolean;
}

const ALL: ReadOptions = { withGroups: true };

/** Users: the rules between the wire and the store (RFC 7644 §3.3–3.6). */
export class UserService {
  constructor(private readonly store: Store) {}

  /**
   * POST. A userName that is taken is a 409, except where the user can be
   * taken over: a locally created user when the tenant adopts them
   * (Teleport's adoption), or a user locked by deprovisioning, whom a create
   * re-provisions with the same id.
   */
  async create(scope: WriteScope, body: unknown): Promise<UserView> {
    const { data, password } = validate(body);
    const passwordHash = password === undefined ? null : await hashPassword(password);
    if (data.active === undefined) data.active = true;
    const { tenantId } = scope;
    return this.store.transaction(async (repositories) => {
      const { users } = repositories;
      const takeOver = await takeOverCandidate(repositories, tenantId, data);
      await settleRoles(data, repositories, tenantId, {
        kind: 'users',
        currentRoles: takeOver?.user.data.roles,
      });
      if (takeOver) {
        const result = await withUniqueness(
          () =>
            users.update(tenantId, takeOver.user.id, data, {
              expectedVersion: takeOver.user.version,
              origin: 'scim',
              ...(passwordHash !== null ? { passwordHash } : {}),
            }),
          takenDetail(data),
        );
        assertWritten(result);
        const adopted: NewChange[] =
          takeOver.how === 'adopt'
            ? [
                {
                  type: 'user.adopted',
                  resourceType: 'User',
                  resourceId: takeOver.user.id,
                  data: { previousOrigin: 'local' },
                },
              ]
            : [];
        await recordWrite(repositories, scope, takeOver.user, result.value, adopted);
        const groups = await users.groupsOf(tenantId, takeOver.user.id);
        return { user: result.value, groups };
      }
      const user = await withUniqueness(
        () => users.insert(tenantId, { id: randomUUID(), data, passwordHash }),
        takenDetail(data),
      );
      await recordWrite(repositories, scope, undefined, user);
      return { user, groups: [] };
    });
  }

  get(tenantId: string, id: string, options: ReadOptions = ALL): Promise<UserView> {
    return this.store.read(async ({ users }) => {
      if (options.withGroups) {
        const read = await users.getWithGroups(tenantId, id);
        if (!read) throw ScimError.notFound(`User ${id} not found`);
        return { user: read.resource, groups: read.groups };
      }
      const user = await users.get(tenantId, id);
      if (!user) throw ScimError.notFound(`User ${id} not found`);
      return { user, groups: [] };
    });
  }

  list(tenantId: string, query: ListQuery, options: ReadOptions = ALL): Promise<Page<UserView>> {
    return this.store.read(async ({ users }) => {
      if (options.withGroups) {
        const page = await users.listWithGroups(tenantId, query);
        return {
          ...page,
          items: page.items.map(({ resource, groups }) => ({ user: resource, groups })),
        };
      }
      const page = await users.list(tenantId, query);
      return { ...page, items: page.items.map((user) => ({ user, groups: [] })) };
    });
  }

  /** PUT (RFC 7644 §3.5.1): replaces every writable attribute; read-only ones in the body are ignored. */
  async replace(
    scope: WriteScope,
    id: string,
    body: unknown,
    ifMatch: string | null,
  ): Promise<UserView> {
    const { data, password } = validate(body);
    const passwordHash = password === undefined ? undefined : await hashPassword(password);
    const { tenantId } = scope;
    return this.store.transaction(async (repositories) => {
      const { users } = repositories;
      const current = await users.get(tenantId, id);
      if (!current) throw ScimError.notFound(`User ${id} not found`);
      await settleRoles(data, repositories, tenantId, {
        kind: 'users',
        currentRoles: current.data.roles,
      });
      // A PUT without `active` keeps the current status: Okta AIW apps echo
      // GET responses, and an omitted flag must not suspend anyone.
      if (data.active === undefined) data.active = current.active;
      const result = await withUniqueness(
        () =>
          users.update(tenantId, id, data, {
            expectedVersion: expectedVersionFrom(ifMatch, current.version) ?? current.version,
            ...(passwordHash !== undefined ? { passwordHash } : {}),
          }),
        takenDetail(data),
      );
      assertWritten(result);
      await recordWrite(repositories, scope, current, result.value);
      const groups = await users.groupsOf(tenantId, id);
      return { user: result.value, groups };
    });
  }

  /** PATCH (RFC 7644 §3.5.2): all operations apply, or none. */
  patch(scope: WriteScope, id: string, body: unknown, ifMatch: string | null): Promise<UserView> {
    const operations = normalizePatchRequest(body);
    const { tenantId } = scope;
    return this.store.transaction(async (repositories) => {
      const { users } = repositories;
      const current = await users.get(tenantId, id);
      if (!current) throw ScimError.notFound(`User ${id} not found`);
      const expectedVersion = expectedVersionFrom(ifMatch, current.version);
      if (expectedVersion === -1) throw preconditionFailed();
      const patched = applyPatch(
        { ...current.data, id, active: current.active },
        operations,
        userResourceType,
      );
      delete patched.id;
      const { data, password } = validate(patched);
      await settleRoles(data, repositories, tenantId, {
        kind: 'users',
        currentRoles: current.data.roles,
      });
      if (data.active === undefined) data.active = current.active;
      const groups = await users.groupsOf(tenantId, id);
      if (
        password === undefined &&
        isDeepStrictEqual(data, { ...current.data, active: current.active })
      ) {
        return { user: current, groups };
      }
      const passwordHash = password === undefined ? undefined : await hashPassword(password);
      const result = await withUniqueness(
        () =>
          users.update(tenantId, id, data, {
            expectedVersion: current.version,
            ...(passwordHash !== undefined ? { passwordHash } : {}),
          }),
        takenDetail(data),
      );
      assertWritten(result);
      await recordWrite(repositories, scope, current, result.value);
      return { user: result.value, groups };
    });
  }

  /** DELETE removes the user and locks its userName until it is provisioned again. */
  delete(scope: WriteScope, id: string, ifMatch: string | null): Promise<void> {
    const { tenantId } = scope;
    return this.store.transaction(async (repositories) => {
      const { deleted, leftGroups } = await deleteIfMatch(
        repositories.users,
        tenantId,
        id,
        ifMatch,
        `User ${id} not found`,
      );
      await repositories.changes.append(tenantId, scope.actor, [
        ...resourceChanges('User', activeState(deleted), undefined),
        ...leftGroupChanges(id, leftGroups),
        ...(await lockUser(repositories, tenantId, deleted, 'deleted')),
      ]);
    });
  }
}

/** An existing user a create may take over instead of answering 409. */
async function takeOverCandidate(
  { users, tenants, locks }: Repositories,
  tenantId: string,
  data: JsonObject,
): Promise<{ user: StoredUser; how: 'adopt' | 'reprovision' } | undefined> {
  const locked = async (user: StoredUser) =>
    !user.active && (await locks.active(tenantId, { userId: user.id })) !== undefined;
  const byName = await users.findByUserName(tenantId, String(data.userName));
  if (byName) {
    if (byName.origin === 'local' && (await tenants.get(tenantId))?.adoptExistingUsers)
      return { user: byName, how: 'adopt' };
    return (await locked(byName)) ? { user: byName, how: 'reprovision' } : undefined;
  }
  if (typeof data.externalId !== 'string') return undefined;
  const byExternalId = await users.findByExternalId(tenantId, data.externalId);
  return byExternalId && (await locked(byExternalId))
    ? { user: byExternalId, how: 'reprovision' }
    : undefined;
}

/**
 * Journals a create or update with its lifecycle: deactivation locks the
 * user, and (re)activation or a create lifts any lock on the user or on
 * its userName or externalId.
 */
async function recordWrite(
  repositories: Repositories,
  scope: WriteScope,
  before: StoredUser | undefined,
  after: StoredUser,
  leading: NewChange[] = [],
): Promise<void> {
  const { tenantId } = scope;
  const events = [
    ...leading,
    ...resourceChanges('User', before && activeState(before), activeState(after)),
  ];
  if (after.active && !before?.active)
    events.push(...(await liftLocks(repositories, tenantId, after)));
  if (before?.active && !after.active)
    events.push(...(await lockUser(repositories, tenantId, after, 'deactivated')));
  await repositories.changes.append(tenantId, scope.actor, events);
}

/** Normalises and validates a user body; splits off the write-only password. */
function validate(body: unknown): { data: JsonObject; password: string | undefined } {
  const data = normalizeResource(body, userResourceType);
  parseModel(UserInput, data);
  const password = typeof data.password === 'string' ? data.password : undefined;
  delete data.password;
  return { data, password };
}

function takenDetail(data: JsonObject): string {
  return `userName '${String(data.userName)}' is already taken`;
}
