import type { AnyTRPCProcedure, AnyTRPCRouter } from '@trpc/server';
import type { ScimMeta } from '../scim/trpc.ts';

/** A request's procedure and the parameters its path carries. */
export interface RouteMatch {
  /** The procedure's dotted path in the router, e.g. `users.get`. */
  procedure: string;
  type: 'query' | 'mutation';
  params: Record<string, string>;
}

/** One segment of a route's path: a literal (lower-cased) or a `{name}` parameter. */
type Segment = { literal: string } | { param: string };

interface Route {
  procedure: string;
  type: 'query' | 'mutation';
  segments: Segment[];
}

/**
 * The router's OpenAPI routes (`meta.openapi`), matched as trpc-to-openapi
 * matches them: `{name}` is one whole path segment, literals compare
 * case-insensitively, and the first route in router order wins. Built
 * once; matching compares segments, with no regular expressions per route.
 */
export function scimRouteTable(router: AnyTRPCRouter): {
  match(method: string, pathname: string): RouteMatch | undefined;
} {
  const byMethod = new Map<string, Route[]>();
  const procedures = router._def.procedures as Record<string, AnyTRPCProcedure>;
  for (const [path, procedure] of Object.entries(procedures)) {
    const openapi = (procedure._def.meta as ScimMeta | undefined)?.openapi;
    const type = procedure._def.type;
    if (!openapi || openapi.enabled === false || type === 'subscription') continue;
    const routes = byMethod.get(openapi.method) ?? [];
    routes.push({ procedure: path, type, segments: segmentsOf(openapi.path) });
    byMethod.set(openapi.method, routes);
  }
  return {
    match(method, pathname) {
      const routes = byMethod.get(method);
      if (!routes) return undefined;
      const parts = pathname.split('/').filter((part) => part !== '');
      const lower = parts.map((part) => part.toLowerCase());
      for (const route of routes) {
        const params = matchSegments(route.segments, parts, lower);
        if (params) return { procedure: route.procedure, type: route.type, params };
      }
      return undefined;
    },
  };
}

function segmentsOf(template: string): Segment[] {
  return template
    .split('/')
    .filter((part) => part !== '')
    .map((part) => {
      const name = /^\{([^}]+)\}$/.exec(part)?.[1];
      return name ? { param: name } : { literal: part.toLowerCase() };
    });
}

function matchSegments(
  segments: Segment[],
  parts: string[],
  lower: string[],
): Record<string, string> | undefined {
  if (segments.length !== parts.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i] as Segment;
    if ('literal' in segment) {
      if (segment.literal !== lower[i]) return undefined;
    } else {
      params[segment.param] = parts[i] as string;
    }
  }
  return params;
}
