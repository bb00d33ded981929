/**
 * Chromium for one test file, and a fresh browser context per test: empty storage, so every
 * test starts from the demo org, and no focus or form state leaks between tests. A test fails
 * when the page threw an uncaught error.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect, inject } from 'vitest';
import { launchChromium, withTimeout } from './harness.ts';

/** For anything the page does after an action (one action may be dozens of proxied requests). */
const UI_TIMEOUT_MS = 30_000;

export interface Session {
  page: Page;
  context: BrowserContext;
  /** The console's address, e.g. `http://127.0.0.1:40124/`. */
  url: string;
}

export function browserSession(viewport = { width: 1280, height: 900 }): () => Session {
  let browser: Browser | undefined;
  let session: Session | undefined;
  let pageErrors: string[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await (browser && withTimeout(browser.close(), 10_000, 'Chromium did not close'));
  });

  beforeEach(async () => {
    if (!browser) throw new Error('Chromium did not start');
    const url = inject('consoleUrl');
    const context = await browser.newContext({ viewport, acceptDownloads: true });
    context.setDefaultTimeout(UI_TIMEOUT_MS);
    context.setDefaultNavigationTimeout(UI_TIMEOUT_MS);
    const page = await context.newPage();
    pageErrors = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(url);
    await page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();
    session = { page, context, url };
  });

  afterEach(async () => {
    await session?.context.close();
    session = undefined;
    expect(pageErrors, 'uncaught errors in the page').toEqual([]);
  });

  return () => {
    if (!session) throw new Error('No browser session: call it inside a test');
    return session;
  };
}
