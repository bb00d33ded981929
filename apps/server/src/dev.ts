/**
 * `pnpm dev`: the server on a demo tenant the mock IdP is already
 * connected to. Explicit environment variables still win.
 */
process.env.SCIM_BOOTSTRAP_TENANT ??= 'demo';
process.env.SCIM_BOOTSTRAP_TOKEN ??= 'demo-token';
process.env.DATABASE_URL ??= 'file:./data/dev.sqlite';
process.env.SCIM_ADMIN_TOKEN ??= 'demo-admin-token';
process.env.SCIM_BOOTSTRAP_WORKSPACES ??= 'prod,dev';
process.env.SCIM_BOOTSTRAP_SECRET_SCOPES ??= 'snowflake_test';

await import('./main.ts');
