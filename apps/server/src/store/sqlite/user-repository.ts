import type { JsonObject, NewUser, StoredUser, UserRepository, WriteResult } from '../port.ts';
import type { FilterTarget } from './filter-sql.ts';
import { createGroupsOf, type GroupsOf } from './memberships.ts';
import type { SqliteDb } from './open.ts';
import { userColumns } from './resource-columns.ts';
import { users } from './schema.ts';
import { VersionedRows } from './versioned-rows.ts';

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

function toUser(row: typeof users.$inferSelect): StoredUser {
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

export class SqliteUserRepository
  extends VersionedRows<typeof users, StoredUser>
  implements UserRepository
{
  readonly groupsOf: GroupsOf;

  constructor(db: SqliteDb) {
    super(db, {
      name: 'users',
      table: users,
      target: filterTarget,
      toResource: toUser,
      uniqueAttribute: 'userName',
    });
    this.groupsOf = createGroupsOf(db);
  }

  insert(tenantId: string, user: NewUser): Promise<StoredUser> {
    return this.insertRow({
      id: user.id,
      tenantId,
      ...userColumns(user.data),
      data: user.data,
      passwordHash: user.passwordHash,
    });
  }

  update(
    tenantId: string,
    id: string,
    data: JsonObject,
    options: { expectedVersion?: number; passwordHash?: string | null },
  ): Promise<WriteResult<StoredUser>> {
    const { passwordHash, expectedVersion } = options;
    return this.updateRow(
      tenantId,
      id,
      { ...userColumns(data), data, ...(passwordHash !== undefined ? { passwordHash } : {}) },
      expectedVersion,
    );
  }
}
