import { and, eq, sql } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { UniquenessViolation } from '../errors.ts';
import type { Deleted, ListQuery, Page, WithGroups, WriteResult } from '../port.ts';
import type { FilterTarget } from './filter-sql.ts';
import { createLister } from './list-query.ts';
import { groupsColumn, readGroupsColumn, removeMemberships } from './memberships.ts';
import type { SqliteDb } from './open.ts';
import { isUniqueViolation } from './resource-columns.ts';

/** A resource table (users, groups, service accounts): the columns listing and versioning need. */
type VersionedTable = SQLiteTable & {
  id: SQLiteColumn;
  tenantId: SQLiteColumn;
  createdAt: SQLiteColumn;
  version: SQLiteColumn;
};

export interface VersionedRowsOptions<TTable extends VersionedTable, TResource> {
  /** Names the table in statement-cache keys. */
  name: string;
  table: TTable;
  /** How filters and sorting reach its columns. */
  target: FilterTarget;
  toResource: (row: TTable['$inferSelect']) => TResource;
  /** The attribute a unique-index violation is reported against. */
  uniqueAttribute: string;
  /** Users and service accounts: reads can bring each row's direct groups along. */
  groupMembers?: boolean;
}

/** What a caller inserts: everything but the version and timestamps, which are set here. */
type NewRow<TTable extends VersionedTable> = Omit<
  TTable['$inferInsert'],
  'version' | 'createdAt' | 'updatedAt'
>;

/**
 * The rows of one resource table: read by id, listed, inserted at version 1,
 * and updated or deleted on a condition on the version, checked and written
 * in one statement (RFC 7644 §3.14) so concurrent writers cannot both win.
 * A unique-index violation becomes UniquenessViolation on `uniqueAttribute`.
 * Each repository extends it with its columns and row mapping.
 */
export class VersionedRows<TTable extends VersionedTable, TResource> {
  private readonly table: TTable;
  private readonly toResource: (row: TTable['$inferSelect']) => TResource;
  private readonly uniqueAttribute: string;
  private readonly lister;
  // Hot reads, prepared once: building and compiling them per request dominated profiles.
  private readonly byId;
  private readonly byIdWithGroups;

  constructor(
    protected readonly db: SqliteDb,
    options: VersionedRowsOptions<TTable, TResource>,
  ) {
    const { name, table, target } = options;
    const groups = options.groupMembers ? groupsColumn(table) : undefined;
    this.table = table;
    this.toResource = options.toResource;
    this.uniqueAttribute = options.uniqueAttribute;
    this.lister = createLister(db, {
      name,
      table,
      tenantId: table.tenantId,
      createdAt: table.createdAt,
      id: table.id,
      target,
      groups,
    });
    const byId = and(
      eq(table.tenantId, sql.placeholder('tenantId')),
      eq(table.id, sql.placeholder('id')),
    );
    this.byId = db
      .select()
      .from(table as SQLiteTable)
      .where(byId)
      .prepare();
    this.byIdWithGroups = groups
      ? db
          .select({ row: table as SQLiteTable, groups })
          .from(table as SQLiteTable)
          .where(byId)
          .prepare()
      : undefined;
  }

  get(tenantId: string, id: string): Promise<TResource | undefined> {
    const row = this.byId.get({ tenantId, id }) as TTable['$inferSelect'] | undefined;
    return Promise.resolve(row ? this.toResource(row) : undefined);
  }

  list(tenantId: string, query: ListQuery): Promise<Page<TResource>> {
    const { rows, groups: _, ...page } = this.lister<TTable['$inferSelect']>(tenantId, query);
    return Promise.resolve({ ...page, items: rows.map(this.toResource) });
  }

  /** get() with the row's direct groups, in the same statement (`groupMembers` tables only). */
  getWithGroups(tenantId: string, id: string): Promise<WithGroups<TResource> | undefined> {
    if (!this.byIdWithGroups) throw new Error('this table has no group members');
    const read = this.byIdWithGroups.get({ tenantId, id });
    return Promise.resolve(
      read && { resource: this.toResource(read.row), groups: readGroupsColumn(read.groups) },
    );
  }

  /** list() with each row's direct groups, in the same statement (`groupMembers` tables only). */
  listWithGroups(tenantId: string, query: ListQuery): Promise<Page<WithGroups<TResource>>> {
    if (!this.byIdWithGroups) throw new Error('this table has no group members');
    const { rows, groups, ...page } = this.lister<TTable['$inferSelect']>(tenantId, query, {
      withGroups: true,
    });
    return Promise.resolve({
      ...page,
      items: rows.map((row, i) => ({
        resource: this.toResource(row),
        groups: readGroupsColumn(groups?.[i] ?? '[]'),
      })),
    });
  }

  protected insertRow(values: NewRow<TTable>): Promise<TResource> {
    const now = new Date();
    const row = this.translatingUniqueness(() =>
      this.db
        .insert(this.table)
        .values({ ...values, version: 1, createdAt: now, updatedAt: now } as TTable['$inferInsert'])
        .returning()
        .get(),
    ) as TTable['$inferSelect'];
    return Promise.resolve(this.toResource(row));
  }

  /** Sets `set` (possibly nothing), bumps the version and lastModified, if the version matches. */
  protected updateRow(
    tenantId: string,
    id: string,
    set: Partial<TTable['$inferInsert']>,
    expectedVersion: number | undefined,
  ): Promise<WriteResult<TResource>> {
    const { table } = this;
    const row = this.translatingUniqueness(() =>
      this.db
        .update(table)
        .set({
          ...set,
          version: sql`${table.version} + 1`,
          updatedAt: new Date(),
        })
        .where(this.matching(tenantId, id, expectedVersion))
        .returning()
        .get(),
    ) as TTable['$inferSelect'] | undefined;
    if (row) return Promise.resolve({ ok: true, value: this.toResource(row) });
    return this.missOrMismatch(tenantId, id);
  }

  /** Deletes the row if the version matches; it leaves every group it was in. */
  delete(tenantId: string, id: string, expectedVersion?: number): Promise<WriteResult<Deleted>> {
    const deleted = this.db
      .delete(this.table)
      .where(this.matching(tenantId, id, expectedVersion))
      .returning({ id: this.table.id })
      .get();
    if (!deleted) return this.missOrMismatch(tenantId, id);
    // A group's own memberships cascade; memberships *in* other groups go here.
    const leftGroups = removeMemberships(this.db, tenantId, id);
    return Promise.resolve({ ok: true, value: { leftGroups } });
  }

  private matching(tenantId: string, id: string, expectedVersion: number | undefined) {
    const { table } = this;
    return and(
      eq(table.tenantId, tenantId),
      eq(table.id, id),
      expectedVersion !== undefined ? eq(table.version, expectedVersion) : undefined,
    );
  }

  private translatingUniqueness<T>(write: () => T): T {
    try {
      return write();
    } catch (error) {
      if (isUniqueViolation(error)) throw new UniquenessViolation(this.uniqueAttribute);
      throw error;
    }
  }

  private async missOrMismatch<T>(tenantId: string, id: string): Promise<WriteResult<T>> {
    const exists = await this.get(tenantId, id);
    return { ok: false, reason: exists ? 'version_mismatch' : 'not_found' };
  }
}
