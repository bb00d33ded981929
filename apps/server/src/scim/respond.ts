import type { ScimContext } from './context.ts';
import { etagOf } from './resource-meta.ts';

/**
 * Sets status, ETag and (for 201) Location for a response that carries one
 * resource (RFC 7644 §3.3, §3.14), and returns its body.
 */
export function respondWithResource(
  ctx: ScimContext,
  body: Record<string, unknown>,
  version: number,
  options: { status?: 200 | 201; location?: string } = {},
): Record<string, unknown> {
  ctx.response.status = options.status ?? 200;
  ctx.response.headers.etag = etagOf(version);
  if (options.status === 201 && options.location) ctx.response.headers.location = options.location;
  return body;
}

/** 204 with the new version's ETag: RFC 7644 §3.5.2 allows it for PATCH, and RFC 7240 `Prefer: return=minimal` asks for it. */
export function respondNoContent(ctx: ScimContext, version?: number): undefined {
  ctx.response.status = 204;
  if (version !== undefined) ctx.response.headers.etag = etagOf(version);
  return undefined;
}

/** RFC 7240 §4.2: `Prefer: return=minimal`. */
export function prefersMinimal(ctx: ScimContext): boolean {
  return /(^|[,;\s])return\s*=\s*"?minimal"?/i.test(ctx.requestHeaders.get('prefer') ?? '');
}
