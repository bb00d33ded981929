import { randomUUID } from 'node:crypto';
import { and, asc, desc, eq, gt, inArray, lt, sql } from 'drizzle-orm';
import type {
  Actor,
  ChangeQuery,
  ChangeRepository,
  CommittedChange,
  NewChange,
  ResourceTypeName,
  StoredChange,
} from '../port.ts';
import type { SqliteDb } from './open.ts';
import { changeEvents } from './schema.ts';

export class SqliteChangeRepository implements ChangeRepository {
  /** Changes appended in the open transaction, for commit listeners (store.ts). */
  pending: CommittedChange[] = [];

  /** Every write journals: prepared once. */
  private readonly insertOne;
  private readonly lastSeqOf;

  constructor(private readonly db: SqliteDb) {
    const p = (name: string) => sql.placeholder(name);
    this.insertOne = db
      .insert(changeEvents)
      .values({
        id: p('id'),
        tenantId: p('tenantId'),
        type: p('type'),
        resourceType: p('resourceType'),
        resourceId: p('resourceId'),
        actor: p('actor'),
        data: p('data'),
        occurredAt: p('occurredAt'),
      })
      .prepare();
    this.lastSeqOf = db
      .select({ seq: sql<number | null>`max(${changeEvents.seq})` })
      .from(changeEvents)
      .where(eq(changeEvents.tenantId, p('tenantId')))
      .prepare();
  }

  append(tenantId: string, actor: Actor, changes: NewChange[]): Promise<void> {
    if (changes.length === 0) return Promise.resolve();
    const occurredAt = new Date();
    // Inserted in the given order, so `seq` keeps the order of one request's events.
    for (const change of changes) {
      this.insertOne.run({
        id: randomUUID(),
        tenantId,
        type: change.type,
        resourceType: change.resourceType,
        resourceId: change.resourceId,
        actor: { ...actor },
        data: change.data,
        occurredAt,
      });
      this.pending.push({ ...change, tenantId, actor });
    }
    return Promise.resolve();
  }

  list(tenantId: string, query: ChangeQuery): Promise<StoredChange[]> {
    const rows = this.db
      .select()
      .from(changeEvents)
      .where(
        and(
          eq(changeEvents.tenantId, tenantId),
          query.afterSeq !== undefined ? gt(changeEvents.seq, query.afterSeq) : undefined,
          query.beforeSeq !== undefined ? lt(changeEvents.seq, query.beforeSeq) : undefined,
          query.resourceId !== undefined
            ? eq(changeEvents.resourceId, query.resourceId)
            : undefined,
          query.types && query.types.length > 0
            ? inArray(changeEvents.type, query.types)
            : undefined,
        ),
      )
      .orderBy(query.order === 'asc' ? asc(changeEvents.seq) : desc(changeEvents.seq))
      .limit(query.limit)
      .all();
    return Promise.resolve(rows.map(toChange));
  }

  lastSeq(tenantId: string): Promise<number> {
    return Promise.resolve(this.lastSeqOf.get({ tenantId })?.seq ?? 0);
  }
}

function toChange(row: typeof changeEvents.$inferSelect): StoredChange {
  return {
    seq: row.seq,
    id: row.id,
    tenantId: row.tenantId,
    type: row.type,
    resourceType: row.resourceType as ResourceTypeName,
    resourceId: row.resourceId,
    actor: row.actor as unknown as Actor,
    data: row.data,
    occurredAt: row.occurredAt,
  };
}
