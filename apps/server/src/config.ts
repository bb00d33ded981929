import { resolve } from 'node:path';
import { z } from 'zod';
import { hashToken } from './credentials/token-hash.ts';

/**
 * The operator contract: environment variables → typed configuration.
 * Documented in the README's configuration reference; keep both in step.
 */
export const TENANT_ID = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

const Environment = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z.string().default('file:./data/scim.sqlite'),
  SCIM_BOOTSTRAP_TENANT: z
    .string()
    .regex(
      TENANT_ID,
      'lower-case letters, digits and inner hyphens (Okta refuses "_" in base URLs)',
    )
    .optional(),
  SCIM_BOOTSTRAP_TOKEN: z.string().min(8, 'at least 8 characters').max(512).optional(),
  SCIM_BOOTSTRAP_WORKSPACES: z.string().optional(),
  SCIM_BOOTSTRAP_SECRET_SCOPES: z.string().optional(),
  SCIM_BOOTSTRAP_CATALOG_AUTO_CREATE: z.enum(['true', 'false']).optional(),
  SCIM_ADMIN_TOKEN: z.string().min(16, 'at least 16 characters').max(512).optional(),
  SCIM_PUBLIC_URL: z.url().optional(),
  SCIM_DEFAULT_PAGE_SIZE: z.coerce.number().int().min(1).default(100),
  SCIM_MAX_PAGE_SIZE: z.coerce.number().int().min(1).default(1000),
  SCIM_RATE_LIMIT_PER_SECOND: z.coerce.number().int().min(0).default(10_000),
  SCIM_WEBHOOK_RETRY_BASE_MS: z.coerce.number().int().min(10).max(3_600_000).default(1000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export interface Config {
  port: number;
  host: string;
  /** A SQLite file path, or ':memory:'. */
  sqliteFile: string;
  bootstrap:
    | {
        tenant: string;
        token: string | undefined;
        /** The tenant's role catalog (comma-separated in the environment). */
        workspaces: string[];
        secretScopes: string[];
        catalogAutoCreate: boolean | undefined;
      }
    | undefined;
  /** SHA-256 of SCIM_ADMIN_TOKEN; the admin API refuses everyone without it. The token itself is not kept. */
  adminTokenHash: string | undefined;
  /** Base for absolute URLs (meta.location, Location); else taken from each request. */
  publicUrl: string | undefined;
  page: { defaultCount: number; maxCount: number };
  /** Default requests per second per credential (0: unlimited); tenants may override. */
  rateLimitPerSecond: number;
  /** First wait before a failed webhook delivery is retried; it doubles per failure. */
  webhookRetryBaseMs: number;
  logLevel: z.infer<typeof Environment>['LOG_LEVEL'];
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = Environment.safeParse(env);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid configuration: ${issues}`);
  }
  const e = parsed.data;
  if (e.SCIM_BOOTSTRAP_TOKEN && !e.SCIM_BOOTSTRAP_TENANT) {
    throw new Error('Invalid configuration: SCIM_BOOTSTRAP_TOKEN needs SCIM_BOOTSTRAP_TENANT');
  }
  return {
    port: e.PORT,
    host: e.HOST,
    sqliteFile: sqliteFileOf(e.DATABASE_URL),
    bootstrap: e.SCIM_BOOTSTRAP_TENANT
      ? {
          tenant: e.SCIM_BOOTSTRAP_TENANT,
          token: e.SCIM_BOOTSTRAP_TOKEN,
          workspaces: listOf(e.SCIM_BOOTSTRAP_WORKSPACES),
          secretScopes: listOf(e.SCIM_BOOTSTRAP_SECRET_SCOPES),
          catalogAutoCreate:
            e.SCIM_BOOTSTRAP_CATALOG_AUTO_CREATE === undefined
              ? undefined
              : e.SCIM_BOOTSTRAP_CATALOG_AUTO_CREATE === 'true',
        }
      : undefined,
    adminTokenHash: e.SCIM_ADMIN_TOKEN ? hashToken(e.SCIM_ADMIN_TOKEN) : undefined,
    publicUrl: e.SCIM_PUBLIC_URL?.replace(/\/+$/, ''),
    page: {
      defaultCount: Math.min(e.SCIM_DEFAULT_PAGE_SIZE, e.SCIM_MAX_PAGE_SIZE),
      maxCount: e.SCIM_MAX_PAGE_SIZE,
    },
    rateLimitPerSecond: e.SCIM_RATE_LIMIT_PER_SECOND,
    webhookRetryBaseMs: e.SCIM_WEBHOOK_RETRY_BASE_MS,
    logLevel: e.LOG_LEVEL,
  };
}

/** `file:./x.sqlite`, `sqlite:./x.sqlite`, a bare path, or `:memory:`. */
function sqliteFileOf(url: string): string {
  if (url === ':memory:' || url === 'file::memory:' || url === 'sqlite::memory:') return ':memory:';
  if (/^postgres(ql)?:/i.test(url)) {
    throw new Error('Invalid configuration: PostgreSQL is not supported yet; use a SQLite file');
  }
  const path = url.replace(/^(file|sqlite):(\/\/)?/i, '');
  return resolve(path);
}

function listOf(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}
