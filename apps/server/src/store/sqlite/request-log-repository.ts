import { and, desc, eq, lt, sql } from 'drizzle-orm';
import type {
  RequestLogEntry,
  RequestLogQuery,
  RequestLogRepository,
  StoredRequestLogEntry,
} from '../port.ts';
import type { SqliteDb } from './open.ts';
import { appendRequestLog } from './request-log-append.ts';
import { requestLog, tenants } from './schema.ts';

const DAY_MS = 86_400_000;

export class SqliteRequestLogRepository implements RequestLogRepository {
  constructor(private readonly db: SqliteDb) {}

  append(entries: RequestLogEntry[]): Promise<void> {
    appendRequestLog(this.db.$client, entries);
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
