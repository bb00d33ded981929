/**
 * `pnpm scim` commands for running a tenant day to day: what the IdP sent
 * (request log), what changed (events), locks and the access check, local
 * users, and webhook endpoints.
 */
import {
  arg,
  noArgs,
  output,
  parseCount,
  query,
  required,
  seg,
  table,
  tenantPath,
  UsageError,
  type Command,
} from './command-kit.ts';

interface LogEntry {
  id: number;
  requestId: string;
  at: string;
  method: string;
  path: string;
  status: number;
  durationMs: number;
  idpClient: string | null;
}
interface ChangeEvent {
  seq: number;
  type: string;
  occurredAt: string;
  resource: { type: string; id: string };
  actor: { kind: string; credentialId: string | null };
}
interface Lock {
  id: string;
  userId: string;
  userName: string;
  reason: string;
  created: string;
  liftedAt: string | null;
}
interface AccessCheck {
  allowed: boolean;
  status: string;
  userId: string | null;
  lock: { reason: string; since: string } | null;
}
interface Webhook {
  id: string;
  url: string;
  description: string;
  eventTypes: string[] | null;
  cursor: number;
  failedAttempts: number;
  secret?: string;
}
interface Delivery {
  attemptedAt: string;
  ok: boolean;
  status: number | null;
  error: string | null;
  firstSeq: number;
  lastSeq: number;
  eventCount: number;
}

