import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import type { ProxyOptions } from 'vite';

const port = Number(process.env.MOCK_IDP_PORT ?? 5173);
const scimServerUrl = process.env.SCIM_SERVER_URL ?? 'http://127.0.0.1:8080';

// Same-origin paths forwarded to the SCIM server, so the browser never needs CORS.
// changeOrigin makes the server see its own Host, as it would from a real IdP.
const proxy: Record<string, ProxyOptions> = {
  '/scim': { target: scimServerUrl, changeOrigin: true },
  '/healthz': { target: scimServerUrl, changeOrigin: true },
};

export default defineConfig({
  plugins: [react()],
  // strictPort: scripts and browser tests expect the console on exactly this port.
  server: { port, strictPort: true, proxy },
  preview: { port, strictPort: true, proxy },
});
