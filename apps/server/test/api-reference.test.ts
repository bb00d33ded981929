/**
 * The API reference at /docs: Swagger UI served by this server, rendering the
 * generated document, with nothing fetched from anywhere else (the browsers that
 * read it may have no internet). Drives Debian's Chromium at /usr/bin/chromium.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openApiDocument } from '../src/http/openapi-document.ts';
import { documentedOperations } from './contract/documented-operations.ts';
import { startTestServer, type TestServer } from './test-server.ts';

const CHROMIUM = '/usr/bin/chromium';
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

it('serves a page that loads the renderer and the document from this server only', async () => {
  const page = await fetch(`${server.url}/docs`);
  expect(page.status).toBe(200);
  expect(page.headers.get('content-type')).toMatch(/^text\/html/);
  const html = await page.text();
  expect(html).not.toMatch(/https?:\/\//);
  expect(html).toContain("url: '/openapi.json'");
  const assets = [...html.matchAll(/(?:src|href)="(\/docs\/[^"]+)"/g)].map((m) => m[1] ?? '');
  expect(assets.sort()).toEqual([
    '/docs/favicon-32x32.png',
    '/docs/swagger-ui-bundle.js',
    '/docs/swagger-ui.css',
  ]);
  for (const asset of assets) {
    const response = await fetch(`${server.url}${asset}`);
    expect(response.status, asset).toBe(200);
    expect((await response.arrayBuffer()).byteLength, asset).toBeGreaterThan(100);
  }
  expect((await fetch(`${server.url}/docs/swagger-initializer.js`)).status).toBe(404);
  expect((await fetch(`${server.url}/docs/..%2Fpackage.json`)).status).toBe(404);
});

it('renders every documented operation in a browser, offline', async () => {
  if (!existsSync(CHROMIUM))
    throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium`);
  const browser: Browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  try {
    const page = await browser.newPage();
    const elsewhere: string[] = [];
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(server.url)) return route.continue();
      elsewhere.push(url);
      return route.abort();
    });
    await page.goto(`${server.url}/docs`);
    const operations = documentedOperations(openApiDocument());
    await page
      .locator('.opblock')
      .nth(operations.length - 1)
      .waitFor({ timeout: 20_000 });
    expect(await page.locator('.opblock').count()).toBe(operations.length);
    expect(await page.locator('.info .title').innerText()).toContain('SCIM server');
    await page
      .locator('.opblock-summary-path', { hasText: '/scim/v2/{tenant}/Users/{id}' })
      .first()
      .waitFor();
    expect(elsewhere).toEqual([]);
  } finally {
    await browser.close();
  }
});
