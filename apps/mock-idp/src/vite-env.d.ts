/// <reference types="vite/client" />

// Typed so reading them is not `any`; all are optional build-time demo defaults.
interface ImportMetaEnv {
  readonly VITE_SCIM_TENANT?: string;
  readonly VITE_SCIM_TOKEN?: string;
  readonly VITE_SCIM_ADMIN_TOKEN?: string;
}
