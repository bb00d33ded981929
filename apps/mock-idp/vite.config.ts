import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import type { ProxyOptions } from 'vite';
import { sdkSourceAlias } from './sdk-source.ts';

const port = Number(process.env.MOCK_IDP_PORT ?? 5173);
const scimServerUrl = process.env.SCIM_SERVER_URL ?? 'http://127.0.0.1:8080';

// Same-origin paths forwarded to the SCIM server, so the browser never needs CORS:
// the SCIM API (the IdP's requests and the target pane's reads), health, and the admin API.
// changeOrigin makes the server see its own Host, as it would from a real IdP.
const proxy: Record<string, ProxyOptions> = {
  '/scim': { target: scimServerUrl, changeOrigin: true },
  '/healthz': { target: scimServerUrl, changeOrigin: true },
  '/api': { target: scimServerUrl, changeOrigin: true },
};

export default defineConfig({
  plugins: [react()],
  resolve: { alias: sdkSourceAlias },
  // One bundle for a local console (React, the engine with zod, the SDK): about 160 kB gzipped.
  build: { chunkSizeWarningLimit: 800 },
  // strictPort: scripts and browser tests expect the console on exactly this port.
  server: { port, strictPort: true, proxy },
  preview: { port, strictPort: true, proxy },
});
