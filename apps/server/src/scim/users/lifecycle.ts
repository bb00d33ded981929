/**
 * Locks on deprovisioning (Teleport): `active: false` or DELETE locks the
 * user, which the embedding app reads as "end every session, refuse every
 * credential"; re-provisioning lifts the lock. Locks are keyed by userName
 * as well as id, so a lock outlives a deleted user.
 */
import { randomUUID } from 'node:crypto';
import type { LockReason, NewChange, Repositories, StoredUser } from '../../store/port.ts';

type LockTarget = Pick<StoredUser, 'id' | 'userName' | 'data'>;

/** Locks the user unless a lock is already in force; returns the `user.locked` event. */
export async function lockUser(
  { locks }: Repositories,
  tenantId: string,
  user: LockTarget,
  reason: LockReason,
): Promise<NewChange[]> {
  if (await locks.active(tenantId, { userId: user.id })) return [];
  const lock = await locks.create({
    id: randomUUID(),
    tenantId,
    userId: user.id,
    userName: user.userName,
    externalId: typeof user.data.externalId === 'string' ? user.data.externalId : null,
    reason,
    created: new Date(),
  });
  return [
    {
      type: 'user.locked',
      resourceType: 'User',
      resourceId: user.id,
      // The embedding app ends the user's sessions and refuses issued credentials on this event.
      data: { lock: { id: lock.id, reason, userName: lock.userName }, sessionsRevoked: true },
    },
  ];
}

/**
 * Lifts the locks in force for this user: by id, and by userName or
 * externalId for a lock left by a DELETE. Returns `user.unlocked` events.
 */
export async function liftLocks(
  { locks }: Repositories,
  tenantId: string,
  user: LockTarget,
  reason: 'reprovisioned' | 'admin' = 'reprovisioned',
): Promise<NewChange[]> {
  const externalId = typeof user.data.externalId === 'string' ? user.data.externalId : null;
  const found = await locks.activeMatching(tenantId, {
    userId: user.id,
    userName: user.userName,
    externalId,
  });
  const events: NewChange[] = [];
  for (const lock of found) {
    await locks.lift(tenantId, lock.id, new Date(), reason);
    events.push({
      type: 'user.unlocked',
      resourceType: 'User',
      resourceId: user.id,
      data: { lock: { id: lock.id, reason: lock.reason, userName: lock.userName } },
    });
  }
  return events;
}
