import { sql, type SQL } from 'drizzle-orm';
import type { AccessRepository, GroupMembershipPath } from '../port.ts';
import type { SqliteDb } from './open.ts';

/** Nesting deeper than this is not followed (and a membership cycle cannot loop). */
const MAX_DEPTH = 32;

export class SqliteAccessRepository implements AccessRepository {
  constructor(private readonly db: SqliteDb) {}

  /**
   * Walks up from the member through group_members (indexed by member), so
   * the answer for one member of a 100,000-member group reads only the
   * groups above it, never the group's other members.
   */
  groupsContaining(tenantId: string, memberId: string): Promise<GroupMembershipPath[]> {
    const rows = this.db.all<{
      id: string;
      displayName: string;
      roles: string | null;
      depth: number;
      viaId: string;
      viaName: string;
    }>(groupsContainingQuery(tenantId, memberId));
    return Promise.resolve(
      rows.map((r) => ({
        id: r.id,
        displayName: r.displayName,
        roles: r.roles === null ? undefined : (JSON.parse(r.roles) as unknown),
        depth: r.depth,
        via: { id: r.viaId, displayName: r.viaName },
      })),
    );
  }
}

/** Exported for the query-plan test: the walk must start from the member index, never scan a group. */
export function groupsContainingQuery(tenantId: string, memberId: string): SQL {
  return sql`
      with recursive chain(group_id, depth, via) as (
        select group_id, 1, group_id from group_members where member_id = ${memberId} and tenant_id = ${tenantId}
        union
        select gm.group_id, chain.depth + 1, chain.via
        from group_members gm join chain on gm.member_id = chain.group_id
        where gm.tenant_id = ${tenantId} and chain.depth < ${MAX_DEPTH}
      )
      select g.id as id, g.display_name as displayName, json_extract(g.data, '$.roles') as roles,
             min(chain.depth) as depth, chain.via as viaId, v.display_name as viaName
      from chain
      join groups g on g.id = chain.group_id
      join groups v on v.id = chain.via
      group by g.id
      order by depth, g.display_name`;
}
