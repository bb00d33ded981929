/**
 * The console as a whole: it remembers the org across reloads, resets to the demo org, exports
 * and imports scenario files the engine's runner accepts, changes request shapes with the IdP
 * profile, shows progress and Cancel on long runs, and stays usable at 375 px, labelled,
 * ordered and readable on every page.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { parseScenarioText, runScenario } from '../src/engine/index.ts';
import { browserSession } from './browser-session.ts';
import {
  assignGroup,
  connect,
  openGroup,
  openPage,
  openPerson,
  personAction,
  pushGroup,
  runAndWait,
  switchProfile,
  testConnector,
} from './console-page.ts';
import { createTestTenant } from './demo-server.ts';
import { headingProblems, lowContrastText, overflow, unlabelledControls } from './page-checks.ts';
import { groupNamed, serverRequestLog, userNamed } from './server-reads.ts';

const session = browserSession();
const login = (name: string) => `${name}@acme.example.com`;

async function resetOrg(page: Page): Promise<void> {
  await openPage(page, 'Console settings');
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Reset to the demo org' }).click();
}

describe('the console', () => {
  it('keeps the org and its log across a reload, and Reset goes back to the demo org', async () => {
    const { page } = session();
    const tenant = await createTestTenant('reload');
    await connect(page, tenant.baseUrl, tenant.token);
    await assignGroup(page, 'IT Admins');

    await page.reload();
    await openPage(page, 'Assignments');
    await page.getByRole('cell', { name: '2 provisioned' }).waitFor();
    await openPage(page, 'System Log');
    await page.getByText('4 of 4 requests').waitFor();
    await openPage(page, 'Integration');
    expect(await page.getByLabel('SCIM connector base URL').inputValue()).toBe(tenant.baseUrl);

    await resetOrg(page);
    await openPage(page, 'Assignments');
    await page.getByText('No group is assigned to SCIM Server yet.').waitFor();
    await openPage(page, 'Integration');
    expect(await page.getByLabel('SCIM connector base URL').inputValue()).toBe('/scim/v2/demo');
    // Reset sends nothing: the server keeps what it has.
    expect(await userNamed(tenant.scim, login('samuel.adeyemi'))).toBeDefined();
  });

  it('exports a scenario file the runner replays, and imports it into a fresh console', async () => {
    const { page, context } = session();
    const tenant = await createTestTenant('export');
    await connect(page, tenant.baseUrl, tenant.token);
    await assignGroup(page, 'IT Admins', { 'All Workspaces': 'Viewer' });
    await pushGroup(page, 'IT Admins');

    await openPage(page, 'Console settings');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export scenario' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('acme-scenario.json');
    const text = await readFile(await download.path(), 'utf8');
    const loaded = parseScenarioText(text, 'unused');
    if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
    expect(loaded.scenario.steps.map((step) => step.do)).toEqual(['assign group', 'push group']);
    expect(loaded.scenario.directory.people).toHaveLength(25);

    // The runner replays it against another tenant.
    const other = await createTestTenant('replay');
    const report = await runScenario(loaded.scenario, {
      baseUrl: `${inject('serverOrigin')}${other.baseUrl}`,
      auth: { type: 'bearer', token: other.token },
    });
    expect(report.steps.map((step) => step.ok)).toEqual([true, true]);
    expect(await groupNamed(other.scim, 'IT Admins')).toBeDefined();

    // A fresh console (empty storage) imports it into a third tenant: the org comes back.
    const third = await createTestTenant('import');
    const fresh = await context.browser()?.newContext({ viewport: { width: 1280, height: 900 } });
    if (!fresh) throw new Error('no browser');
    const second = await fresh.newPage();
    await second.goto(session().url);
    await connect(second, third.baseUrl, third.token);
    await openPage(second, 'Console settings');
    const file = await download.path();
    const line = await runAndWait(second, () =>
      second.getByLabel('Import scenario').setInputFiles(file),
    );
    expect(line).toMatch(/^Done: import scenario Acme Corp export \(\d+ requests\)$/);
    await second.getByText('Imported, 2 steps run:').waitFor();
    await openPage(second, 'Assignments');
    await second.getByRole('cell', { name: '2 provisioned' }).waitFor();
    await openPage(second, 'Push Groups');
    await second.getByRole('cell', { name: 'active' }).waitFor();
    await fresh.close();
    expect((await userNamed(third.scim, login('samuel.adeyemi')))?.roles).toEqual([
      { type: 'account_type', value: 'admin' },
      { type: 'all_workspaces', value: 'viewer' },
      { type: 'workspace_prod', value: 'viewer' },
    ]);
  });

  it('the IdP profile switch changes the shape of the requests', async () => {
    const { page } = session();
    const tenant = await createTestTenant('entra');
    await connect(page, tenant.baseUrl, tenant.token);
    expect(await switchProfile(page, 'Microsoft Entra ID')).toBe(
      'Done: set request profile entra (0 requests)',
    );

    // Entra's Test Connection looks up a random userName instead of listing.
    expect(await testConnector(page)).toBe('Connector configured successfully');
    const url = await page
      .getByRole('table', { name: 'Requests sent' })
      .locator('tbody tr td')
      .nth(1)
      .innerText();
    expect(url).toMatch(/\/Users\?filter=userName\+eq\+%22[0-9a-f-]{36}%22$/);

    await assignGroup(page, 'IT Admins');
    await openPerson(page, 'Samuel Adeyemi');
    await personAction(page, 'Deactivate');
    const log = await serverRequestLog(tenant.tenant, 6);
    const create = log.find((entry) => entry.method === 'POST');
    expect(JSON.parse(create?.requestBody ?? '{}')).toMatchObject({
      schemas: [
        'urn:ietf:params:scim:schemas:core:2.0:User',
        'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User',
      ],
      meta: { resourceType: 'User' },
    });
    const deactivation = log.filter((entry) => entry.method === 'PATCH').at(-1);
    expect(JSON.parse(deactivation?.requestBody ?? '{}')).toMatchObject({
      Operations: [{ op: 'Replace', path: 'active', value: 'False' }],
    });
  });

  it('shows the progress of a long run, and Cancel stops it part way', async () => {
    const { page } = session();
    const tenant = await createTestTenant('cancel');
    await connect(page, tenant.baseUrl, tenant.token);
    await openPage(page, 'People');
    await page.getByLabel('How many').fill('300');
    await page.getByRole('button', { name: 'Add people and group' }).click();
    // Two actions: the people, then their group.
    await page
      .locator('.activity-bar [role="status"]', { hasText: 'Done: add group Load test' })
      .waitFor();

    await openPage(page, 'Assignments');
    const form = page.getByRole('form', { name: 'Assign to groups' });
    await form.getByLabel('Group', { exact: true }).selectOption({ label: 'Load test' });
    const line = await runAndWait(page, async () => {
      await form.getByRole('button', { name: 'Assign' }).click();
      const progress = page.getByRole('progressbar', {
        name: 'Progress of assign group Load test',
      });
      await page.waitForFunction(() => {
        const bar = document.querySelector('progress');
        return bar !== null && bar.max === 300 && bar.value >= 5;
      });
      expect(await progress.isVisible()).toBe(true);
      await page.getByRole('button', { name: 'Cancel' }).click();
    });
    expect(line).toMatch(/^Cancelled: assign group Load test \(\d+ requests sent\)$/);

    // Some were created, not all; the console and the server agree on how many (the server may
    // have finished the create whose answer the cancel cut off).
    let onServer = 0;
    for await (const _user of tenant.scim.users.list({ filter: 'userName sw "load-test."' }))
      onServer++;
    expect(onServer).toBeGreaterThanOrEqual(5);
    expect(onServer).toBeLessThan(300);
    const summary = await page
      .getByRole('cell', { name: /\d+ provisioned/ })
      .first()
      .innerText();
    const inConsole = Number(/^(\d+) provisioned/.exec(summary)?.[1]);
    expect(onServer - inConsole).toBeGreaterThanOrEqual(0);
    expect(onServer - inConsole).toBeLessThanOrEqual(1);
    expect(summary).toMatch(/, \d+ not provisioned$/);
  });

  it('every page is labelled, ordered and readable, and fits 375 px', async () => {
    const { page, url } = session();
    const tenant = await createTestTenant('pages');
    await connect(page, tenant.baseUrl, tenant.token);
    await assignGroup(page, 'IT Admins');
    await pushGroup(page, 'IT Admins');
    await openPerson(page, 'Samuel Adeyemi');
    const personPage = new URL(page.url()).pathname;
    await openGroup(page, 'IT Admins');
    const groupPage = new URL(page.url()).pathname;
    const paths = [
      '/',
      '/people',
      personPage,
      '/groups',
      '/groups/rules',
      groupPage,
      '/app/general',
      '/app/provisioning/integration',
      '/app/provisioning/to-app',
      '/app/provisioning/profile-editor',
      '/app/provisioning/mappings',
      '/app/assignments',
      '/app/push-groups',
      '/app/import',
      '/reports/system-log',
      '/settings',
    ];
    for (const width of [1280, 375]) {
      await page.setViewportSize({ width, height: 800 });
      for (const path of paths) {
        await page.goto(new URL(path, url).href);
        await page.getByRole('heading', { level: 1 }).waitFor();
        const where = `${path} at ${width} px`;
        expect(await unlabelledControls(page), where).toEqual([]);
        expect(await headingProblems(page), where).toEqual([]);
        expect(await lowContrastText(page), where).toEqual([]);
        if (width === 375)
          expect(await overflow(page), where).toEqual({ scrollWidth: 375, offenders: [] });
      }
    }
    // At 375 px the navigation is behind the Menu button.
    await page.getByRole('button', { name: 'Menu' }).click();
    await page
      .getByRole('navigation', { name: 'Admin console' })
      .getByRole('link', { name: 'People' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'People' }).waitFor();
    expect(await page.getByRole('button', { name: 'Menu' }).getAttribute('aria-expanded')).toBe(
      'false',
    );
  });
});
