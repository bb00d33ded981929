/**
 * The console provisioning into the real server, each test on a tenant of its own: what the
 * server holds after assigning, changing a mapping, pushing a group, and deactivating, and that
 * the System Log shows exactly the requests the server received.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSession } from './browser-session.ts';
import {
  addMember,
  applyMappings,
  assignGroup,
  connect,
  openGroup,
  openPage,
  openPerson,
  paneRoles,
  personAction,
  pushGroup,
  removeMember,
  runAndWait,
  saveMapping,
  testConnector,
  typeMapping,
} from './console-page.ts';
import { createTestTenant, type TestTenant } from './demo-server.ts';
import {
  accessCheck,
  effectiveAccess,
  groupNamed,
  memberNames,
  roleLines,
  serverRequestLog,
  userNamed,
} from './server-reads.ts';

const session = browserSession();
const login = (name: string) => `${name}@acme.example.com`;

async function connectedTenant(page: Page, label: string): Promise<TestTenant> {
  const tenant = await createTestTenant(label);
  await connect(page, tenant.baseUrl, tenant.token);
  return tenant;
}

describe('provisioning from the console', () => {
  it('assigning a group provisions its members with the mapped roles', async () => {
    const { page } = session();
    const tenant = await connectedTenant(page, 'assign');

    expect(await assignGroup(page, 'Engineering', { 'Workspace dev': 'Editor' })).toBe(
      'Done: assign group Engineering (20 requests)',
    );
    expect(await assignGroup(page, 'IT Admins', { 'Secret Scope snowflake_test': 'Reader' })).toBe(
      'Done: assign group IT Admins (4 requests)',
    );

    // The mapping isMemberOfGroupName("ML Ops") ? "owner" : "viewer" decides workspace_prod.
    expect(roleLines(await userNamed(tenant.scim, login('priya.shah')))).toEqual([
      'workspace_dev: editor',
      'workspace_prod: owner',
    ]);
    expect(roleLines(await userNamed(tenant.scim, login('marcus.chen')))).toEqual([
      'workspace_dev: editor',
      'workspace_prod: viewer',
    ]);
    // And isMemberOfGroupName("IT Admins") ? "admin" : null decides account_type.
    expect(roleLines(await userNamed(tenant.scim, login('samuel.adeyemi')))).toEqual([
      'account_type: admin',
      'secret_scope_snowflake_test: secret_scope_reader',
      'workspace_prod: viewer',
    ]);
    // Not assigned, so not provisioned.
    expect(await userNamed(tenant.scim, login('grace.kim'))).toBeUndefined();

    const priya = await userNamed(tenant.scim, login('priya.shah'));
    expect(await effectiveAccess(tenant.tenant, priya?.id ?? '')).toEqual([
      { role: 'workspace_dev: editor', sources: ['direct'] },
      { role: 'workspace_prod: owner', sources: ['direct'] },
    ]);

    // The console says the same: the assignment's row and the person's target pane.
    await openPage(page, 'Assignments');
    await page.getByRole('cell', { name: '10 provisioned' }).waitFor();
    await openPerson(page, 'Priya Shah');
    expect(await paneRoles(page)).toEqual({
      'workspace_dev: editor': 'direct',
      'workspace_prod: owner': 'direct',
    });
  });

  it('changing a mapping and re-applying updates the roles on the server', async () => {
    const { page } = session();
    const tenant = await connectedTenant(page, 'mapping');
    await assignGroup(page, 'Engineering');

    // A syntax error shows inline, and saving it is refused with the column.
    await typeMapping(page, 'workspace_prod', 'isMemberOfGroupName("ML Ops") ? "owner" :');
    const input = page.getByLabel('Mapping of workspace_prod', { exact: true });
    expect(await input.getAttribute('aria-invalid')).toBe('true');
    expect(await saveMapping(page, 'workspace_prod')).toMatch(
      /^Failed: map workspace_prod .* at column \d+$/,
    );

    await typeMapping(
      page,
      'workspace_prod',
      'isMemberOfGroupName("ML Ops") ? "editor" : "consumer"',
    );
    expect(await input.getAttribute('aria-invalid')).toBe('false');
    expect(await saveMapping(page, 'workspace_prod')).toMatch(
      /^Done: map workspace_prod .* \(20 requests\)$/,
    );
    expect(roleLines(await userNamed(tenant.scim, login('priya.shah')))).toEqual([
      'workspace_prod: editor',
    ]);
    expect(roleLines(await userNamed(tenant.scim, login('marcus.chen')))).toEqual([
      'workspace_prod: consumer',
    ]);

    // Joining ML Ops changes nothing until the mappings are applied again (Okta's timing rule).
    await openGroup(page, 'ML Ops');
    await addMember(page, /^Marcus Chen /);
    expect(roleLines(await userNamed(tenant.scim, login('marcus.chen')))).toEqual([
      'workspace_prod: consumer',
    ]);
    expect(await applyMappings(page)).toBe('Done: apply mappings (2 requests)');
    expect(roleLines(await userNamed(tenant.scim, login('marcus.chen')))).toEqual([
      'workspace_prod: editor',
    ]);
  });

  it('pushing a group creates it with its provisioned members, and membership changes follow', async () => {
    const { page } = session();
    const tenant = await connectedTenant(page, 'push');
    await assignGroup(page, 'Engineering');

    await pushGroup(page, 'ML Ops');
    const group = await groupNamed(tenant.scim, 'ML Ops');
    if (!group) throw new Error('ML Ops was not created on the server');
    // Grace Kim is in ML Ops but not assigned, so Okta leaves her out.
    expect(await memberNames(tenant.scim, group)).toEqual(
      ['kenji.watanabe', 'priya.shah', 'sofia.rossi'].map(login),
    );
    await page.getByRole('cell', { name: 'active' }).waitFor();

    await openGroup(page, 'ML Ops');
    await addMember(page, /^Lucas Silva /);
    await removeMember(page, 'Sofia Rossi', 'ML Ops');
    expect(await memberNames(tenant.scim, group)).toEqual(
      ['kenji.watanabe', 'lucas.silva', 'priya.shah'].map(login),
    );
    // The group's target pane reads the same members back.
    const pane = page.getByRole('list', { name: 'Members in the app' });
    await pane.getByText('Lucas Silva').waitFor();
    expect((await pane.getByRole('listitem').allInnerTexts()).sort()).toEqual([
      'Kenji Watanabe',
      'Lucas Silva',
      'Priya Shah',
    ]);
  });

  it('deactivating a person locks the user on the server', async () => {
    const { page } = session();
    const tenant = await connectedTenant(page, 'offboard');
    await assignGroup(page, 'Engineering', { 'Workspace dev': 'Owner' });
    expect(await accessCheck(tenant.tenant, login('omar.haddad'))).toMatchObject({ allowed: true });

    await openPerson(page, 'Omar Haddad');
    expect(await personAction(page, 'Deactivate')).toBe(
      `Done: deactivate person ${login('omar.haddad')} (1 request)`,
    );

    expect(await accessCheck(tenant.tenant, login('omar.haddad'))).toMatchObject({
      allowed: false,
      status: 'locked',
      lock: { reason: 'deactivated' },
    });
    const omar = await userNamed(tenant.scim, login('omar.haddad'));
    expect(omar?.active).toBe(false);
    expect(await effectiveAccess(tenant.tenant, omar?.id ?? '')).toEqual([]);
    await page.getByText('refused: locked').waitFor();
    await page.getByText('No effective roles.').waitFor();

    // Suspending someone else sends nothing and leaves them allowed.
    await openPerson(page, 'Lucas Silva');
    expect(await personAction(page, 'Suspend')).toBe(
      `Done: suspend person ${login('lucas.silva')} (0 requests)`,
    );
    expect(await accessCheck(tenant.tenant, login('lucas.silva'))).toMatchObject({ allowed: true });
  });

  it('the System Log shows each request the server received, with its bodies', async () => {
    const { page } = session();
    const tenant = await connectedTenant(page, 'log');
    await testConnector(page);
    await assignGroup(page, 'IT Admins');
    await pushGroup(page, 'IT Admins');

    await openPage(page, 'System Log');
    const entries = page.locator('.log-entry');
    const count = await entries.count();
    const shown: { requestId: string; method: string; status: string }[] = [];
    for (let index = 0; index < count; index++) {
      const entry = entries.nth(index);
      await entry.locator('summary').click();
      const facts = entry.locator('.log-details .facts');
      shown.push({
        requestId: await facts.locator('dt:text-is("Request id") + dd').innerText(),
        method: await entry.locator('.log-method').innerText(),
        status: await entry.locator('summary .badge').innerText(),
      });
    }
    // Exactly the server's request log for the tenant, newest first in the console.
    const received = await serverRequestLog(tenant.tenant, count);
    expect(shown.reverse()).toEqual(
      received.map((entry) => ({
        requestId: entry.requestId,
        method: entry.method,
        status: String(entry.status),
      })),
    );
    expect(count).toBe(2 + 4 + 3);

    // An expanded entry shows the request body as the server logged it.
    const post = entries.filter({ hasText: 'POST' }).filter({ hasText: '/Groups' });
    const body = await post
      .getByRole('figure', { name: 'Request body' })
      .locator('pre')
      .innerText();
    const logged = received.find(
      (entry) => entry.method === 'POST' && entry.path.endsWith('/Groups'),
    );
    expect(JSON.parse(body)).toEqual(JSON.parse(logged?.requestBody ?? 'null'));

    // Filters: by method, then by text.
    await page.getByLabel('Method').selectOption('PATCH');
    await page.getByText(`2 of ${count} requests`).waitFor();
    await page.getByLabel('Method').selectOption('');
    // Only the lookup's URL names Samuel; his POST is found by the action that sent it.
    await page.getByLabel('Search').fill('samuel.adeyemi');
    await page.getByText(`1 of ${count} requests`).waitFor();
    await page.getByLabel('Search').fill('push group');
    await page.getByText(`3 of ${count} requests`).waitFor();
  });

  it('Import links the users that already exist, and Push Groups links a group it found', async () => {
    const { page } = session();
    const tenant = await connectedTenant(page, 'import');
    const priya = await tenant.scim.users.create({ userName: login('priya.shah') });
    await tenant.scim.users.create({ userName: 'someone@elsewhere.example.com' });
    await tenant.scim.groups.create({ displayName: 'Platform' });

    await openPage(page, 'Import');
    expect(
      await runAndWait(page, () => page.getByRole('button', { name: 'Import users' }).click()),
    ).toBe('Done: import users (1 request)');
    await page.getByText(/scanned 2; 1 matched, 1 unmatched\./).waitFor();
    expect(
      await runAndWait(page, () => page.getByRole('button', { name: 'Import groups' }).click()),
    ).toBe('Done: import groups (1 request)');
    await page.getByRole('cell', { name: 'app only' }).waitFor();

    // Priya is linked to the account that was there: assigned, provisioned, nothing sent.
    await openPage(page, 'Assignments');
    const row = page.getByRole('row', { name: /^Priya Shah/ });
    expect(await row.getByRole('cell').nth(1).innerText()).toBe('Individual');
    expect(await row.getByRole('cell').nth(3).innerText()).toBe('provisioned');

    // Link ML Ops to the app's Platform group: Okta's members that have accounts are added.
    await openPage(page, 'Push Groups');
    const form = page.getByRole('form', { name: 'Push groups: find groups by name' });
    await form.getByLabel('Group', { exact: true }).selectOption({ label: 'ML Ops' });
    await form.getByLabel('Match result & push action').selectOption({ label: 'Link group' });
    await form.getByLabel('App group').selectOption({ label: 'Platform' });
    expect(
      await runAndWait(page, () => form.getByRole('button', { name: 'Save' }).click()),
    ).toMatch(/^Done: push group ML Ops \(link\)/);
    const platform = await groupNamed(tenant.scim, 'Platform');
    if (!platform) throw new Error('Platform is gone');
    expect(await memberNames(tenant.scim, platform)).toEqual([login('priya.shah')]);
    expect(priya.id).toBe((await userNamed(tenant.scim, login('priya.shah')))?.id);
    await page.getByRole('cell', { name: 'Linked' }).waitFor();
  });
});
