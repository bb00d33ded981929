// Pre-filled so a demo works in one click. VITE_* values are baked into the bundle,
// which is acceptable only because this console talks to a local demo tenant.
export const defaultBaseUrl = `/scim/v2/${import.meta.env.VITE_SCIM_TENANT ?? 'demo'}`;
export const defaultToken = import.meta.env.VITE_SCIM_TOKEN ?? 'demo-token';
/** The admin API token of `pnpm dev`: a dev-only secret, editable in Settings. */
export const defaultAdminToken = import.meta.env.VITE_SCIM_ADMIN_TOKEN ?? 'demo-admin-token';
