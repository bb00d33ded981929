import { and, asc, eq, getTableName, inArray, sql, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { GroupRef } from '../port.ts';
import type { SqliteDb } from './open.ts';
import { groupMembers, groups } from './schema.ts';

/**
 * A deleted user, group or service account leaves every group it was in;
 * their member counts follow. Returns the ids of the groups it left.
 */
export function removeMemberships(db: SqliteDb, tenantId: string, memberId: string): string[] {
  const inMember = and(eq(groupMembers.tenantId, tenantId), eq(groupMembers.memberId, memberId));
  const left = db
    .delete(groupMembers)
    .where(inMember)
    .returning({ groupId: groupMembers.groupId })
    .all()
    .map((row) => row.groupId);
  if (left.length > 0) {
    db.update(groups)
      .set({ memberCount: sql`${groups.memberCount} - 1` })
      .where(inArray(groups.id, left))
      .run();
  }
  return left;
}

export type GroupsOf = (tenantId: string, memberId: string) => Promise<GroupRef[]>;

/**
 * Direct group memberships of one member (user or service account), by
 * group displayName, for the `groups` attribute a write answers with.
 * Reads take them with the row instead (groupsColumn below).
 */
export function createGroupsOf(db: SqliteDb): GroupsOf {
  const groupsOfOne = db
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
  return (tenantId, memberId) => Promise.resolve(groupsOfOne.all({ memberId, tenantId }));
}

/**
 * A member's direct groups as one JSON column of the member's own row
 * (`[[id, displayName], …]`), so a GET or a list page reads them in the
 * same statement instead of a second one per request. The aggregate is
 * unordered (an ORDER BY in it costs a sorter on every row read, though
 * most members are in one group or none); readGroupsColumn sorts.
 */
export function groupsColumn(member: { id: SQLiteColumn; tenantId: SQLiteColumn }): SQL<string> {
  // Qualified by hand: drizzle leaves columns unqualified in a one-table select, which would
  // bind the member's tenant_id to group_members' own inside the subquery.
  const own = (column: SQLiteColumn) =>
    sql`${sql.identifier(getTableName(column.table))}.${sql.identifier(column.name)}`;
  return sql<string>`(select json_group_array(json_array(g.id, g.display_name)) from ${groupMembers} gm join ${groups} g on g.id = gm.group_id where gm.member_id = ${own(member.id)} and gm.tenant_id = ${own(member.tenantId)})`;
}

/** The groups column read back, by displayName in SQLite's order (UTF-8 bytes), as groupsOf returns them. */
export function readGroupsColumn(text: string): GroupRef[] {
  if (text === '[]') return [];
  const refs = (JSON.parse(text) as [string, string][]).map(([id, displayName]) => ({
    id,
    displayName,
  }));
  if (refs.length > 1) {
    refs.sort((a, b) => Buffer.compare(Buffer.from(a.displayName), Buffer.from(b.displayName)));
  }
  return refs;
}
