/** How `pnpm dev` configures the server (apps/server/src/dev.ts); the console's defaults match. */
export const DEMO = {
  tenant: 'demo',
  token: 'demo-token',
  adminToken: 'demo-admin-token',
  workspaces: ['prod', 'dev'],
  secretScopes: ['snowflake_test'],
} as const;
