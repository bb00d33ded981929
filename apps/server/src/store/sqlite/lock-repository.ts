import { and, desc, eq, gt, isNull } from 'drizzle-orm';
import type { LockRepository, UserLock } from '../port.ts';
import type { SqliteDb } from './open.ts';
import { userLocks } from './schema.ts';

export class SqliteLockRepository implements LockRepository {
  constructor(private readonly db: SqliteDb) {}

  active(
    tenantId: string,
    by: { userId?: string; userName?: string; externalId?: string },
  ): Promise<UserLock | undefined> {
    const match =
      by.userId !== undefined
        ? eq(userLocks.userId, by.userId)
        : by.userName !== undefined
          ? eq(userLocks.userNameKey, by.userName.toLowerCase())
          : by.externalId !== undefined
            ? eq(userLocks.externalId, by.externalId)
            : undefined;
    if (!match) return Promise.resolve(undefined);
    const row = this.db
      .select()
      .from(userLocks)
      .where(and(eq(userLocks.tenantId, tenantId), match, isNull(userLocks.liftedAt)))
      .orderBy(desc(userLocks.createdAt))
      .limit(1)
      .get();
    return Promise.resolve(row ? toLock(row) : undefined);
  }

  create(lock: Omit<UserLock, 'liftedAt' | 'liftedReason'>): Promise<UserLock> {
    const row = this.db
      .insert(userLocks)
      .values({
        id: lock.id,
        tenantId: lock.tenantId,
        userId: lock.userId,
        userName: lock.userName,
        userNameKey: lock.userName.toLowerCase(),
        externalId: lock.externalId,
        reason: lock.reason,
        createdAt: lock.created,
      })
      .returning()
      .get();
    return Promise.resolve(toLock(row));
  }

  lift(
    tenantId: string,
    id: string,
    at: Date,
    reason: 'reprovisioned' | 'admin',
  ): Promise<UserLock | undefined> {
    const row = this.db
      .update(userLocks)
      .set({ liftedAt: at, liftedReason: reason })
      .where(
        and(eq(userLocks.tenantId, tenantId), eq(userLocks.id, id), isNull(userLocks.liftedAt)),
      )
      .returning()
      .get();
    return Promise.resolve(row ? toLock(row) : undefined);
  }

  list(
    tenantId: string,
    query: { activeOnly: boolean; since?: Date; limit: number },
  ): Promise<UserLock[]> {
    const rows = this.db
      .select()
      .from(userLocks)
      .where(
        and(
          eq(userLocks.tenantId, tenantId),
          query.activeOnly ? isNull(userLocks.liftedAt) : undefined,
          query.since ? gt(userLocks.createdAt, query.since) : undefined,
        ),
      )
      .orderBy(desc(userLocks.createdAt))
      .limit(query.limit)
      .all();
    return Promise.resolve(rows.map(toLock));
  }
}

function toLock(row: typeof userLocks.$inferSelect): UserLock {
  return {
    id: row.id,
    tenantId: row.tenantId,
    userId: row.userId,
    userName: row.userName,
    externalId: row.externalId,
    reason: row.reason,
    created: row.createdAt,
    liftedAt: row.liftedAt,
    liftedReason: row.liftedReason,
  };
}
