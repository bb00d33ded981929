/**
 * The real SCIM server for the engine's tests: a tenant with Tecton's role catalog and an
 * admin token, so tests can read the server's request log and compare what arrived with what
 * the engine says it sent.
 */
import { tectonRoleAttributes } from '../src/engine/app-profile/tecton-role-attributes.ts';
import type { LoggedExchange } from '../src/engine/log/provisioning-log.ts';
import { createState } from '../src/engine/model/new-state.ts';
import type { IdpState } from '../src/engine/model/state.ts';
import type { RequestProfileName } from '../src/engine/profiles/profile-names.ts';
import type { Authentication } from '../src/engine/scim-client/authentication.ts';
import { startScimServer, type ScimServer } from './scim-server-process.ts';

export const TENANT = 'acme';
const TOKEN = 'engine-test-token-123456';
const ADMIN_TOKEN = 'engine-admin-token-0123456789';

export interface ArrivedRequest {
  method: string;
  /** Path and query as the server received them. */
  path: string;
  status: number;
  requestBody: unknown;
}

export interface EngineTestServer {
  server: ScimServer;
  baseUrl: string;
  auth: Authentication;
  /** A SCIM request straight to the server, as a test's own setup. */
  scim(
    path: string,
    init?: { method?: string; body?: unknown },
  ): Promise<{ status: number; body: any }>;
  /** An admin API request (`/api…`). */
  admin(path: string, init?: { method?: string; body?: unknown }): Promise<Response>;
  /** What the server's request log recorded for the request behind a log entry. */
  arrived(entry: LoggedExchange): Promise<ArrivedRequest>;
  /** A fresh org pointing at this server, with Tecton's role attributes. */
  state(profile: RequestProfileName, options?: { idSeed?: string }): IdpState;
  stop(): Promise<void>;
}

export async function startEngineTestServer(
  env: Record<string, string> = {},
): Promise<EngineTestServer> {
  const server = await startScimServer({
    tenant: TENANT,
    token: TOKEN,
    env: {
      SCIM_ADMIN_TOKEN: ADMIN_TOKEN,
      SCIM_BOOTSTRAP_WORKSPACES: 'prod,dev',
      SCIM_BOOTSTRAP_SECRET_SCOPES: 'snowflake_test',
      ...env,
    },
  });
  const baseUrl = `${server.origin}/scim/v2/${TENANT}`;
  const auth: Authentication = { type: 'bearer', token: TOKEN };
  const admin = (path: string, init: { method?: string; body?: unknown } = {}) =>
    fetch(`${server.origin}/api${path}`, {
      method: init.method ?? 'GET',
      headers: { Authorization: `Bearer ${ADMIN_TOKEN}`, 'Content-Type': 'application/json' },
      ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
    });
  return {
    server,
    baseUrl,
    auth,
    admin,
    async scim(path, init = {}) {
      const response = await fetch(`${baseUrl}${path}`, {
        method: init.method ?? 'GET',
        headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/scim+json' },
        ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
      });
      const text = await response.text();
      return { status: response.status, body: text ? JSON.parse(text) : undefined };
    },
    async arrived(entry) {
      const requestId = entry.responseHeaders['x-request-id'];
      if (!requestId) throw new Error(`No X-Request-Id on ${entry.method} ${entry.path}`);
      const response = await admin(
        `/tenants/${TENANT}/request-log?requestId=${encodeURIComponent(requestId)}`,
      );
      const [logged] = (await response.json()) as {
        method: string;
        path: string;
        status: number;
        requestBody: string | null;
      }[];
      if (!logged) throw new Error(`The server has no log entry for ${requestId}`);
      return {
        method: logged.method,
        path: logged.path,
        status: logged.status,
        requestBody:
          logged.requestBody === null ? undefined : (JSON.parse(logged.requestBody) as unknown),
      };
    },
    state(profile, options = {}) {
      const state = createState({
        baseUrl,
        auth,
        requestProfile: profile,
        appName: 'tecton',
        appLabel: 'Tecton',
        ...(options.idSeed ? { idSeed: options.idSeed } : {}),
      });
      const roles = tectonRoleAttributes({
        workspaces: ['prod', 'dev'],
        secretScopes: ['snowflake_test'],
      });
      return { ...state, app: { ...state.app, attributes: [...state.app.attributes, ...roles] } };
    },
    stop: () => server.stop(),
  };
}
