import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { UniquenessViolation } from '../errors.ts';
import type {
  JsonObject,
  ListQuery,
  NewUser,
  Page,
  StoredUser,
  UserRepository,
  WriteResult,
} from '../port.ts';
import type { FilterTarget } from './filter-sql.ts';
import { createLister, type ListedTable } from './list-query.ts';
import type { SqliteDb } from './open.ts';
import { removeMemberships } from './memberships.ts';
import { isUniqueViolation, userColumns } from './resource-columns.ts';
import { groupMembers, groups, users } from './schema.ts';

type Row = typeof users.$inferSelect;

const filterTarget: FilterTarget = {
  data: users.data,
  columns: {
    id: { column: users.id },
    userName: { column: users.userNameKey, foldedKey: true },
    externalId: { column: users.externalId },
    displayName: { column: users.displayName },
    active: { column: users.active },
    'meta.created': { column: users.createdAt, epochMillis: true },
    'meta.lastModified': { column: users.updatedAt, epochMillis: true },
  },
};

const listedTable: ListedTable = {
  name: 'users',
  table: users,
  tenantId: users.tenantId,
  createdAt: users.createdAt,
  id: users.id,
  target: filterTarget,
};

function toUser(row: Row): StoredUser {
  return {
    id: row.id,
    tenantId: row.tenantId,
    userName: row.userName,
    active: row.active,
    data: row.data,
    version: row.version,
    created: row.createdAt,
    lastModified: row.updatedAt,
  };
}

export class SqliteUserRepository implements UserRepository {
  private readonly lister;
  // Hot reads are prepared once: building and compiling them per request dominated profiles.
  private readonly byId;
  private readonly groupsOfOne;

  constructor(private readonly db: SqliteDb) {
    this.lister = createLister(db, listedTable);
    this.byId = db
      .select()
      .from(users)
      .where(
        and(eq(users.tenantId, sql.placeholder('tenantId')), eq(users.id, sql.placeholder('id'))),
      )
      .prepare();
    this.groupsOfOne = db
      .select({ id: groups.id, displayName: groups.displayName })
      .from(groupMembers)
      .innerJoin(groups, eq(groups.id, groupMembers.groupId))
      .where(
        and(
          eq(groupMembers.memberId, sql.placeholder('memberId')),
          eq(groupMembers.tenantId, sql.placeholder('tenantId')),
        ),
      )
      .orderBy(asc(groups.displayName))
      .prepare();
  }

  get(tenantId: string, id: string): Promise<StoredUser | undefined> {
    const row = this.byId.get({ tenantId, id });
    return Promise.resolve(row ? toUser(row) : undefined);
  }

  list(tenantId: string, query: ListQuery): Promise<Page<StoredUser>> {
    const { rows, ...page } = this.lister<Row>(tenantId, query);
    return Promise.resolve({ ...page, items: rows.map(toUser) });
  }

  insert(tenantId: string, user: NewUser): Promise<StoredUser> {
    const now = new Date();
    try {
      const row = this.db
        .insert(users)
        .values({
          id: user.id,
          tenantId,
          ...userColumns(user.data),
          data: user.data,
          passwordHash: user.passwordHash,
          version: 1,
          createdAt: now,
          updatedAt: now,
        })
        .returning()
        .get();
      return Promise.resolve(toUser(row));
    } catch (error) {
      if (isUniqueViolation(error)) throw new UniquenessViolation('userName');
      throw error;
    }
  }

  update(
    tenantId: string,
    id: string,
    data: JsonObject,
    options: { expectedVersion?: number; passwordHash?: string | null },
  ): Promise<WriteResult<StoredUser>> {
    try {
      const row = this.db
        .update(users)
        .set({
          ...userColumns(data),
          data,
          ...(options.passwordHash !== undefined ? { passwordHash: options.passwordHash } : {}),
          version: sql`${users.version} + 1`,
          updatedAt: new Date(),
        })
        .where(
          and(
            eq(users.tenantId, tenantId),
            eq(users.id, id),
            // RFC 7644 §3.14: checked and written in one statement, so concurrent writers cannot both win.
            options.expectedVersion !== undefined
              ? eq(users.version, options.expectedVersion)
              : undefined,
          ),
        )
        .returning()
        .get();
      if (row) return Promise.resolve({ ok: true, value: toUser(row) });
    } catch (error) {
      if (isUniqueViolation(error)) throw new UniquenessViolation('userName');
      throw error;
    }
    return this.missOrMismatch(tenantId, id);
  }

  delete(tenantId: string, id: string, expectedVersion?: number): Promise<WriteResult<true>> {
    const deleted = this.db
      .delete(users)
      .where(
        and(
          eq(users.tenantId, tenantId),
          eq(users.id, id),
          expectedVersion !== undefined ? eq(users.version, expectedVersion) : undefined,
        ),
      )
      .returning({ id: users.id })
      .get();
    if (!deleted) return this.missOrMismatch(tenantId, id);
    removeMemberships(this.db, tenantId, id);
    return Promise.resolve({ ok: true, value: true });
  }

  groupsOf(tenantId: string, userIds: string[]) {
    const result = new Map<string, { id: string; displayName: string }[]>();
    if (userIds.length === 0) return Promise.resolve(result);
    const [only] = userIds;
    if (userIds.length === 1 && only !== undefined) {
      const rows = this.groupsOfOne.all({ memberId: only, tenantId });
      if (rows.length > 0) result.set(only, rows);
      return Promise.resolve(result);
    }
    const rows = this.db
      .select({ memberId: groupMembers.memberId, id: groups.id, displayName: groups.displayName })
      .from(groupMembers)
      .innerJoin(groups, eq(groups.id, groupMembers.groupId))
      .where(and(eq(groupMembers.tenantId, tenantId), inArray(groupMembers.memberId, userIds)))
      .orderBy(asc(groups.displayName))
      .all();
    for (const row of rows) {
      const list = result.get(row.memberId) ?? [];
      list.push({ id: row.id, displayName: row.displayName });
      result.set(row.memberId, list);
    }
    return Promise.resolve(result);
  }

  private async missOrMismatch<T>(tenantId: string, id: string): Promise<WriteResult<T>> {
    const exists = await this.get(tenantId, id);
    return { ok: false, reason: exists ? 'version_mismatch' : 'not_found' };
  }
}
