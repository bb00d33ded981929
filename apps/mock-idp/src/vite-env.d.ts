/// <reference types="vite/client" />

// Typed so reading them is not `any`; both are optional build-time demo defaults.
interface ImportMetaEnv {
  readonly VITE_SCIM_TENANT?: string;
  readonly VITE_SCIM_TOKEN?: string;
}
