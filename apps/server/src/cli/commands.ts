/**
 * The command table of `pnpm scim`: each command names its usage line and
 * maps its arguments onto one admin REST call, then prints the result.
 */
import type { AdminClient } from './admin-client.ts';

/** Wrong arguments: exit code 2 with the usage. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export interface Options {
  json?: boolean;
  name?: string;
  tenant?: string;
  label?: string;
  expires?: string;
  username?: string;
  'scim-enabled'?: string;
  'catalog-auto-create'?: string;
  'rate-limit'?: string;
  'idp-client'?: string;
  workspace?: string[];
  'secret-scope'?: string[];
  user?: string;
}

export interface CommandContext {
  client: AdminClient;
  options: Options;
  /** Positional arguments after the command's own words. */
  args: string[];
  print(line: string): void;
  warn(line: string): void;
  /** The Basic password: env SCIM_BASIC_PASSWORD or stdin, never argv. */
  readPassword(): Promise<string>;
}

export interface Command {
  /** e.g. `tokens create`, matched against the first positional words. */
  name: string;
  usage: string;
  run(ctx: CommandContext): Promise<void>;
}

interface Tenant {
  id: string;
  name: string;
  created: string;
}
interface Credential {
  id: string;
  kind: string;
  label: string;
  username: string | null;
  created: string;
  expiresAt: string | null;
  revokedAt: string | null;
  lastUsedAt: string | null;
}
interface IssuedToken {
  id: string;
  label: string;
  token: string;
  expiresAt: string;
}
interface Settings {
  catalogAutoCreate: boolean;
  rateLimitPerSecond: number | null;
  roleManagement: { users: boolean; groups: boolean; serviceAccounts: boolean };
  scimEnabled: boolean;
  idpClient: string;
}
interface Catalog {
  workspaces: string[];
  secretScopes: string[];
}

const DAYS_PER_MONTH = 30;

/** `90d`, `3m` (30-day months) or a plain number of days. */
export function parseExpiry(value: string): number {
  const match = /^(\d+)\s*([dm]?)$/i.exec(value.trim());
  if (!match?.[1]) throw new UsageError(`--expires: expected e.g. 90d, 3m or 90, got '${value}'`);
  const n = Number(match[1]);
  return match[2]?.toLowerCase() === 'm' ? n * DAYS_PER_MONTH : n;
}

function parseBoolean(flag: string, value: string | undefined): boolean | undefined {
  if (value === undefined) return undefined;
  if (value === 'true') return true;
  if (value === 'false') return false;
  throw new UsageError(`--${flag}: expected true or false, got '${value}'`);
}

function parseRateLimit(value: string | undefined): number | null | undefined {
  if (value === undefined) return undefined;
  if (value === 'default') return null;
  if (!/^\d+$/.test(value))
    throw new UsageError(`--rate-limit: expected a number (0 for none) or 'default'`);
  return Number(value);
}

function required(ctx: CommandContext, key: 'tenant' | 'name' | 'username' | 'user'): string {
  const value = ctx.options[key];
  if (!value) throw new UsageError(`--${key} is required`);
  return value;
}

function arg(ctx: CommandContext, what: string): string {
  const [value, ...rest] = ctx.args;
  if (!value) throw new UsageError(`missing <${what}>`);
  if (rest.length) throw new UsageError(`unexpected argument '${rest[0]}'`);
  return value;
}

function noArgs(ctx: CommandContext): void {
  if (ctx.args.length) throw new UsageError(`unexpected argument '${ctx.args[0]}'`);
}

const seg = encodeURIComponent;
const tenantPath = (ctx: CommandContext) => `/tenants/${seg(required(ctx, 'tenant'))}`;

/** Prints `value` as JSON with --json, else in the human form. */
function output<T>(ctx: CommandContext, value: T, human: (value: T) => void): void {
  if (ctx.options.json) ctx.print(JSON.stringify(value, null, 2));
  else human(value);
}

