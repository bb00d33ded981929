import { and, asc, desc, eq, lte, sql } from 'drizzle-orm';
import type { WebhookDelivery, WebhookEndpoint, WebhookRepository } from '../port.ts';
import type { SqliteDb } from './open.ts';
import { changeEvents, webhookDeliveries, webhookEndpoints } from './schema.ts';

export class SqliteWebhookRepository implements WebhookRepository {
  /** Asked after every commit that journals changes: prepared once. */
  private readonly dueEndpoints;

  constructor(private readonly db: SqliteDb) {
    this.dueEndpoints = db
      .select()
      .from(webhookEndpoints)
      .where(
        and(
          lte(webhookEndpoints.nextAttemptAt, sql.placeholder('now')),
          sql`exists (select 1 from ${changeEvents} where ${changeEvents.tenantId} = ${webhookEndpoints.tenantId} and ${changeEvents.seq} > ${webhookEndpoints.cursor})`,
        ),
      )
      .orderBy(asc(webhookEndpoints.nextAttemptAt))
      .limit(sql.placeholder('limit'))
      .prepare();
  }

  create(
    endpoint: Omit<WebhookEndpoint, 'attempts' | 'nextAttemptAt'> & { secret: string },
  ): Promise<WebhookEndpoint> {
    const row = this.db
      .insert(webhookEndpoints)
      .values({
        id: endpoint.id,
        tenantId: endpoint.tenantId,
        url: endpoint.url,
        description: endpoint.description,
        secret: endpoint.secret,
        eventTypes: endpoint.eventTypes,
        cursor: endpoint.cursor,
        attempts: 0,
        nextAttemptAt: endpoint.created,
        createdAt: endpoint.created,
      })
      .returning()
      .get();
    return Promise.resolve(toEndpoint(row));
  }

  list(tenantId: string): Promise<WebhookEndpoint[]> {
    const rows = this.db
      .select()
      .from(webhookEndpoints)
      .where(eq(webhookEndpoints.tenantId, tenantId))
      .orderBy(asc(webhookEndpoints.createdAt))
      .all();
    return Promise.resolve(rows.map(toEndpoint));
  }

  get(tenantId: string, id: string): Promise<WebhookEndpoint | undefined> {
    const row = this.db
      .select()
      .from(webhookEndpoints)
      .where(and(eq(webhookEndpoints.tenantId, tenantId), eq(webhookEndpoints.id, id)))
      .get();
    return Promise.resolve(row ? toEndpoint(row) : undefined);
  }

  delete(tenantId: string, id: string): Promise<boolean> {
    const result = this.db
      .delete(webhookEndpoints)
      .where(and(eq(webhookEndpoints.tenantId, tenantId), eq(webhookEndpoints.id, id)))
      .run();
    return Promise.resolve(result.changes > 0);
  }

  subscribedTenants(): Promise<string[]> {
    const rows = this.db
      .selectDistinct({ tenantId: webhookEndpoints.tenantId })
      .from(webhookEndpoints)
      .all();
    return Promise.resolve(rows.map((row) => row.tenantId));
  }

  due(now: Date, limit: number): Promise<(WebhookEndpoint & { secret: string })[]> {
    const rows = this.dueEndpoints.all({ now: now.getTime(), limit });
    return Promise.resolve(rows.map((row) => ({ ...toEndpoint(row), secret: row.secret })));
  }

  advance(endpointId: string, cursor: number): Promise<void> {
    this.db
      .update(webhookEndpoints)
      .set({ cursor })
      .where(eq(webhookEndpoints.id, endpointId))
      .run();
    return Promise.resolve();
  }

  recordAttempt(
    delivery: Omit<WebhookDelivery, 'id'>,
    next: { cursor: number; attempts: number; nextAttemptAt: Date },
  ): Promise<void> {
    // The endpoint may have been deleted while the request was in flight: then nothing is recorded.
    const updated = this.db
      .update(webhookEndpoints)
      .set(next)
      .where(eq(webhookEndpoints.id, delivery.endpointId))
      .run();
    if (updated.changes > 0) this.db.insert(webhookDeliveries).values(delivery).run();
    return Promise.resolve();
  }

  deliveries(tenantId: string, endpointId: string, limit: number): Promise<WebhookDelivery[]> {
    const rows = this.db
      .select({ delivery: webhookDeliveries })
      .from(webhookDeliveries)
      .innerJoin(webhookEndpoints, eq(webhookEndpoints.id, webhookDeliveries.endpointId))
      .where(
        and(eq(webhookEndpoints.tenantId, tenantId), eq(webhookDeliveries.endpointId, endpointId)),
      )
      .orderBy(desc(webhookDeliveries.id))
      .limit(limit)
      .all();
    return Promise.resolve(rows.map((r) => r.delivery));
  }
}

function toEndpoint(row: typeof webhookEndpoints.$inferSelect): WebhookEndpoint {
  return {
    id: row.id,
    tenantId: row.tenantId,
    url: row.url,
    description: row.description,
    eventTypes: row.eventTypes ?? null,
    cursor: row.cursor,
    attempts: row.attempts,
    nextAttemptAt: row.nextAttemptAt,
    created: row.createdAt,
  };
}