export const operationsCommands: Command[] = [
  {
    name: 'log',
    usage: 'log --tenant T [--status N] [--method M] [--path P] [--limit N]',
    async run(ctx) {
      noArgs(ctx);
      const o = ctx.options;
      const path = `${tenantPath(ctx)}/request-log${query({
        status: parseCount('status', o.status),
        method: o.method,
        pathContains: o.path,
        limit: parseCount('limit', o.limit),
      })}`;
      const entries = await ctx.client.get<LogEntry[]>(path);
      output(ctx, entries, (list) =>
        ctx.print(
          table(
            list.map((e) => [
              e.at,
              e.method,
              e.path,
              String(e.status),
              `${e.durationMs}ms`,
              e.requestId,
            ]),
            ['AT', 'METHOD', 'PATH', 'STATUS', 'TIME', 'REQUEST ID'],
          ),
        ),
      );
    },
  },
  {
    name: 'events',
    usage: 'events --tenant T [--resource ID] [--type user.created] [--limit N]',
    async run(ctx) {
      noArgs(ctx);
      const o = ctx.options;
      const path = `${tenantPath(ctx)}/events${query({
        resourceId: o.resource,
        type: o.type,
        limit: parseCount('limit', o.limit),
      })}`;
      const events = await ctx.client.get<ChangeEvent[]>(path);
      output(ctx, events, (list) =>
        ctx.print(
          table(
            list.map((e) => [
              String(e.seq),
              e.occurredAt,
              e.type,
              `${e.resource.type}/${e.resource.id}`,
              e.actor.credentialId ? `${e.actor.kind}:${e.actor.credentialId}` : e.actor.kind,
            ]),
            ['SEQ', 'AT', 'TYPE', 'RESOURCE', 'BY'],
          ),
        ),
      );
    },
  },
  {
    name: 'locks list',
    usage: 'locks list --tenant T [--all]',
    async run(ctx) {
      noArgs(ctx);
      const path = `${tenantPath(ctx)}/locks${query({ activeOnly: ctx.options.all ? 'false' : undefined })}`;
      const locks = await ctx.client.get<Lock[]>(path);
      output(ctx, locks, (list) =>
        ctx.print(
          table(
            list.map((l) => [
              l.id,
              l.userName,
              l.reason,
              l.created,
              l.liftedAt ? `lifted ${l.liftedAt}` : 'in force',
            ]),
            ['ID', 'USER', 'REASON', 'SINCE', 'STATUS'],
          ),
        ),
      );
    },
  },
  {
    name: 'locks lift',
    usage: 'locks lift --tenant T <id>',
    async run(ctx) {
      const id = arg(ctx, 'id');
      const lock = await ctx.client.delete<Lock>(`${tenantPath(ctx)}/locks/${seg(id)}`);
      output(ctx, lock, (l) => ctx.print(`lifted the lock on ${l.userName}`));
    },
  },
  {
    name: 'access-check',
    usage: 'access-check --tenant T (--user-name U | --user <id>)',
    async run(ctx) {
      noArgs(ctx);
      const { user, 'user-name': userName } = ctx.options;
      if (!user && !userName) throw new UsageError('give --user-name or --user');
      const path = `${tenantPath(ctx)}/access-check${query({ id: user, userName })}`;
      const check = await ctx.client.get<AccessCheck>(path);
      output(ctx, check, (c) =>
        ctx.print(
          `${c.allowed ? 'allowed' : 'refused'}: ${c.status}` +
            (c.lock ? ` (${c.lock.reason} since ${c.lock.since})` : ''),
        ),
      );
    },
  },
  {
    name: 'users create',
    usage:
      'users create --tenant T <userName> [--name "Display Name"] [--email E]   (a local user)',
    async run(ctx) {
      const userName = arg(ctx, 'userName');
      const body: Record<string, unknown> = { userName };
      if (ctx.options.name) body.displayName = ctx.options.name;
      if (ctx.options.email) body.email = ctx.options.email;
      const user = await ctx.client.post<{ id: string; userName: string }>(
        `${tenantPath(ctx)}/users`,
        body,
      );
      output(ctx, user, (u) => ctx.print(`created local user ${u.userName} (${u.id})`));
    },
  },
  {
    name: 'webhooks list',
    usage: 'webhooks list --tenant T',
    async run(ctx) {
      noArgs(ctx);
      const hooks = await ctx.client.get<Webhook[]>(`${tenantPath(ctx)}/webhooks`);
      output(ctx, hooks, (list) =>
        ctx.print(
          table(
            list.map((h) => [
              h.id,
              h.url,
              h.eventTypes?.join(',') ?? 'all',
              String(h.cursor),
              h.failedAttempts ? `failing (${h.failedAttempts})` : 'ok',
            ]),
            ['ID', 'URL', 'EVENTS', 'DELIVERED UP TO', 'STATE'],
          ),
        ),
      );
    },
  },
  {
    name: 'webhooks create',
    usage: 'webhooks create --tenant T --url URL [--description D] [--event-type user.locked ...]',
    async run(ctx) {
      noArgs(ctx);
      const body: Record<string, unknown> = { url: required(ctx, 'url') };
      if (ctx.options.description) body.description = ctx.options.description;
      if (ctx.options['event-type']) body.eventTypes = ctx.options['event-type'];
      const hook = await ctx.client.post<Webhook>(`${tenantPath(ctx)}/webhooks`, body);
      output(ctx, hook, (h) => {
        ctx.print(`id:     ${h.id}`);
        ctx.print(`url:    ${h.url}`);
        ctx.print(`secret: ${h.secret ?? ''}`);
      });
      ctx.warn('Copy the signing secret now: it is not shown again.');
    },
  },
  {
    name: 'webhooks delete',
    usage: 'webhooks delete --tenant T <id>',
    async run(ctx) {
      const id = arg(ctx, 'id');
      const result = await ctx.client.delete<{ id: string }>(
        `${tenantPath(ctx)}/webhooks/${seg(id)}`,
      );
      output(ctx, result, (r) => ctx.print(`deleted webhook ${r.id}`));
    },
  },
  {
    name: 'webhooks deliveries',
    usage: 'webhooks deliveries --tenant T <id> [--limit N]',
    async run(ctx) {
      const id = arg(ctx, 'id');
      const path = `${tenantPath(ctx)}/webhooks/${seg(id)}/deliveries${query({ limit: parseCount('limit', ctx.options.limit) })}`;
      const deliveries = await ctx.client.get<Delivery[]>(path);
      output(ctx, deliveries, (list) =>
        ctx.print(
          table(
            list.map((d) => [
              d.attemptedAt,
              d.ok ? 'ok' : 'failed',
              d.status === null ? d.error : String(d.status),
              `${d.firstSeq}..${d.lastSeq}`,
              String(d.eventCount),
            ]),
            ['AT', 'RESULT', 'STATUS', 'EVENTS', 'COUNT'],
          ),
        ),
      );
    },
  },
];