/** A plain text table with a header row. */
export function table(rows: (string | null)[][], header: string[]): string {
  const all = [header, ...rows.map((r) => r.map((c) => c ?? '-'))];
  const widths = header.map((_, i) => Math.max(...all.map((r) => (r[i] ?? '').length)));
  return all
    .map((r) =>
      r
        .map((c, i) => (c ?? '').padEnd(widths[i] ?? 0))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

function printIssued(ctx: CommandContext, issued: IssuedToken): void {
  output(ctx, issued, (t) => {
    ctx.print(`id:      ${t.id}`);
    ctx.print(`label:   ${t.label}`);
    ctx.print(`expires: ${t.expiresAt}`);
    ctx.print(`token:   ${t.token}`);
  });
  ctx.warn('Copy the token now: it is stored only as a hash and is not shown again.');
}

function printSettings(ctx: CommandContext, s: Settings): void {
  output(ctx, s, () => {
    ctx.print(`scim-enabled:        ${s.scimEnabled}`);
    ctx.print(`idp-client:          ${s.idpClient}`);
    ctx.print(`catalog-auto-create: ${s.catalogAutoCreate}`);
    ctx.print(`rate-limit:          ${s.rateLimitPerSecond ?? 'default'}`);
    const rm = s.roleManagement;
    ctx.print(
      `role-management:     users=${rm.users} groups=${rm.groups} serviceAccounts=${rm.serviceAccounts}`,
    );
  });
}

function printCatalog(ctx: CommandContext, c: Catalog): void {
  output(ctx, c, () => {
    ctx.print(`workspaces:    ${c.workspaces.join(', ') || '-'}`);
    ctx.print(`secret scopes: ${c.secretScopes.join(', ') || '-'}`);
  });
}

export const commands: Command[] = [
  {
    name: 'tenants list',
    usage: 'tenants list',
    async run(ctx) {
      noArgs(ctx);
      const tenants = await ctx.client.get<Tenant[]>('/tenants');
      output(ctx, tenants, (list) =>
        ctx.print(
          table(
            list.map((t) => [t.id, t.name, t.created]),
            ['ID', 'NAME', 'CREATED'],
          ),
        ),
      );
    },
  },
  {
    name: 'tenants create',
    usage: 'tenants create <id> [--name N]',
    async run(ctx) {
      const id = arg(ctx, 'id');
      const tenant = await ctx.client.post<Tenant>('/tenants', {
        id,
        name: ctx.options.name ?? id,
      });
      output(ctx, tenant, (t) => ctx.print(`created tenant ${t.id} (${t.name})`));
    },
  },
  {
    name: 'tenants rename',
    usage: 'tenants rename <id> --name N',
    async run(ctx) {
      const id = arg(ctx, 'id');
      const name = required(ctx, 'name');
      const tenant = await ctx.client.patch<Tenant>(`/tenants/${seg(id)}`, { name });
      output(ctx, tenant, (t) => ctx.print(`renamed tenant ${t.id} to ${t.name}`));
    },
  },
  {
    name: 'tenants delete',
    usage: 'tenants delete <id>',
    async run(ctx) {
      const id = arg(ctx, 'id');
      const result = await ctx.client.delete<{ id: string }>(`/tenants/${seg(id)}`);
      output(ctx, result, (r) => ctx.print(`deleted tenant ${r.id} and everything in it`));
    },
  },
  {
    name: 'tokens list',
    usage: 'tokens list --tenant T',
    async run(ctx) {
      noArgs(ctx);
      const list = await ctx.client.get<Credential[]>(`${tenantPath(ctx)}/tokens`);
      output(ctx, list, () =>
        ctx.print(
          table(
            list.map((c) => [
              c.id,
              c.kind,
              c.username ? `${c.label} (${c.username})` : c.label,
              c.expiresAt,
              c.revokedAt ? `revoked ${c.revokedAt}` : 'active',
              c.lastUsedAt,
            ]),
            ['ID', 'KIND', 'LABEL', 'EXPIRES', 'STATUS', 'LAST USED'],
          ),
        ),
      );
    },
  },
  {
    name: 'tokens create',
    usage: 'tokens create --tenant T [--label L] [--expires 90d|3m|90]',
    async run(ctx) {
      noArgs(ctx);
      const body: Record<string, unknown> = { label: ctx.options.label ?? 'cli' };
      if (ctx.options.expires) body.expiresInDays = parseExpiry(ctx.options.expires);
      printIssued(ctx, await ctx.client.post<IssuedToken>(`${tenantPath(ctx)}/tokens`, body));
    },
  },
  {
    name: 'tokens revoke',
    usage: 'tokens revoke --tenant T <id>',
    async run(ctx) {
      const id = arg(ctx, 'id');
      const revoked = await ctx.client.delete<Credential>(`${tenantPath(ctx)}/tokens/${seg(id)}`);
      output(ctx, revoked, (c) => ctx.print(`revoked ${c.kind} credential ${c.id} (${c.label})`));
    },
  },
  {
    name: 'tokens regenerate',
    usage: 'tokens regenerate --tenant T <id> [--expires 90d|3m|90]',
    async run(ctx) {
      const id = arg(ctx, 'id');
      const body: Record<string, unknown> = {};
      if (ctx.options.expires) body.expiresInDays = parseExpiry(ctx.options.expires);
      const path = `${tenantPath(ctx)}/tokens/${seg(id)}/regenerate`;
      printIssued(ctx, await ctx.client.post<IssuedToken>(path, body));
    },
  },
  {
    name: 'basic create',
    usage:
      'basic create --tenant T --username U [--label L] [--expires 90d]   (password: env SCIM_BASIC_PASSWORD or stdin)',
    async run(ctx) {
      noArgs(ctx);
      const path = `${tenantPath(ctx)}/basic-credentials`;
      const body: Record<string, unknown> = { username: required(ctx, 'username') };
      if (ctx.options.label) body.label = ctx.options.label;
      if (ctx.options.expires) body.expiresInDays = parseExpiry(ctx.options.expires);
      body.password = await ctx.readPassword();
      const created = await ctx.client.post<Credential>(path, body);
      output(ctx, created, (c) =>
        ctx.print(`created Basic credential ${c.id} for ${c.username}, expires ${c.expiresAt}`),
      );
    },
  },
  {
    name: 'settings get',
    usage: 'settings get --tenant T',
    async run(ctx) {
      noArgs(ctx);
      printSettings(ctx, await ctx.client.get<Settings>(`${tenantPath(ctx)}/settings`));
    },
  },
  {
    name: 'settings set',
    usage:
      'settings set --tenant T [--scim-enabled true|false] [--catalog-auto-create true|false] [--rate-limit N|default] [--idp-client okta|entra|pingfederate|onelogin|sailpoint|generic]',
    async run(ctx) {
      noArgs(ctx);
      const o = ctx.options;
      const body = {
        scimEnabled: parseBoolean('scim-enabled', o['scim-enabled']),
        catalogAutoCreate: parseBoolean('catalog-auto-create', o['catalog-auto-create']),
        rateLimitPerSecond: parseRateLimit(o['rate-limit']),
        idpClient: o['idp-client'],
      };
      if (Object.values(body).every((v) => v === undefined))
        throw new UsageError('settings set: give at least one setting to change');
      printSettings(ctx, await ctx.client.patch<Settings>(`${tenantPath(ctx)}/settings`, body));
    },
  },
  {
    name: 'catalog list',
    usage: 'catalog list --tenant T',
    async run(ctx) {
      noArgs(ctx);
      printCatalog(ctx, await ctx.client.get<Catalog>(`${tenantPath(ctx)}/catalog`));
    },
  },
  {
    name: 'catalog add',
    usage: 'catalog add --tenant T [--workspace W ...] [--secret-scope S ...]',
    async run(ctx) {
      noArgs(ctx);
      const workspaces = ctx.options.workspace ?? [];
      const secretScopes = ctx.options['secret-scope'] ?? [];
      if (!workspaces.length && !secretScopes.length)
        throw new UsageError('catalog add: give --workspace or --secret-scope');
      const path = `${tenantPath(ctx)}/catalog`;
      printCatalog(ctx, await ctx.client.post<Catalog>(path, { workspaces, secretScopes }));
    },
  },
  {
    name: 'access',
    usage: 'access --tenant T --user <id>',
    async run(ctx) {
      noArgs(ctx);
      const path = `${tenantPath(ctx)}/users/${seg(required(ctx, 'user'))}/effective-access`;
      const access = await ctx.client.get<Record<string, unknown>>(path);
      // The shape is rich (roles with their sources): JSON reads best either way.
      ctx.print(JSON.stringify(access, null, 2));
    },
  },
];

/** The command whose name matches the first positional words, and the rest. */
export function findCommand(words: string[]): { command: Command; args: string[] } | undefined {
  for (const command of commands) {
    const parts = command.name.split(' ');
    if (parts.every((p, i) => words[i] === p)) return { command, args: words.slice(parts.length) };
  }
  return undefined;
}

export function usage(): string {
  return [
    'Usage: pnpm scim <command> [options]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.usage}`),
    '  help',
    '',
    'Options:',
    '  --server URL         the SCIM server (env SCIM_SERVER_URL, default http://127.0.0.1:8080)',
    '  --admin-token TOKEN  the admin token (env SCIM_ADMIN_TOKEN)',
    '  --json               print the raw JSON response',
    '  -h, --help           this help',
  ].join('\n');
}
