/**
 * What happened and what was sent: the audit trail (the change journal),
 * the request log, and webhook endpoints with their delivery log.
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { CHANGE_TYPES } from '../changes/change-types.ts';
import type { StoredRequestLogEntry, WebhookEndpoint } from '../store/port.ts';
import { eventPayload } from '../webhooks/event-payload.ts';
import { generateWebhookSecret } from '../webhooks/signature.ts';
import { ScimError } from '@scim/schema';
import { requireTenant } from './require-tenant.ts';
import { adminProcedure, createAdminRouter } from './trpc.ts';
import { tenantInput } from './admin-inputs.ts';

const limit = z.coerce.number().int().min(1).max(1000).default(100);
const cursor = z.coerce.number().int().min(0);

const eventOutput = z.object({
  id: z.string(),
  seq: z.number(),
  type: z.string(),
  tenant: z.string(),
  occurredAt: z.string(),
  resource: z.object({ type: z.string(), id: z.string() }),
  actor: z.object({
    kind: z.enum(['scim', 'admin', 'system']),
    credentialId: z.string().nullable(),
    requestId: z.string().nullable(),
  }),
  data: z.record(z.string(), z.unknown()),
});

const requestLogOutput = z.object({
  id: z.number(),
  requestId: z.string(),
  at: z.string(),
  method: z.string(),
  path: z.string(),
  status: z.number(),
  durationMs: z.number(),
  credentialId: z.string().nullable(),
  idpClient: z.string().nullable(),
  userAgent: z.string().nullable(),
  requestBody: z.string().nullable(),
  responseBody: z.string().nullable(),
});

const endpointOutput = z.object({
  id: z.string(),
  url: z.string(),
  description: z.string(),
  eventTypes: z.array(z.string()).nullable(),
  /** The last delivered journal sequence number. */
  cursor: z.number(),
  /** Failed attempts at the next batch; 0 when delivery is healthy. */
  failedAttempts: z.number(),
  nextAttemptAt: z.string(),
  created: z.string(),
});

const webhookUrl = z
  .url({ protocol: /^https?$/ })
  .max(2048)
  .describe('http or https URL that receives signed POSTs');

export const auditRouter = createAdminRouter({
  list: adminProcedure
    .meta({
      openapi: {
        method: 'GET',
        path: '/tenants/{tenant}/events',
        tags: ['Audit'],
        summary:
          'The audit trail: every change, who made it, before and after; newest first, page with `before`',
      },
    })
    .input(
      z.object({
        ...tenantInput,
        resourceId: z.string().min(1).max(128).optional(),
        type: z.enum(CHANGE_TYPES).optional(),
        before: cursor.optional(),
        after: cursor.optional(),
        limit,
      }),
    )
    .output(z.array(eventOutput))
    .query(async ({ ctx, input }) => {
      await requireTenant(ctx.store, input.tenant);
      const changes = await ctx.store.read(({ changes }) =>
        changes.list(input.tenant, {
          ...(input.resourceId !== undefined ? { resourceId: input.resourceId } : {}),
          ...(input.type !== undefined ? { types: [input.type] } : {}),
          ...(input.before !== undefined ? { beforeSeq: input.before } : {}),
          ...(input.after !== undefined ? { afterSeq: input.after } : {}),
          limit: input.limit,
          // With `after`, oldest first (catching up); else newest first (browsing).
          order: input.after !== undefined ? 'asc' : 'desc',
        }),
      );
      return changes.map(eventPayload);
    }),
});

export const requestLogRouter = createAdminRouter({
  list: adminProcedure
    .meta({
      openapi: {
        method: 'GET',
        path: '/tenants/{tenant}/request-log',
        tags: ['Request log'],
        summary:
          'What the IdP sent and got back, secrets redacted; newest first, page with `before`',
      },
    })
    .input(
      z.object({
        ...tenantInput,
        method: z.string().min(1).max(10).optional(),
        status: z.coerce.number().int().min(100).max(599).optional(),
        pathContains: z.string().min(1).max(256).optional(),
        requestId: z.string().min(1).max(64).optional(),
        before: cursor.optional(),
        limit,
      }),
    )
    .output(z.array(requestLogOutput))
    .query(async ({ ctx, input }) => {
      await requireTenant(ctx.store, input.tenant);
      await ctx.flushRequestLog();
      const entries = await ctx.store.read(({ requestLog }) =>
        requestLog.list(input.tenant, {
          ...(input.method !== undefined ? { method: input.method } : {}),
          ...(input.status !== undefined ? { status: input.status } : {}),
          ...(input.pathContains !== undefined ? { pathContains: input.pathContains } : {}),
          ...(input.requestId !== undefined ? { requestId: input.requestId } : {}),
          ...(input.before !== undefined ? { beforeId: input.before } : {}),
          limit: input.limit,
        }),
      );
      return entries.map(requestLogView);
    }),
});

