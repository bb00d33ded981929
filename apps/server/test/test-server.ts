import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readConfig } from '../src/config.ts';
import { createLogger } from '../src/logger.ts';
import { startServer, type RunningServer } from '../src/server.ts';

export interface TestServer extends RunningServer {
  tenant: string;
  token: string;
  /** `http://127.0.0.1:<port>/scim/v2/<tenant>` */
  base: string;
  directory: string;
  /** fetch against the SCIM base with the bearer token and SCIM content type. */
  scim(path: string, init?: ScimRequestInit): Promise<Response>;
  /** fetch against the admin REST API (`/api…`) with TEST_ADMIN_TOKEN; `json` is sent as the body. */
  admin(path: string, init?: AdminRequestInit): Promise<Response>;
  stop(): Promise<void>;
}

/** The admin token every test server accepts (SCIM_ADMIN_TOKEN). */
export const TEST_ADMIN_TOKEN = 'admin-token-0123456789abcdef';

export interface AdminRequestInit extends RequestInit {
  json?: unknown;
  token?: string | null;
}

export interface ScimRequestInit extends Omit<RequestInit, 'body'> {
  body?: unknown;
  /** Send the body as a raw string (for malformed JSON tests). */
  rawBody?: string;
  token?: string | null;
}

/**
 * A real server on a random port, backed by a real SQLite file in a fresh
 * temporary directory. Pass `directory` to reopen the same database.
 */
export async function startTestServer(
  options: {
    tenant?: string;
    token?: string;
    directory?: string;
    env?: Record<string, string>;
  } = {},
): Promise<TestServer> {
  const tenant = options.tenant ?? 'acme';
  const token = options.token ?? 'test-token-0123456789';
  const directory = options.directory ?? mkdtempSync(join(tmpdir(), 'scim-test-'));
  const config = readConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    DATABASE_URL: `file:${join(directory, 'scim.sqlite')}`,
    SCIM_BOOTSTRAP_TENANT: tenant,
    SCIM_BOOTSTRAP_TOKEN: token,
    LOG_LEVEL: 'silent',
    SCIM_ADMIN_TOKEN: TEST_ADMIN_TOKEN,
    ...options.env,
  });
  const server = await startServer(config, createLogger('silent'));
  const base = `${server.url}/scim/v2/${tenant}`;
  return {
    ...server,
    tenant,
    token,
    base,
    directory,
    scim(path, init = {}) {
      const { body, rawBody, token: tokenOverride, headers, ...rest } = init;
      const h = new Headers(headers);
      const bearer = tokenOverride === undefined ? token : tokenOverride;
      if (bearer !== null && !h.has('authorization')) h.set('authorization', `Bearer ${bearer}`);
      const payload = rawBody ?? (body === undefined ? undefined : JSON.stringify(body));
      if (payload !== undefined && !h.has('content-type'))
        h.set('content-type', 'application/scim+json');
      return fetch(path.startsWith('http') ? path : `${base}${path}`, {
        ...rest,
        headers: h,
        body: payload,
      });
    },
    admin(path, init = {}) {
      const { json, token: adminToken, headers, ...rest } = init;
      const h = new Headers(headers);
      const bearer = adminToken === undefined ? TEST_ADMIN_TOKEN : adminToken;
      if (bearer !== null) h.set('authorization', `Bearer ${bearer}`);
      if (json !== undefined) h.set('content-type', 'application/json');
      return fetch(`${server.url}/api${path}`, {
        ...rest,
        headers: h,
        body: json === undefined ? rest.body : JSON.stringify(json),
      });
    },
    async stop() {
      await server.close();
      if (!options.directory) rmSync(directory, { recursive: true, force: true });
    },
  };
}

/** Reads a JSON body with the SCIM media type checked. */
export async function scimJson<T = Record<string, any>>(response: Response): Promise<T> {
  const type = response.headers.get('content-type') ?? '';
  if (!type.startsWith('application/scim+json')) {
    throw new Error(`expected application/scim+json, got '${type}' (status ${response.status})`);
  }
  return (await response.json()) as T;
}
