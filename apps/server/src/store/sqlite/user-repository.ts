import { and, eq, sql } from 'drizzle-orm';
import type {
  JsonObject,
  NewUser,
  Origin,
  StoredUser,
  UserRepository,
  WriteResult,
} from '../port.ts';
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
    userName: { column: users.userNameKey, foldedKey: true, unique: true },
    externalId: { column: users.externalId },
    displayName: { column: users.displayName },
    active: { column: users.active },
    'meta.created': { column: users.createdAt, epochMillis: true },
    'meta.lastModified': { column: users.updatedAt, epochMillis: true },
  },
  valueKeys: { emails: users.emailsKey },
};

function toUser(row: typeof users.$inferSelect): StoredUser {
  return {
    id: row.id,
    tenantId: row.tenantId,
    userName: row.userName,
    active: row.active,
    origin: row.origin,
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
  private readonly byUserName;
  private readonly byExternalId;

  constructor(db: SqliteDb) {
    super(db, {
      name: 'users',
      table: users,
      target: filterTarget,
      toResource: toUser,
      uniqueAttribute: 'userName',
      groupMembers: true,
    });
    this.groupsOf = createGroupsOf(db);
    // Every create looks for a user to take over (adoption, re-provisioning): prepared once.
    const where = (column: typeof users.userNameKey | typeof users.externalId) =>
      db
        .select()
        .from(users)
        .where(
          and(eq(users.tenantId, sql.placeholder('tenantId')), eq(column, sql.placeholder('key'))),
        )
        .prepare();
    this.byUserName = where(users.userNameKey);
    this.byExternalId = where(users.externalId);
  }

  insert(tenantId: string, user: NewUser): Promise<StoredUser> {
    return this.insertRow({
      id: user.id,
      tenantId,
      ...userColumns(user.data),
      data: user.data,
      passwordHash: user.passwordHash,
      origin: user.origin ?? 'scim',
    });
  }

  findByUserName(tenantId: string, userName: string): Promise<StoredUser | undefined> {
    const row = this.byUserName.get({ tenantId, key: userName.toLowerCase() });
    return Promise.resolve(row ? toUser(row) : undefined);
  }

  findByExternalId(tenantId: string, externalId: string): Promise<StoredUser | undefined> {
    const row = this.byExternalId.get({ tenantId, key: externalId });
    return Promise.resolve(row ? toUser(row) : undefined);
  }

  update(
    tenantId: string,
    id: string,
    data: JsonObject,
    options: { expectedVersion?: number; passwordHash?: string | null; origin?: Origin },
  ): Promise<WriteResult<StoredUser>> {
    const { passwordHash, expectedVersion, origin } = options;
    return this.updateRow(
      tenantId,
      id,
      {
        ...userColumns(data),
        data,
        ...(passwordHash !== undefined ? { passwordHash } : {}),
        ...(origin !== undefined ? { origin } : {}),
      },
      expectedVersion,
    );
  }
}
