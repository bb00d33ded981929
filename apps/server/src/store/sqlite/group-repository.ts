import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { ScimError } from '@scim/schema';
import type {
  GroupRepository,
  JsonObject,
  Member,
  MemberRef,
  MembershipDelta,
  NewGroup,
  Origin,
  StoredGroup,
  WriteResult,
} from '../port.ts';
import type { ResolvedFilter } from '../../scim/query/resolved-filter.ts';
import type { Bind, FilterTarget } from './filter-sql.ts';
import type { SqliteDb } from './open.ts';
import { groupColumns } from './resource-columns.ts';
import { groupMembers, groups, serviceAccounts, users } from './schema.ts';
import { VersionedRows } from './versioned-rows.ts';

/** Bound on ids per IN (…) list, well under SQLite's variable limit. */
const CHUNK = 500;

/** `members.value eq "…"` and friends, answered from the membership table. */
function membersFilter(filter: ResolvedFilter, bind: Bind): SQL {
  const inGroup = sql`${groupMembers.groupId} = ${groups.id}`;
  if (filter.kind === 'present') {
    return sql`exists (select 1 from ${groupMembers} where ${inGroup})`;
  }
  if (
    filter.kind === 'compare' &&
    (filter.op === 'eq' || filter.op === 'ne') &&
    filter.value !== null
  ) {
    const column =
      filter.path.sub === 'type'
        ? groupMembers.memberType
        : filter.path.sub === 'value'
          ? groupMembers.memberId
          : undefined;
    if (column) {
      const any = sql`exists (select 1 from ${groupMembers} where ${inGroup} and ${column} = ${bind(String(filter.value))})`;
      return filter.op === 'eq' ? any : sql`(not ${any})`;
    }
  }
  throw ScimError.of(
    'invalidFilter',
    'Group members can be filtered with members.value or members.type, eq or ne, and pr',
  );
}

const filterTarget: FilterTarget = {
  data: groups.data,
  columns: {
    id: { column: groups.id },
    displayName: { column: groups.displayNameKey, foldedKey: true, unique: true },
    externalId: { column: groups.externalId },
    'meta.created': { column: groups.createdAt, epochMillis: true },
    'meta.lastModified': { column: groups.updatedAt, epochMillis: true },
  },
  special: { members: membersFilter },
};

function toGroup(row: typeof groups.$inferSelect): StoredGroup {
  return {
    id: row.id,
    tenantId: row.tenantId,
    displayName: row.displayName,
    data: row.data,
    memberCount: row.memberCount,
    origin: row.origin,
    version: row.version,
    created: row.createdAt,
    lastModified: row.updatedAt,
  };
}

function chunks<T>(items: T[]): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) result.push(items.slice(i, i + CHUNK));
  return result;
}

