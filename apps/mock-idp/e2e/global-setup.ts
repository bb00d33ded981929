/**
 * Once per browser-test run: the real SCIM server, configured as `pnpm dev` configures it
 * (tenant demo, token demo-token, admin token demo-admin-token, workspaces prod and dev, secret
 * scope snowflake_test), and the production build of the console behind `vite preview`.
 */
import type { TestProject } from 'vitest/node';
import { assertChromiumInstalled, startConsole, startScimServer, type Console } from './harness.ts';
import { DEMO } from './demo-config.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** e.g. `http://127.0.0.1:40123` */
    serverOrigin: string;
    /** e.g. `http://127.0.0.1:40124/` */
    consoleUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // First, so a machine without Chromium fails in milliseconds with the fix in the message.
  assertChromiumInstalled();
  const server = await startScimServer({
    tenant: DEMO.tenant,
    token: DEMO.token,
    env: {
      SCIM_ADMIN_TOKEN: DEMO.adminToken,
      SCIM_BOOTSTRAP_WORKSPACES: DEMO.workspaces.join(','),
      SCIM_BOOTSTRAP_SECRET_SCOPES: DEMO.secretScopes.join(','),
    },
  });
  let idpConsole: Console;
  try {
    idpConsole = await startConsole(server.origin);
  } catch (error) {
    await server.stop();
    throw error;
  }
  project.provide('serverOrigin', server.origin);
  project.provide('consoleUrl', idpConsole.url);
  return async () => {
    const results = await Promise.allSettled([idpConsole.stop(), server.stop()]);
    const failures = results.filter((result) => result.status === 'rejected');
    if (failures.length > 0) {
      throw new AggregateError(
        failures.map((f) => f.reason as unknown),
        'e2e teardown failed',
      );
    }
  };
}
