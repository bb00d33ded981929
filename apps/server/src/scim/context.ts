import type { Actor, Tenant, WriteScope } from '../store/port.ts';
import type { ScimServices } from './services.ts';

/** Status and headers a procedure wants on its response (read by the HTTP edge's responseMeta). */
export interface ResponseControl {
  status?: number;
  headers: Record<string, string>;
}

/** Reads request headers by (case-insensitive) name; a Fetch `Headers` is one. */
export interface HeaderReader {
  get(name: string): string | null;
}

/** What every SCIM procedure receives; built by the HTTP edge after authentication. */
export interface ScimContext {
  tenant: Tenant;
  services: ScimServices;
  /** `http(s)://host/scim/v2/<tenant>`, for `meta.location` and `Location`. */
  baseUrl: string;
  /** The parsed JSON request body, untouched (the edge checked it is an object). */
  body: Record<string, unknown> | undefined;
  requestHeaders: HeaderReader;
  /**
   * The query string. trpc-to-openapi reads query parameters only for GET
   * and DELETE, but RFC 7644 §3.9 allows `attributes` on POST, PUT and PATCH.
   */
  query: URLSearchParams;
  response: ResponseControl;
  /** Who is making this request: its credential and request id, for the journal. */
  actor: Actor;
}

/** The tenant and actor of a request, as services take them for writes. */
export function writeScope(ctx: ScimContext): WriteScope {
  return { tenantId: ctx.tenant.id, actor: ctx.actor };
}
