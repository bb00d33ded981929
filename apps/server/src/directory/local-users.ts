/**
 * Users created outside SCIM (just-in-time SAML sign-in, the app's own
 * admin): created and edited here, adopted by SCIM when the tenant allows.
 */
import { randomUUID } from 'node:crypto';
import {
  ScimError,
  UserInput,
  normalizeResource,
  parseModel,
  userResourceType,
} from '@scim/schema';
import { resourceChanges, activeState } from '../changes/describe-changes.ts';
import { assertWritten } from '../scim/conditional-write.ts';
import { withUniqueness } from '../scim/uniqueness.ts';
import { liftLocks, lockUser } from '../scim/users/lifecycle.ts';
import type { JsonObject, Store, StoredUser, WriteScope } from '../store/port.ts';
import { assertLocal } from './managed-by-scim.ts';

export interface LocalUserProfile {
  userName?: string;
  displayName?: string | null;
  givenName?: string | null;
  familyName?: string | null;
  email?: string | null;
  externalId?: string | null;
  active?: boolean;
}

export function createLocalUser(
  store: Store,
  scope: WriteScope,
  profile: LocalUserProfile & { userName: string },
): Promise<StoredUser> {
  const data = validate(applyProfile({ userName: profile.userName, active: true }, profile));
  return store.transaction(async (repositories) => {
    const user = await withUniqueness(
      () =>
        repositories.users.insert(scope.tenantId, {
          id: randomUUID(),
          data,
          passwordHash: null,
          origin: 'local',
        }),
      `userName '${profile.userName}' is already taken`,
    );
    await repositories.changes.append(
      scope.tenantId,
      scope.actor,
      resourceChanges('User', undefined, activeState(user)),
    );
    return user;
  });
}

/** Edits a local user's profile; suspending one locks it, as deprovisioning does. */
export function updateLocalUser(
  store: Store,
  scope: WriteScope,
  id: string,
  profile: LocalUserProfile,
): Promise<StoredUser> {
  const { tenantId } = scope;
  return store.transaction(async (repositories) => {
    const current = await repositories.users.get(tenantId, id);
    if (!current) throw ScimError.notFound(`User ${id} not found`);
    assertLocal(current, 'User', id);
    const data = validate(applyProfile({ ...current.data, active: current.active }, profile));
    const result = await withUniqueness(
      () => repositories.users.update(tenantId, id, data, { expectedVersion: current.version }),
      `userName '${String(data.userName)}' is already taken`,
    );
    assertWritten(result);
    const user = result.value;
    const events = resourceChanges('User', activeState(current), activeState(user));
    if (current.active && !user.active)
      events.push(...(await lockUser(repositories, tenantId, user, 'admin')));
    if (!current.active && user.active)
      events.push(...(await liftLocks(repositories, tenantId, user, 'admin')));
    await repositories.changes.append(tenantId, scope.actor, events);
    return user;
  });
}

function applyProfile(base: JsonObject, profile: LocalUserProfile): JsonObject {
  const data: JsonObject = { ...base };
  const set = (key: string, value: unknown) => {
    if (value === undefined) return;
    if (value === null) delete data[key];
    else data[key] = value;
  };
  set('userName', profile.userName);
  set('displayName', profile.displayName);
  set('externalId', profile.externalId);
  set('active', profile.active);
  if (profile.givenName !== undefined || profile.familyName !== undefined) {
    const name = { ...(data.name as JsonObject | undefined) };
    if (profile.givenName !== undefined) name.givenName = profile.givenName ?? undefined;
    if (profile.familyName !== undefined) name.familyName = profile.familyName ?? undefined;
    set('name', JSON.parse(JSON.stringify(name)) as JsonObject);
  }
  if (profile.email !== undefined) {
    set(
      'emails',
      profile.email === null ? null : [{ value: profile.email, type: 'work', primary: true }],
    );
  }
  return data;
}

function validate(data: JsonObject): JsonObject {
  const normalized = normalizeResource(data, userResourceType);
  parseModel(UserInput, normalized);
  return normalized;
}
