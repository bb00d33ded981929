import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { UniquenessViolation } from '../errors.ts';
import type {
  JsonObject,
  ListQuery,
  NewServiceAccount,
  Page,
  ServiceAccountRepository,
  StoredServiceAccount,
  WriteResult,
} from '../port.ts';
import type { FilterTarget } from './filter-sql.ts';
import { createLister, type ListedTable } from './list-query.ts';
import type { SqliteDb } from './open.ts';
import { removeMemberships } from './memberships.ts';
import { isUniqueViolation, serviceAccountColumns } from './resource-columns.ts';
import { groupMembers, groups, serviceAccounts } from './schema.ts';

type Row = typeof serviceAccounts.$inferSelect;

const filterTarget: FilterTarget = {
  data: serviceAccounts.data,
  columns: {
    id: { column: serviceAccounts.id },
    displayName: { column: serviceAccounts.displayNameKey, foldedKey: true },
    externalId: { column: serviceAccounts.externalId },
    active: { column: serviceAccounts.active },
    'meta.created': { column: serviceAccounts.createdAt, epochMillis: true },
    'meta.lastModified': { column: serviceAccounts.updatedAt, epochMillis: true },
  },
};

const listedTable: ListedTable = {
  name: 'service_accounts',
  table: serviceAccounts,
  tenantId: serviceAccounts.tenantId,
  createdAt: serviceAccounts.createdAt,
  id: serviceAccounts.id,
  target: filterTarget,
};

function toServiceAccount(row: Row): StoredServiceAccount {
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

export class SqliteServiceAccountRepository implements ServiceAccountRepository {
  private readonly lister;
  // Hot reads are prepared once, as for users.
  private readonly byId;
  private readonly groupsOfOne;

  constructor(private readonly db: SqliteDb) {
    this.lister = createLister(db, listedTable);
    this.byId = db
      .select()
      .from(serviceAccounts)
      .where(
        and(
          eq(serviceAccounts.tenantId, sql.placeholder('tenantId')),
          eq(serviceAccounts.id, sql.placeholder('id')),
        ),
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

  get(tenantId: string, id: string): Promise<StoredServiceAccount | undefined> {
    const row = this.byId.get({ tenantId, id });
    return Promise.resolve(row ? toServiceAccount(row) : undefined);
  }

  list(tenantId: string, query: ListQuery): Promise<Page<StoredServiceAccount>> {
    const { rows, ...page } = this.lister<Row>(tenantId, query);
    return Promise.resolve({ ...page, items: rows.map(toServiceAccount) });
  }

  insert(tenantId: string, account: NewServiceAccount): Promise<StoredServiceAccount> {
    const now = new Date();
    try {
      const row = this.db
        .insert(serviceAccounts)
        .values({
          id: account.id,
          tenantId,
          ...serviceAccountColumns(account.data),
          data: account.data,
          version: 1,
          createdAt: now,
          updatedAt: now,
        })
        .returning()
        .get();
      return Promise.resolve(toServiceAccount(row));
    } catch (error) {
      if (isUniqueViolation(error)) throw new UniquenessViolation('displayName');
      throw error;
    }
  }

  update(
    tenantId: string,
    id: string,
    data: JsonObject,
    options: { expectedVersion?: number },
  ): Promise<WriteResult<StoredServiceAccount>> {
    try {
      const row = this.db
        .update(serviceAccounts)
        .set({
          ...serviceAccountColumns(data),
          data,
          version: sql`${serviceAccounts.version} + 1`,
          updatedAt: new Date(),
        })
        .where(
          and(
            eq(serviceAccounts.tenantId, tenantId),
            eq(serviceAccounts.id, id),
            // RFC 7644 §3.14: checked and written in one statement.
            options.expectedVersion !== undefined
              ? eq(serviceAccounts.version, options.expectedVersion)
              : undefined,
          ),
        )
        .returning()
        .get();
      if (row) return Promise.resolve({ ok: true, value: toServiceAccount(row) });
    } catch (error) {
      if (isUniqueViolation(error)) throw new UniquenessViolation('displayName');
      throw error;
    }
    return this.missOrMismatch(tenantId, id);
  }

  delete(tenantId: string, id: string, expectedVersion?: number): Promise<WriteResult<true>> {
    const deleted = this.db
      .delete(serviceAccounts)
      .where(
        and(
          eq(serviceAccounts.tenantId, tenantId),
          eq(serviceAccounts.id, id),
          expectedVersion !== undefined ? eq(serviceAccounts.version, expectedVersion) : undefined,
        ),
      )
      .returning({ id: serviceAccounts.id })
      .get();
    if (!deleted) return this.missOrMismatch(tenantId, id);
    removeMemberships(this.db, tenantId, id);
    return Promise.resolve({ ok: true, value: true });
  }

  groupsOf(tenantId: string, ids: string[]) {
    const result = new Map<string, { id: string; displayName: string }[]>();
    if (ids.length === 0) return Promise.resolve(result);
    const [only] = ids;
    if (ids.length === 1 && only !== undefined) {
      const rows = this.groupsOfOne.all({ memberId: only, tenantId });
      if (rows.length > 0) result.set(only, rows);
      return Promise.resolve(result);
    }
    const rows = this.db
      .select({ memberId: groupMembers.memberId, id: groups.id, displayName: groups.displayName })
      .from(groupMembers)
      .innerJoin(groups, eq(groups.id, groupMembers.groupId))
      .where(and(eq(groupMembers.tenantId, tenantId), inArray(groupMembers.memberId, ids)))
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
