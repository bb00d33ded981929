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
import type { JsonObject, ListQuery, Page, Store, StoredUser } from '../../store/port.ts';
import { assertWritten, deleteIfMatch } from '../conditional-write.ts';
import { applyPatch } from '../patch/index.ts';
import { expectedVersionFrom, preconditionFailed } from '../resource-meta.ts';
import { settleRoles } from '../roles/settle-roles.ts';
import { withUniqueness } from '../uniqueness.ts';
import { hashPassword } from '../../credentials/password-hash.ts';
import type { GroupRef } from '../resource-representation.ts';

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

  async create(tenantId: string, body: unknown): Promise<UserView> {
    const { data, password } = validate(body);
    const passwordHash = password === undefined ? null : await hashPassword(password);
    if (data.active === undefined) data.active = true;
    return this.store.transaction(async (repositories) => {
      const { users } = repositories;
      await settleRoles(data, repositories, tenantId, { kind: 'users', currentRoles: undefined });
      const user = await withUniqueness(
        () => users.insert(tenantId, { id: randomUUID(), data, passwordHash }),
        takenDetail(data),
      );
      return { user, groups: [] };
    });
  }

  get(tenantId: string, id: string, options: ReadOptions = ALL): Promise<UserView> {
    return this.store.read(async ({ users }) => {
      const user = await users.get(tenantId, id);
      if (!user) throw ScimError.notFound(`User ${id} not found`);
      const groups = options.withGroups ? await users.groupsOf(tenantId, [id]) : undefined;
      return { user, groups: groups?.get(id) ?? [] };
    });
  }

  list(tenantId: string, query: ListQuery, options: ReadOptions = ALL): Promise<Page<UserView>> {
    return this.store.read(async ({ users }) => {
      const page = await users.list(tenantId, query);
      const groups = options.withGroups
        ? await users.groupsOf(
            tenantId,
            page.items.map((u) => u.id),
          )
        : undefined;
      return {
        ...page,
        items: page.items.map((user) => ({ user, groups: groups?.get(user.id) ?? [] })),
      };
    });
  }

  /** PUT (RFC 7644 §3.5.1): replaces every writable attribute; read-only ones in the body are ignored. */
  async replace(
    tenantId: string,
    id: string,
    body: unknown,
    ifMatch: string | null,
  ): Promise<UserView> {
    const { data, password } = validate(body);
    const passwordHash = password === undefined ? undefined : await hashPassword(password);
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
      const groups = await users.groupsOf(tenantId, [id]);
      return { user: result.value, groups: groups.get(id) ?? [] };
    });
  }

  /** PATCH (RFC 7644 §3.5.2): all operations apply, or none. */
  patch(tenantId: string, id: string, body: unknown, ifMatch: string | null): Promise<UserView> {
    const operations = normalizePatchRequest(body);
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
      const groups = await users.groupsOf(tenantId, [id]);
      if (
        password === undefined &&
        isDeepStrictEqual(data, { ...current.data, active: current.active })
      ) {
        return { user: current, groups: groups.get(id) ?? [] };
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
      return { user: result.value, groups: groups.get(id) ?? [] };
    });
  }

  delete(tenantId: string, id: string, ifMatch: string | null): Promise<void> {
    return this.store.transaction(({ users }) =>
      deleteIfMatch(users, tenantId, id, ifMatch, `User ${id} not found`),
    );
  }
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
