import { and, eq, sql } from 'drizzle-orm';
import type { SqliteDb } from './open.ts';
import { groupMembers, groups } from './schema.ts';

/** A deleted user, group or service account leaves every group it was in; their member counts follow. */
export function removeMemberships(db: SqliteDb, tenantId: string, memberId: string): void {
  const inMember = and(eq(groupMembers.tenantId, tenantId), eq(groupMembers.memberId, memberId));
  db.update(groups)
    .set({ memberCount: sql`${groups.memberCount} - 1` })
    .where(
      sql`${groups.id} in (select ${groupMembers.groupId} from ${groupMembers} where ${inMember})`,
    )
    .run();
  db.delete(groupMembers).where(inMember).run();
}
