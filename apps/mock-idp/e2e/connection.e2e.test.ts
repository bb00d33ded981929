/**
 * Test Connector Configuration in a real browser against the real server (through the console's
 * proxy): the requests it sends, the server's answers, a wrong token, and the keyboard alone.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { browserSession } from './browser-session.ts';
import { openPage, testConnector } from './console-page.ts';
import { DEMO, scimClient } from './demo-server.ts';
import { APP_DIR } from './harness.ts';

const BASE_URL = `/scim/v2/${DEMO.tenant}`;
const ARTIFACTS_DIR = join(APP_DIR, 'e2e/.artifacts');
const session = browserSession();

interface ListBody {
  totalResults: number;
  Resources: { userName: string }[];
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
  const table = session().page.getByRole('table', { name: 'Requests sent' });
  await table.waitFor();
  const rows = await table.locator('tbody tr').all();
  return Promise.all(
    rows.map(async (row) => {
      const cells = await row.getByRole('cell').allInnerTexts();
      const [method = '', url = '', status = '', , resultCell = ''] = cells.map((cell) =>
        cell.trim(),
      );
      const result = resultCell.split('\n')[0]?.trim() ?? '';
      return { method, url, status, result, row };
    }),
  );
}

describe('Test Connector Configuration against the real SCIM server', () => {
  it('succeeds with the demo connection, and the responses come from the server', async () => {
    const { page } = session();
    const userName = `ada.${Date.now()}@example.com`;
    await scimClient(DEMO.tenant, DEMO.token).users.create({ userName });

    expect(await testConnector(page)).toBe('Connector configured successfully');
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

    // The Users response body must be the server's: the same page, read straight from it.
    const usersRow = rows[0]?.row;
    if (!usersRow) throw new Error('no Users row');
    await usersRow.getByText('Response body').click();
    const shown = JSON.parse(await usersRow.locator('pre').innerText()) as ListBody;
    const direct = (await (
      await fetch(`${inject('serverOrigin')}${BASE_URL}/Users?startIndex=1&count=2`, {
        headers: { Authorization: `Bearer ${DEMO.token}` },
      })
    ).json()) as ListBody;
    expect(shown.totalResults).toBe(direct.totalResults);
    expect(shown.Resources.map((user) => user.userName)).toEqual(
      direct.Resources.map((user) => user.userName),
    );
    expect(direct.totalResults).toBeGreaterThanOrEqual(1);

    await mkdir(ARTIFACTS_DIR, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'integration.png'), fullPage: true });
  });

  it('shows the failure banner and the 401 with a wrong token', async () => {
    const { page } = session();
    await openPage(page, 'Integration');
    await page.getByLabel('API token', { exact: true }).fill('not-the-right-token');

    expect(await testConnector(page)).toBe(
      'Connector configuration failed. Check the requests below.',
    );
    const rows = await requestRows();
    // Okta stops at the first failing request.
    expect(rows.map(({ url, status }) => ({ url, status }))).toEqual([
      { url: `${BASE_URL}/Users?startIndex=1&count=2`, status: '401' },
    ]);
    expect(rows[0]?.result).toMatch(/^HTTP 401\b/);
  });

  it('can be filled in and run from the keyboard alone, with visible focus', async () => {
    const { page } = session();
    const isFocused = (locator: Locator): Promise<boolean> =>
      locator.evaluate((element) => element === document.activeElement);

    /** Presses Tab until `target` has focus; a bounded walk through the tab order. */
    async function tabTo(target: Locator, maxPresses = 40): Promise<void> {
      for (let presses = 0; presses < maxPresses; presses++) {
        if (await isFocused(target)) return;
        await page.keyboard.press('Tab');
      }
      const focused = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120));
      throw new Error(`not reached with ${maxPresses} Tab presses; focus is on ${focused}`);
    }

    // From the top of the page: skip link, navigation, the app's tabs.
    const appLink = page
      .getByRole('navigation', { name: 'Admin console' })
      .getByRole('link', { name: 'SCIM Server' });
    await tabTo(appLink);
    await page.keyboard.press('Enter');
    const provisioningTab = page.getByRole('link', { name: 'Provisioning' });
    await tabTo(provisioningTab);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Integration' }).waitFor();

    const token = page.getByLabel('API token', { exact: true });
    await tabTo(token);
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(DEMO.token);
    const button = page.getByRole('button', { name: 'Test Connector Configuration' });
    await tabTo(button);
    expect(await button.evaluate((element) => getComputedStyle(element).outlineStyle)).toBe(
      'solid',
    );
    await page.keyboard.press('Enter');

    await page.getByText('Connector configured successfully').waitFor();
    expect((await requestRows()).map((row) => row.status)).toEqual(['200', '200']);
  });
});
