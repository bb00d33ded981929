/**
 * The console in a real browser against the real SCIM server:
 * Chromium → vite preview (built console + /scim proxy) → apps/server child process.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  APP_DIR,
  assertChromiumInstalled,
  launchChromium,
  startConsole,
  startScimServer,
  withTimeout,
  type Console,
  type ScimServer,
} from './harness.ts';

const TENANT = 'e2e';
const TOKEN = 'e2e-token-123456';
const BASE_URL = `/scim/v2/${TENANT}`;
const ARTIFACTS_DIR = join(APP_DIR, 'e2e/.artifacts');

/** For anything the page does after an action (a test run is two proxied requests). */
const UI_TIMEOUT_MS = 15_000;

let server: ScimServer | undefined;
let idp: Console | undefined;
let browser: Browser | undefined;
let context: BrowserContext | undefined;
let page: Page;
let pageErrors: string[] = [];

beforeAll(async () => {
  // First, so a machine without Chromium fails in milliseconds with the fix in the message.
  assertChromiumInstalled();
  server = await startScimServer({ tenant: TENANT, token: TOKEN });
  idp = await startConsole(server.origin);
  browser = await launchChromium();
});

afterAll(async () => {
  // Each step runs even if an earlier one (or beforeAll) failed; errors surface afterwards.
  const results = await Promise.allSettled([
    context?.close(),
    browser && withTimeout(browser.close(), 10_000, 'Chromium did not close'),
    idp?.stop(),
    server?.stop(),
  ]);
  const failures = results.filter((result) => result.status === 'rejected');
  if (failures.length > 0) {
    throw new AggregateError(
      failures.map((failure) => failure.reason as unknown),
      'e2e teardown failed',
    );
  }
});

beforeEach(async () => {
  if (!browser || !idp) throw new Error('beforeAll did not finish');
  // A fresh context per test: no form state or focus leaks between tests.
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  context.setDefaultTimeout(UI_TIMEOUT_MS);
  context.setDefaultNavigationTimeout(UI_TIMEOUT_MS);
  page = await context.newPage();
  pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(idp.url);
  await page.getByRole('heading', { level: 1, name: 'Provisioning' }).waitFor();
});

afterEach(async () => {
  await context?.close();
  context = undefined;
  expect(pageErrors, 'uncaught errors in the page').toEqual([]);
});

function baseUrlField(): Locator {
  return page.getByLabel('SCIM connector base URL');
}

function tokenField(): Locator {
  return page.getByLabel('API token', { exact: true });
}

function testButton(): Locator {
  return page.getByRole('button', { name: 'Test Connector Configuration' });
}

async function fillForm(baseUrl: string, token: string): Promise<void> {
  await baseUrlField().fill(baseUrl);
  await tokenField().fill(token);
}

/** Waits for the result banner (role=status) and returns its text. */
async function resultBanner(): Promise<string> {
  const banner = page.getByRole('status');
  await banner.waitFor();
  return (await banner.innerText()).trim();
}

interface RequestRowText {
  method: string;
  url: string;
  status: string;
  /** First line of the Result cell: `OK` or the error. */
  result: string;
  row: Locator;
}

/** The body rows of the "Requests sent" table, cell by cell. */
async function requestRows(): Promise<RequestRowText[]> {
  const table = page.getByRole('table', { name: 'Requests sent' });
  await table.waitFor();
  // The first row holds the column headers.
  const rows = await table.getByRole('row').all();
  return Promise.all(
    rows.slice(1).map(async (row) => {
      const cells = await row.getByRole('cell').allInnerTexts();
      const [method = '', url = '', status = '', , resultCell = ''] = cells.map((cell) =>
        cell.trim(),
      );
      // The result cell is the outcome line, then the "Response body" disclosure.
      const result = resultCell.split('\n')[0]?.trim() ?? '';
      return { method, url, status, result, row };
    }),
  );
}

