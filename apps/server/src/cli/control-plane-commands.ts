/** `pnpm scim` commands for tenants, credentials, settings, the catalog and effective access. */
import {
  arg,
  noArgs,
  output,
  parseBoolean,
  parseCount,
  parseExpiry,
  parseRateLimit,
  required,
  seg,
  table,
  tenantPath,
  UsageError,
  type Command,
  type CommandContext,
} from './command-kit.ts';

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
  adoptExistingUsers: boolean;
  requestLogRetentionDays: number;
}
interface Catalog {
  workspaces: string[];
  secretScopes: string[];
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
    ctx.print(`adopt-existing-users: ${s.adoptExistingUsers}`);
    ctx.print(`request-log-retention-days: ${s.requestLogRetentionDays}`);
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

export const controlPlaneCommands: Command[] = [
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
      'settings set --tenant T [--scim-enabled true|false] [--catalog-auto-create true|false] [--rate-limit N|default] [--idp-client okta|entra|pingfederate|onelogin|sailpoint|generic] [--adopt-existing-users true|false] [--request-log-retention-days N]',
    async run(ctx) {
      noArgs(ctx);
      const o = ctx.options;
      const body = {
        scimEnabled: parseBoolean('scim-enabled', o['scim-enabled']),
        catalogAutoCreate: parseBoolean('catalog-auto-create', o['catalog-auto-create']),
        rateLimitPerSecond: parseRateLimit(o['rate-limit']),
        idpClient: o['idp-client'],
        adoptExistingUsers: parseBoolean('adopt-existing-users', o['adopt-existing-users']),
        requestLogRetentionDays: parseCount(
          'request-log-retention-days',
          o['request-log-retention-days'],
        ),
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
