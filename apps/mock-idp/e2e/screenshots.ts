/**
 * `pnpm --filter @scim/mock-idp screenshots`: walks the README's demo in Chromium against a real
 * server configured like `pnpm dev`, and writes the README's screenshots to docs/screenshots/.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { DEMO } from './demo-config.ts';
import { walkDemo, type DemoStep } from './demo-walkthrough.ts';
import {
  APP_DIR,
  launchChromium,
  startConsole,
  startScimServer,
  type Console,
  type ScimServer,
} from './harness.ts';

const OUT_DIR = join(APP_DIR, '../../docs/screenshots');

/** What to photograph after each step; steps not listed get none. */
const SHOTS: Partial<Record<DemoStep, (page: Page) => Promise<Buffer>>> = {
  opened: (page) => page.screenshot(),
  tested: (page) => page.screenshot(),
  assigned: (page) => page.screenshot(),
  person: (page) => page.screenshot(),
  typo: (page) =>
    page
      .locator('tr', { has: page.getByLabel('Mapping of workspace_prod', { exact: true }) })
      .screenshot(),
  preview: (page) => page.locator('.panel', { hasText: 'Preview for' }).screenshot(),
  pushed: (page) => page.screenshot(),
  'member added': (page) => page.screenshot(),
  deactivated: (page) => page.screenshot(),
  'system log': async (page) => {
    await page.locator('.log-entry summary').first().click();
    return page.screenshot();
  },
};

const FILE_NAMES: Partial<Record<DemoStep, string>> = {
  opened: 'demo-overview',
  tested: 'demo-test-connection',
  assigned: 'demo-assignments',
  person: 'demo-target-pane',
  typo: 'demo-mapping-error',
  preview: 'demo-mapping-preview',
  pushed: 'demo-push-groups',
  'member added': 'demo-group-members',
  deactivated: 'demo-deactivated',
  'system log': 'demo-system-log',
};

async function main(): Promise<void> {
  await mkdir(OUT_DIR, { recursive: true });
  let server: ScimServer | undefined;
  let idpConsole: Console | undefined;
  const browser = await launchChromium();
  try {
    server = await startScimServer({
      tenant: DEMO.tenant,
      token: DEMO.token,
      env: {
        SCIM_ADMIN_TOKEN: DEMO.adminToken,
        SCIM_BOOTSTRAP_WORKSPACES: DEMO.workspaces.join(','),
        SCIM_BOOTSTRAP_SECRET_SCOPES: DEMO.secretScopes.join(','),
      },
    });
    idpConsole = await startConsole(server.origin);
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    context.setDefaultTimeout(30_000);
    const page = await context.newPage();
    await page.goto(idpConsole.url);
    await walkDemo(page, async (step) => {
      const shoot = SHOTS[step];
      const name = FILE_NAMES[step];
      if (!shoot || !name) return;
      const path = join(OUT_DIR, `${name}.png`);
      // Viewport shots start at the top of the page, with no hover effects.
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.mouse.move(0, 0);
      const png = await shoot(page);
      await writeFile(path, png);
      console.log(`wrote ${path}`);
    });
    // The same console on a phone-sized screen.
    await page.setViewportSize({ width: 375, height: 800 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.screenshot({ path: join(OUT_DIR, 'demo-narrow.png') });
    console.log(`wrote ${join(OUT_DIR, 'demo-narrow.png')}`);
  } finally {
    await browser.close();
    await idpConsole?.stop();
    await server?.stop();
  }
}

await main();
