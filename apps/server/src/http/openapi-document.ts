/**
 * The OpenAPI 3.1 document of this server, generated from the routers: every
 * procedure with `meta.openapi` in the SCIM router and the admin router, as
 * trpc-to-openapi sees it, corrected to what the server does on the wire
 * (openapi-scim-operations.ts, openapi-admin-operations.ts). Served at
 * /openapi.json; `pnpm --filter @scim/sdk generate` writes it into the SDK.
 */
import {
  forEachOpenApiProcedure,
  generateOpenApiDocument,
  type OpenApiMeta,
  type OpenApiRouter,
} from 'trpc-to-openapi';
import { adminRouter } from '../admin/router.ts';
import { scimRouter } from '../scim/router.ts';
import type { ScimMeta } from '../scim/trpc.ts';
import { ADMIN_PREFIX, adminOperation } from './openapi-admin-operations.ts';
import { Components } from './openapi-components.ts';
import { scimOperation } from './openapi-scim-operations.ts';
import {
  HTTP_METHODS,
  type OpenAPIObject,
  type OperationObject,
  type PathItemObject,
  type SchemaObject,
} from './openapi-types.ts';

const INFO = {
  title: 'SCIM server',
  version: '1.0.0',
  description:
    'SCIM 2.0 (RFC 7643, RFC 7644) for Users, Groups and Service Accounts, one base URL per tenant ' +
    '(`/scim/v2/{tenant}`), and the admin API under `/api`.',
};

const SECURITY_SCHEMES = {
  scimBearer: {
    type: 'http',
    scheme: 'bearer',
    description: "A tenant's bearer token (issued through the admin API).",
  },
  scimBasic: { type: 'http', scheme: 'basic', description: "A tenant's HTTP Basic credential." },
  adminBearer: {
    type: 'http',
    scheme: 'bearer',
    description: 'The admin token (SCIM_ADMIN_TOKEN).',
  },
} as const;

let cached: OpenAPIObject | undefined;

/** The document (built once per process: the routers do not change while it runs). */
export function openApiDocument(): OpenAPIObject {
  cached ??= buildOpenApiDocument(scimRouter, adminRouter);
  return cached;
}

type Correct<TMeta> = (
  raw: OperationObject,
  method: string,
  path: string,
  meta: TMeta,
  components: Components,
) => OperationObject;

export function buildOpenApiDocument(scim: OpenApiRouter, admin: OpenApiRouter): OpenAPIObject {
  const components = new Components();
  const paths: Record<string, PathItemObject> = {};
  const add = <TMeta>(router: OpenApiRouter, prefix: string, correct: Correct<TMeta>) => {
    const raw = generateOpenApiDocument(router, {
      title: INFO.title,
      version: INFO.version,
      baseUrl: '/',
    });
    const metas = metaByOperation<TMeta>(router);
    for (const [name, schema] of Object.entries(raw.components?.schemas ?? {})) {
      // trpc-to-openapi's own tRPC error bodies are replaced; anything else a router registered is kept.
      if (!name.startsWith('error.')) components.addSchema(name, schema as SchemaObject);
    }
    for (const [path, item] of Object.entries(raw.paths ?? {})) {
      for (const method of HTTP_METHODS) {
        const operation = item[method];
        if (!operation) continue;
        const meta = metas.get(`${method} ${path}`);
        if (!meta) throw new Error(`No procedure found for ${method.toUpperCase()} ${path}`);
        const full = `${prefix}${path}`;
        paths[full] = {
          ...paths[full],
          [method]: correct(operation, method, full, meta, components),
        };
      }
    }
  };
  add<ScimMeta>(scim, '', scimOperation);
  add<OpenApiMeta>(admin, ADMIN_PREFIX, adminOperation);
  return {
    openapi: '3.1.0',
    info: INFO,
    servers: [{ url: '/', description: 'This server' }],
    tags: tagsOf(paths),
    paths,
    components: { ...components.toObject(), securitySchemes: { ...SECURITY_SCHEMES } },
  };
}

/** Each procedure's meta by `method path`, as trpc-to-openapi writes the path (`{param}`). */
function metaByOperation<TMeta>(router: OpenApiRouter): Map<string, TMeta> {
  const metas = new Map<string, TMeta>();
  forEachOpenApiProcedure(router._def.procedures, ({ meta }) => {
    const path = meta.openapi.path.replace(/:(\w+)/g, '{$1}').replace(/\/$/, '');
    metas.set(`${meta.openapi.method.toLowerCase()} ${path}`, meta as TMeta);
  });
  return metas;
}

/** Tags in the order their first operation appears. */
function tagsOf(paths: Record<string, PathItemObject>): { name: string }[] {
  const names = new Set<string>();
  for (const item of Object.values(paths)) {
    for (const method of HTTP_METHODS) for (const tag of item[method]?.tags ?? []) names.add(tag);
  }
  return [...names].map((name) => ({ name }));
}
