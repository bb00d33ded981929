/**
 * `pnpm dev`: the server on a demo tenant the mock IdP is already
 * connected to. Explicit environment variables still win.
 */
process.env.SCIM_BOOTSTRAP_TENANT ??= 'demo';
process.env.SCIM_BOOTSTRAP_TOKEN ??= 'demo-token';
process.env.DATABASE_URL ??= 'file:./data/dev.sqlite';

await import('./main.ts');