export const webhooksRouter = createAdminRouter({
  list: adminProcedure
    .meta({
      openapi: {
        method: 'GET',
        path: '/tenants/{tenant}/webhooks',
        tags: ['Webhooks'],
        summary: "A tenant's webhook endpoints and their delivery state (never their secrets)",
      },
    })
    .input(z.object(tenantInput))
    .output(z.array(endpointOutput))
    .query(async ({ ctx, input }) => {
      await requireTenant(ctx.store, input.tenant);
      const endpoints = await ctx.store.read(({ webhooks }) => webhooks.list(input.tenant));
      return endpoints.map(endpointView);
    }),
  create: adminProcedure
    .meta({
      openapi: {
        method: 'POST',
        path: '/tenants/{tenant}/webhooks',
        tags: ['Webhooks'],
        summary:
          'Add an endpoint for change events from now on; its signing secret is shown only here',
      },
    })
    .input(
      z.object({
        ...tenantInput,
        url: webhookUrl,
        description: z.string().trim().max(200).default(''),
        eventTypes: z.array(z.enum(CHANGE_TYPES)).min(1).max(CHANGE_TYPES.length).optional(),
      }),
    )
    .output(endpointOutput.extend({ secret: z.string() }))
    .mutation(async ({ ctx, input }) => {
      await requireTenant(ctx.store, input.tenant);
      const secret = generateWebhookSecret();
      const endpoint = await ctx.store.transaction(async ({ webhooks, changes }) =>
        webhooks.create({
          id: randomUUID(),
          tenantId: input.tenant,
          url: input.url,
          description: input.description,
          eventTypes: input.eventTypes ?? null,
          // Events from now on: the journal's history is in the audit trail.
          cursor: await changes.lastSeq(input.tenant),
          created: new Date(),
          secret,
        }),
      );
      return { ...endpointView(endpoint), secret };
    }),
  delete: adminProcedure
    .meta({
      openapi: {
        method: 'DELETE',
        path: '/tenants/{tenant}/webhooks/{id}',
        tags: ['Webhooks'],
        summary: 'Remove an endpoint; undelivered events are not sent to it',
      },
    })
    .input(z.object({ ...tenantInput, id: z.string().min(1).max(128) }))
    .output(z.object({ id: z.string(), deleted: z.boolean() }))
    .mutation(async ({ ctx, input }) => {
      await requireTenant(ctx.store, input.tenant);
      const deleted = await ctx.store.transaction(({ webhooks }) =>
        webhooks.delete(input.tenant, input.id),
      );
      if (!deleted) throw ScimError.notFound(`Webhook ${input.id} not found`);
      return { id: input.id, deleted };
    }),
  deliveries: adminProcedure
    .meta({
      openapi: {
        method: 'GET',
        path: '/tenants/{tenant}/webhooks/{id}/deliveries',
        tags: ['Webhooks'],
        summary: 'The delivery log of an endpoint: every attempt, newest first',
      },
    })
    .input(z.object({ ...tenantInput, id: z.string().min(1).max(128), limit }))
    .output(
      z.array(
        z.object({
          id: z.number(),
          firstSeq: z.number(),
          lastSeq: z.number(),
          eventCount: z.number(),
          ok: z.boolean(),
          status: z.number().nullable(),
          error: z.string().nullable(),
          durationMs: z.number(),
          attemptedAt: z.string(),
        }),
      ),
    )
    .query(async ({ ctx, input }) => {
      await requireTenant(ctx.store, input.tenant);
      const endpoint = await ctx.store.read(({ webhooks }) => webhooks.get(input.tenant, input.id));
      if (!endpoint) throw ScimError.notFound(`Webhook ${input.id} not found`);
      const deliveries = await ctx.store.read(({ webhooks }) =>
        webhooks.deliveries(input.tenant, input.id, input.limit),
      );
      return deliveries.map(({ endpointId: _endpoint, attemptedAt, ...rest }) => ({
        ...rest,
        attemptedAt: attemptedAt.toISOString(),
      }));
    }),
});

function requestLogView(entry: StoredRequestLogEntry): z.infer<typeof requestLogOutput> {
  const { tenantId: _tenant, at, ...rest } = entry;
  return { ...rest, at: at.toISOString() };
}

function endpointView(endpoint: WebhookEndpoint): z.infer<typeof endpointOutput> {
  return {
    id: endpoint.id,
    url: endpoint.url,
    description: endpoint.description,
    eventTypes: endpoint.eventTypes,
    cursor: endpoint.cursor,
    failedAttempts: endpoint.attempts,
    nextAttemptAt: endpoint.nextAttemptAt.toISOString(),
    created: endpoint.created.toISOString(),
  };
}
