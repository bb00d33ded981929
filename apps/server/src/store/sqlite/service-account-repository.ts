import type {
  JsonObject,
  NewServiceAccount,
  ServiceAccountRepository,
  StoredServiceAccount,
  WriteResult,
} from '../port.ts';
import type { FilterTarget } from './filter-sql.ts';
import { createGroupsOf, type GroupsOf } from './memberships.ts';
import type { SqliteDb } from './open.ts';
import { serviceAccountColumns } from './resource-columns.ts';
import { serviceAccounts } from './schema.ts';
import { VersionedRows } from './versioned-rows.ts';

const filterTarget: FilterTarget = {
  data: serviceAccounts.data,
  columns: {
    id: { column: serviceAccounts.id },
    displayName: { column: serviceAccounts.displayNameKey, foldedKey: true, unique: true },
    externalId: { column: serviceAccounts.externalId },
    active: { column: serviceAccounts.active },
    'meta.created': { column: serviceAccounts.createdAt, epochMillis: true },
    'meta.lastModified': { column: serviceAccounts.updatedAt, epochMillis: true },
  },
};

function toServiceAccount(row: typeof serviceAccounts.$inferSelect): StoredServiceAccount {
  return {
    id: row.id,
    tenantId: row.tenantId,
    displayName: row.displayName,
    active: row.active,
    data: row.data,
    version: row.version,
    created: row.createdAt,
    lastModified: row.updatedAt,
  };
}

export class SqliteServiceAccountRepository
  extends VersionedRows<typeof serviceAccounts, StoredServiceAccount>
  implements ServiceAccountRepository
{
  readonly groupsOf: GroupsOf;

  constructor(db: SqliteDb) {
    super(db, {
      name: 'service_accounts',
      table: serviceAccounts,
      target: filterTarget,
      toResource: toServiceAccount,
      uniqueAttribute: 'displayName',
      groupMembers: true,
    });
    this.groupsOf = createGroupsOf(db);
  }

  insert(tenantId: string, account: NewServiceAccount): Promise<StoredServiceAccount> {
    return this.insertRow({
      id: account.id,
      tenantId,
      ...serviceAccountColumns(account.data),
      data: account.data,
    });
  }

  update(
    tenantId: string,
    id: string,
    data: JsonObject,
    options: { expectedVersion?: number },
  ): Promise<WriteResult<StoredServiceAccount>> {
    return this.updateRow(
      tenantId,
      id,
      { ...serviceAccountColumns(data), data },
      options.expectedVersion,
    );
  }
}
