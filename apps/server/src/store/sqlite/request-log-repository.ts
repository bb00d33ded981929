import { and, desc, eq, inArray, lt, sql } from 'drizzle-orm';
import type {
  RequestLogEntry,
  RequestLogQuery,
  RequestLogRepository,
  StoredRequestLogEntry,
} from '../port.ts';
import type { SqliteDb } from './open.ts';
import { requestLog, tenants } from './schema.ts';

const DAY_MS = 86_400_000;

export class SqliteRequestLogRepository implements RequestLogRepository {
  /** Every answered request is one insert: prepared once. */
  private readonly insertOne;

  constructor(private readonly db: SqliteDb) {
    const p = (name: keyof RequestLogEntry) => sql.placeholder(name);
    this.insertOne = db
      .insert(requestLog)
      .values({
        requestId: p('requestId'),
        tenantId: p('tenantId'),
        at: p('at'),
        method: p('method'),
        path: p('path'),
        status: p('status'),
        durationMs: p('durationMs'),
        credentialId: p('credentialId'),
        idpClient: p('idpClient'),
        userAgent: p('userAgent'),
        requestBody: p('requestBody'),
        responseBody: p('responseBody'),
      })
      .prepare();
  }

  append(entries: RequestLogEntry[]): Promise<void> {
    // A tenant deleted since its requests were served takes its log with it.
    const tenantIds = [...new Set(entries.map((e) => e.tenantId))];
    const existing = new Set(
      this.db
        .select({ id: tenants.id })
        .from(tenants)
        .where(inArray(tenants.id, tenantIds))
        .all()
        .map((row) => row.id),
    );
    for (const entry of entries) {
      if (existing.has(entry.tenantId)) this.insertOne.run({ ...entry });
    }
    return Promise.resolve();
  }

  list(tenantId: string, query: RequestLogQuery): Promise<StoredRequestLogEntry[]> {
    const rows = this.db
      .select()
      .from(requestLog)
      .where(
        and(
          eq(requestLog.tenantId, tenantId),
          query.beforeId !== undefined ? lt(requestLog.id, query.beforeId) : undefined,
          query.method !== undefined
            ? eq(requestLog.method, query.method.toUpperCase())
            : undefined,
          query.status !== undefined ? eq(requestLog.status, query.status) : undefined,
          query.requestId !== undefined ? eq(requestLog.requestId, query.requestId) : undefined,
          query.pathContains !== undefined
            ? sql`instr(${requestLog.path}, ${query.pathContains}) > 0`
            : undefined,
        ),
      )
      .orderBy(desc(requestLog.id))
      .limit(query.limit)
      .all();
    return Promise.resolve(rows);
  }

  prune(now: Date): Promise<number> {
    const result = this.db
      .delete(requestLog)
      .where(
        sql`${requestLog.at} < ${now.getTime()} - ${DAY_MS} * (select ${tenants.requestLogRetentionDays} from ${tenants} where ${tenants.id} = ${requestLog.tenantId})`,
      )
      .run();
    return Promise.resolve(result.changes);
  }
}
