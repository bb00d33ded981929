import { and, asc, eq, inArray, sql } from 'drizzle-orm';
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

export type GroupsOf = (
  tenantId: string,
  memberIds: string[],
) => Promise<Map<string, { id: string; displayName: string }[]>>;

/**
 * Direct group memberships of each member (user or service account), by
 * group displayName, for the read-only `groups` attribute. The one-member
 * read is the hot path (every GET), so its statement is prepared once.
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

  return function groupsOf(tenantId, memberIds) {
    const result = new Map<string, { id: string; displayName: string }[]>();
    if (memberIds.length === 0) return Promise.resolve(result);
    const [only] = memberIds;
    if (memberIds.length === 1 && only !== undefined) {
      const rows = groupsOfOne.all({ memberId: only, tenantId });
      if (rows.length > 0) result.set(only, rows);
      return Promise.resolve(result);
    }
    const rows = db
      .select({ memberId: groupMembers.memberId, id: groups.id, displayName: groups.displayName })
      .from(groupMembers)
      .innerJoin(groups, eq(groups.id, groupMembers.groupId))
      .where(and(eq(groupMembers.tenantId, tenantId), inArray(groupMembers.memberId, memberIds)))
      .orderBy(asc(groups.displayName))
      .all();
    for (const row of rows) {
      const list = result.get(row.memberId) ?? [];
      list.push({ id: row.id, displayName: row.displayName });
      result.set(row.memberId, list);
    }
    return Promise.resolve(result);
  };
}