export class SqliteGroupRepository
  extends VersionedRows<typeof groups, StoredGroup>
  implements GroupRepository
{
  // Okta and Entra change one member per PATCH: those statements are prepared once.
  private readonly addOne;
  private readonly removeOne;
  private readonly countBy;
  private readonly membersOfOne;

  constructor(db: SqliteDb) {
    super(db, {
      name: 'groups',
      table: groups,
      target: filterTarget,
      toResource: toGroup,
      uniqueAttribute: 'displayName',
    });
    const p = (name: string) => sql.placeholder(name);
    this.addOne = db
      .insert(groupMembers)
      .values({
        tenantId: p('tenantId'),
        groupId: p('groupId'),
        memberId: p('memberId'),
        memberType: p('memberType'),
        createdAt: p('createdAt'),
      })
      .onConflictDoNothing()
      .returning({ value: groupMembers.memberId, type: groupMembers.memberType })
      .prepare();
    this.removeOne = db
      .delete(groupMembers)
      .where(
        and(
          eq(groupMembers.tenantId, p('tenantId')),
          eq(groupMembers.groupId, p('groupId')),
          eq(groupMembers.memberId, p('memberId')),
        ),
      )
      .returning({ value: groupMembers.memberId })
      .prepare();
    this.countBy = db
      .update(groups)
      .set({ memberCount: sql`${groups.memberCount} + ${p('delta')}` })
      .where(eq(groups.id, p('groupId')))
      .prepare();
    this.membersOfOne = this.memberRows(
      and(eq(groupMembers.tenantId, p('tenantId')), eq(groupMembers.groupId, p('groupId'))),
    ).prepare();
  }

  insert(tenantId: string, group: NewGroup): Promise<StoredGroup> {
    return this.insertRow({
      id: group.id,
      tenantId,
      ...groupColumns(group.data),
      data: group.data,
      origin: group.origin ?? 'scim',
    });
  }

  update(
    tenantId: string,
    id: string,
    data: JsonObject,
    options: { expectedVersion?: number; origin?: Origin },
  ): Promise<WriteResult<StoredGroup>> {
    const { origin, expectedVersion } = options;
    return this.updateRow(
      tenantId,
      id,
      { ...groupColumns(data), data, ...(origin !== undefined ? { origin } : {}) },
      expectedVersion,
    );
  }

  touch(tenantId: string, id: string, expectedVersion?: number): Promise<WriteResult<StoredGroup>> {
    return this.updateRow(tenantId, id, {}, expectedVersion);
  }

  members(tenantId: string, groupIds: string[]): Promise<Map<string, Member[]>> {
    const result = new Map<string, Member[]>();
    const [only] = groupIds;
    const batches =
      groupIds.length === 1 && only !== undefined
        ? [this.membersOfOne.all({ tenantId, groupId: only })]
        : chunks(groupIds).map((ids) =>
            this.memberRows(
              and(eq(groupMembers.tenantId, tenantId), inArray(groupMembers.groupId, ids)),
            ).all(),
          );
    for (const row of batches.flat()) {
      const list = result.get(row.groupId) ?? [];
      list.push({
        value: row.value,
        type: row.type,
        display:
          (row.type === 'User'
            ? row.userDisplay
            : row.type === 'ServiceAccount'
              ? row.serviceAccountDisplay
              : row.groupDisplay) ?? undefined,
      });
      result.set(row.groupId, list);
    }
    return Promise.resolve(result);
  }

  /** Members of the groups `where` selects, in the order they joined, with their display names. */
  private memberRows(where: SQL | undefined) {
    return this.db
      .select({
        groupId: groupMembers.groupId,
        value: groupMembers.memberId,
        type: groupMembers.memberType,
        userDisplay: sql<string | null>`coalesce(${users.displayName}, ${users.userName})`,
        groupDisplay: sql<
          string | null
        >`(select g2.display_name from ${groups} as g2 where g2.id = ${groupMembers.memberId})`,
        serviceAccountDisplay: sql<
          string | null
        >`(select sa.display_name from ${serviceAccounts} as sa where sa.id = ${groupMembers.memberId})`,
      })
      .from(groupMembers)
      .leftJoin(users, eq(users.id, groupMembers.memberId))
      .where(where)
      .orderBy(asc(groupMembers.createdAt), asc(groupMembers.memberId));
  }

  addMembers(tenantId: string, groupId: string, members: MemberRef[]): Promise<MembershipDelta> {
    const [only] = members;
    if (members.length === 1 && only) {
      const added = this.addOne.all({
        tenantId,
        groupId,
        memberId: only.value,
        memberType: only.type,
        createdAt: new Date(),
      });
      this.adjustCount(groupId, added.length);
      return Promise.resolve({ added, removed: [] });
    }
    const added: MemberRef[] = [];
    for (const part of chunks(members)) {
      const inserted = this.db
        .insert(groupMembers)
        .values(
          part.map((m) => ({
            tenantId,
            groupId,
            memberId: m.value,
            memberType: m.type,
            createdAt: new Date(),
          })),
        )
        .onConflictDoNothing()
        .returning({ value: groupMembers.memberId, type: groupMembers.memberType })
        .all();
      added.push(...inserted);
    }
    this.adjustCount(groupId, added.length);
    return Promise.resolve({ added, removed: [] });
  }

  removeMembers(tenantId: string, groupId: string, memberIds: string[]): Promise<MembershipDelta> {
    const [only] = memberIds;
    if (memberIds.length === 1 && only !== undefined) {
      const removed = this.removeOne.all({ tenantId, groupId, memberId: only }).map((r) => r.value);
      this.adjustCount(groupId, -removed.length);
      return Promise.resolve({ added: [], removed });
    }
    const removed: string[] = [];
    for (const ids of chunks(memberIds)) {
      const deleted = this.db
        .delete(groupMembers)
        .where(
          and(
            eq(groupMembers.tenantId, tenantId),
            eq(groupMembers.groupId, groupId),
            inArray(groupMembers.memberId, ids),
          ),
        )
        .returning({ value: groupMembers.memberId })
        .all();
      removed.push(...deleted.map((row) => row.value));
    }
    this.adjustCount(groupId, -removed.length);
    return Promise.resolve({ added: [], removed });
  }

  async replaceMembers(
    tenantId: string,
    groupId: string,
    members: MemberRef[],
  ): Promise<MembershipDelta> {
    const wanted = new Set(members.map((m) => m.value));
    const current = this.db
      .select({ value: groupMembers.memberId })
      .from(groupMembers)
      .where(and(eq(groupMembers.tenantId, tenantId), eq(groupMembers.groupId, groupId)))
      .all()
      .map((row) => row.value);
    const { removed } = await this.removeMembers(
      tenantId,
      groupId,
      current.filter((id) => !wanted.has(id)),
    );
    const { added } = await this.addMembers(tenantId, groupId, members);
    return { added, removed };
  }

  private adjustCount(groupId: string, delta: number): void {
    if (delta !== 0) this.countBy.run({ groupId, delta });
  }

  resolveMembers(tenantId: string, ids: string[]): Promise<Map<string, MemberRef['type']>> {
    const result = new Map<string, MemberRef['type']>();
    for (const part of chunks(ids)) {
      for (const row of this.db
        .select({ id: users.id })
        .from(users)
        .where(and(eq(users.tenantId, tenantId), inArray(users.id, part)))
        .all()) {
        result.set(row.id, 'User');
      }
      for (const row of this.db
        .select({ id: groups.id })
        .from(groups)
        .where(and(eq(groups.tenantId, tenantId), inArray(groups.id, part)))
        .all()) {
        result.set(row.id, 'Group');
      }
      for (const row of this.db
        .select({ id: serviceAccounts.id })
        .from(serviceAccounts)
        .where(and(eq(serviceAccounts.tenantId, tenantId), inArray(serviceAccounts.id, part)))
        .all()) {
        result.set(row.id, 'ServiceAccount');
      }
    }
    return Promise.resolve(result);
  }
}