async function createUser(userName: string): Promise<void> {
  if (!server) throw new Error('SCIM server not started');
  const response = await fetch(`${server.origin}/scim/v2/${TENANT}/Users`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/scim+json' },
    body: JSON.stringify({
      schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'],
      userName,
      name: { givenName: 'Ada', familyName: 'Lovelace' },
      active: true,
    }),
    signal: AbortSignal.timeout(5_000),
  });
  expect(response.status, await response.clone().text()).toBe(201);
}

describe('Test Connector Configuration against the real SCIM server', () => {
  it('succeeds with the right token, and the responses come from the server', async () => {
    const userName = `ada.${Date.now()}@example.com`;
    await createUser(userName);

    await fillForm(BASE_URL, TOKEN);
    await testButton().click();

    expect(await resultBanner()).toBe('Connector configured successfully');
    const rows = await requestRows();
    expect(
      rows.map(({ method, url, status, result }) => ({ method, url, status, result })),
    ).toEqual([
      { method: 'GET', url: `${BASE_URL}/Users?startIndex=1&count=2`, status: '200', result: 'OK' },
      {
        method: 'GET',
        url: `${BASE_URL}/Groups?startIndex=1&count=100`,
        status: '200',
        result: 'OK',
      },
    ]);

    // The Users response body must be the server's, listing the user made above.
    const usersRow = rows[0]?.row;
    if (!usersRow) throw new Error('no Users row');
    await usersRow.getByText('Response body').click();
    const body = usersRow.locator('pre');
    await body.waitFor();
    const usersBody = JSON.parse(await body.innerText()) as {
      totalResults: number;
      Resources: { userName: string }[];
    };
    expect(usersBody.totalResults).toBeGreaterThanOrEqual(1);
    expect(usersBody.Resources.map((user) => user.userName)).toContain(userName);

    await mkdir(ARTIFACTS_DIR, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'provisioning.png'), fullPage: true });
    // The same page on a phone-sized screen, for the single-column layout.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'provisioning-narrow.png'), fullPage: true });
  });

  it('shows the failure banner and 401s with a wrong token', async () => {
    await fillForm(BASE_URL, 'not-the-right-token');
    await testButton().click();

    expect(await resultBanner()).toBe('Connector configuration failed. Check the requests below.');
    const rows = await requestRows();
    expect(rows.map(({ url, status }) => ({ url, status }))).toEqual([
      { url: `${BASE_URL}/Users?startIndex=1&count=2`, status: '401' },
      { url: `${BASE_URL}/Groups?startIndex=1&count=100`, status: '401' },
    ]);
    for (const row of rows) expect(row.result).toMatch(/^HTTP 401\b/);

    await mkdir(ARTIFACTS_DIR, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'provisioning-401.png'), fullPage: true });
  });

  it('can be filled in and run from the keyboard alone', async () => {
    const isFocused = (locator: Locator): Promise<boolean> =>
      locator.evaluate((element) => element === document.activeElement);

    /** Presses Tab until `target` has focus; a bounded walk through the tab order. */
    async function tabTo(target: Locator, maxPresses = 15): Promise<void> {
      for (let presses = 0; presses < maxPresses; presses++) {
        if (await isFocused(target)) return;
        await page.keyboard.press('Tab');
      }
      if (!(await isFocused(target))) {
        const focused = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120));
        throw new Error(`not reached with ${maxPresses} Tab presses; focus is on ${focused}`);
      }
    }

    await tabTo(baseUrlField());
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(BASE_URL);
    await tabTo(tokenField());
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(TOKEN);
    expect(await baseUrlField().inputValue()).toBe(BASE_URL);
    expect(await tokenField().inputValue()).toBe(TOKEN);

    await tabTo(testButton());
    // Focus must be visible on the button (the :focus-visible outline).
    const outline = await testButton().evaluate(
      (element) => getComputedStyle(element).outlineStyle,
    );
    expect(outline).toBe('solid');
    await page.keyboard.press('Enter');

    expect(await resultBanner()).toBe('Connector configured successfully');
    expect((await requestRows()).map((row) => row.status)).toEqual(['200', '200']);
  });
});
