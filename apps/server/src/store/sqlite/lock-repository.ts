import { and, desc, eq, gt, isNull, sql, type SQL } from 'drizzle-orm';
import type { LockRepository, UserLock } from '../port.ts';
import type { SqliteDb } from './open.ts';
import { userLocks } from './schema.ts';

export class SqliteLockRepository implements LockRepository {
  // Every create and every (de)activation looks for locks: prepared once.
  private readonly byUserId;
  private readonly byUserName;
  private readonly byExternalId;

  constructor(private readonly db: SqliteDb) {
    const inForce = (match: SQL) =>
      db
        .select()
        .from(userLocks)
        .where(
          and(
            eq(userLocks.tenantId, sql.placeholder('tenantId')),
            match,
            isNull(userLocks.liftedAt),
          ),
        )
        .orderBy(desc(userLocks.createdAt))
        .prepare();
    this.byUserId = inForce(eq(userLocks.userId, sql.placeholder('key')));
    this.byUserName = inForce(eq(userLocks.userNameKey, sql.placeholder('key')));
    this.byExternalId = inForce(eq(userLocks.externalId, sql.placeholder('key')));
  }

  active(
    tenantId: string,
    by: { userId?: string; userName?: string; externalId?: string },
  ): Promise<UserLock | undefined> {
    const row =
      by.userId !== undefined
        ? this.byUserId.get({ tenantId, key: by.userId })
        : by.userName !== undefined
          ? this.byUserName.get({ tenantId, key: by.userName.toLowerCase() })
          : by.externalId !== undefined
            ? this.byExternalId.get({ tenantId, key: by.externalId })
            : undefined;
    return Promise.resolve(row ? toLock(row) : undefined);
  }

  activeMatching(
    tenantId: string,
    user: { userId: string; userName: string; externalId: string | null },
  ): Promise<UserLock[]> {
    // Three indexed lookups: one query with OR makes SQLite scan every lock of the tenant.
    const rows = [
      ...this.byUserId.all({ tenantId, key: user.userId }),
      ...this.byUserName.all({ tenantId, key: user.userName.toLowerCase() }),
      ...(user.externalId !== null
        ? this.byExternalId.all({ tenantId, key: user.externalId })
        : []),
    ];
    const unique = new Map(rows.map((row) => [row.id, row]));
    return Promise.resolve([...unique.values()].map(toLock));
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
