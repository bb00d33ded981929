/**
 * What every `pnpm scim` command is made of: its context, argument
 * parsing, and output as a table or JSON.
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
  'user-name'?: string;
  email?: string;
  all?: boolean;
  status?: string;
  method?: string;
  path?: string;
  limit?: string;
  resource?: string;
  type?: string;
  url?: string;
  description?: string;
  'event-type'?: string[];
  'adopt-existing-users'?: string;
  'request-log-retention-days'?: string;
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

const DAYS_PER_MONTH = 30;

/** `90d`, `3m` (30-day months) or a plain number of days. */
export function parseExpiry(value: string): number {
  const match = /^(\d+)\s*([dm]?)$/i.exec(value.trim());
  if (!match?.[1]) throw new UsageError(`--expires: expected e.g. 90d, 3m or 90, got '${value}'`);
  const n = Number(match[1]);
  return match[2]?.toLowerCase() === 'm' ? n * DAYS_PER_MONTH : n;
}

export function parseBoolean(flag: string, value: string | undefined): boolean | undefined {
  if (value === undefined) return undefined;
  if (value === 'true') return true;
  if (value === 'false') return false;
  throw new UsageError(`--${flag}: expected true or false, got '${value}'`);
}

export function parseRateLimit(value: string | undefined): number | null | undefined {
  if (value === undefined) return undefined;
  if (value === 'default') return null;
  if (!/^\d+$/.test(value))
    throw new UsageError(`--rate-limit: expected a number (0 for none) or 'default'`);
  return Number(value);
}

/** The options that take one string value. */
type RequiredOption = {
  [K in keyof Options]-?: Options[K] extends string | undefined ? K : never;
}[keyof Options];

export function required(ctx: CommandContext, key: RequiredOption): string {
  const value = ctx.options[key];
  if (!value) throw new UsageError(`--${key} is required`);
  return value;
}

export function arg(ctx: CommandContext, what: string): string {
  const [value, ...rest] = ctx.args;
  if (!value) throw new UsageError(`missing <${what}>`);
  if (rest.length) throw new UsageError(`unexpected argument '${rest[0]}'`);
  return value;
}

export function noArgs(ctx: CommandContext): void {
  if (ctx.args.length) throw new UsageError(`unexpected argument '${ctx.args[0]}'`);
}

/** A whole number option, or undefined when not given. */
export function parseCount(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value))
    throw new UsageError(`--${flag}: expected a whole number, got '${value}'`);
  return Number(value);
}

/** A query string from the options that are set. */
export function query(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params))
    if (value !== undefined) search.set(key, String(value));
  const text = search.toString();
  return text ? `?${text}` : '';
}

export const seg = encodeURIComponent;
export const tenantPath = (ctx: CommandContext) => `/tenants/${seg(required(ctx, 'tenant'))}`;

/** Prints `value` as JSON with --json, else in the human form. */
export function output<T>(ctx: CommandContext, value: T, human: (value: T) => void): void {
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
