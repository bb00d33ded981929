import type { Store, UserLock } from '../store/port.ts';

export type AccessStatus = 'active' | 'inactive' | 'locked' | 'unknown';

export interface AccessCheck {
  /** Whether the app should let this user in right now. */
  allowed: boolean;
  status: AccessStatus;
  userId: string | null;
  lock: { id: string; reason: UserLock['reason']; since: string } | null;
}

/**
 * What the embedding app asks at sign-in and on each session refresh:
 * a lock wins over everything, also for a user that was deleted (the lock
 * is found by userName), then the user's own `active`.
 */
export function checkAccess(
  store: Store,
  tenantId: string,
  by: { id?: string; userName?: string },
): Promise<AccessCheck> {
  return store.read(async ({ users, locks }) => {
    const user =
      by.id !== undefined
        ? await users.get(tenantId, by.id)
        : by.userName !== undefined
          ? await users.findByUserName(tenantId, by.userName)
          : undefined;
    const lock =
      (user && (await locks.active(tenantId, { userId: user.id }))) ??
      (by.userName !== undefined
        ? await locks.active(tenantId, { userName: by.userName })
        : undefined) ??
      (by.id !== undefined ? await locks.active(tenantId, { userId: by.id }) : undefined);
    const status: AccessStatus = lock
      ? 'locked'
      : !user
        ? 'unknown'
        : user.active
          ? 'active'
          : 'inactive';
    return {
      allowed: status === 'active',
      status,
      userId: user?.id ?? lock?.userId ?? null,
      lock: lock ? { id: lock.id, reason: lock.reason, since: lock.created.toISOString() } : null,
    };
  });
}
