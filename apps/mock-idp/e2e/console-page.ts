/**
 * The console driven the way a person drives it: through its navigation, labels and buttons.
 * Each helper is one step of the README's demo, so the demo test and the screenshot script walk
 * the same path.
 */
import type { Locator, Page } from 'playwright-core';

export type ConsolePage =
  | 'Overview'
  | 'People'
  | 'Groups'
  | 'Integration'
  | 'To App'
  | 'Profile Editor'
  | 'Mappings'
  | 'Assignments'
  | 'Push Groups'
  | 'Import'
  | 'System Log'
  | 'Console settings';

const APP_TABS = ['Import', 'Assignments', 'Push Groups'];
const PROVISIONING_TABS = ['To App', 'Profile Editor', 'Mappings'];

function sideNav(page: Page): Locator {
  return page.getByRole('navigation', { name: 'Admin console' });
}

/** Opens a page from the left navigation (and the app's tabs), as a person would. */
export async function openPage(page: Page, target: ConsolePage): Promise<void> {
  const heading = page.getByRole('heading', { level: 1, name: target, exact: true });
  // Already there: leave the page (and whatever was typed into it) alone.
  if (await heading.isVisible()) return;
  const nav = sideNav(page);
  if (['Overview', 'People', 'Groups', 'System Log', 'Console settings'].includes(target)) {
    await nav.getByRole('link', { name: target, exact: true }).click();
  } else {
    await nav.getByRole('link', { name: 'SCIM Server', exact: true }).click();
    const tab = APP_TABS.includes(target) ? target : 'Provisioning';
    await page
      .getByRole('navigation', { name: 'SCIM Server tabs' })
      .getByRole('link', { name: tab })
      .click();
    if (PROVISIONING_TABS.includes(target)) {
      await page
        .getByRole('navigation', { name: 'Provisioning settings' })
        .getByRole('link', { name: target })
        .click();
    }
  }
  await heading.waitFor();
}

function outcomeLine(page: Page): Locator {
  return page.locator('.activity-bar [role="status"]');
}

async function outcomeId(page: Page): Promise<number> {
  return Number((await outcomeLine(page).getAttribute('data-outcome')) ?? 0);
}

/**
 * Does `act`, then waits until the console reports a newer finished run, and returns its line:
 * `Done: assign group Engineering (20 requests)`, `Failed: …` or `Cancelled: …`.
 */
export async function runAndWait(page: Page, act: () => Promise<void>): Promise<string> {
  const before = await outcomeId(page);
  await act();
  await page.waitForFunction((previous) => {
    const line = document.querySelector('.activity-bar [role="status"]');
    return Number(line?.getAttribute('data-outcome') ?? 0) > previous;
  }, before);
  return (await outcomeLine(page).innerText()).replace(/\s*System Log$/, '').trim();
}

/** Integration: set the base URL and bearer token, and save. */
export async function connect(page: Page, baseUrl: string, token: string): Promise<void> {
  await openPage(page, 'Integration');
  await page.getByLabel('SCIM connector base URL').fill(baseUrl);
  await page.getByLabel('API token', { exact: true }).fill(token);
  const line = await runAndWait(page, () => page.getByRole('button', { name: 'Save' }).click());
  if (!line.startsWith('Done: set connection')) throw new Error(line);
}

/** Integration › Test Connector Configuration; returns the result banner. */
export async function testConnector(page: Page): Promise<string> {
  await openPage(page, 'Integration');
  await page.getByRole('button', { name: 'Test Connector Configuration' }).click();
  const banner = page.locator('.banner');
  await banner.waitFor();
  return (await banner.innerText()).trim();
}

/** Assignments › Assign to groups, with attribute values by field label (`Workspace dev`). */
export async function assignGroup(
  page: Page,
  group: string,
  values: Record<string, string> = {},
): Promise<string> {
  await openPage(page, 'Assignments');
  const form = page.getByRole('form', { name: 'Assign to groups' });
  await form.getByLabel('Group', { exact: true }).selectOption({ label: group });
  for (const [label, value] of Object.entries(values)) {
    await form.getByLabel(label, { exact: true }).selectOption({ label: value });
  }
  return runAndWait(page, () => form.getByRole('button', { name: 'Assign' }).click());
}

/** Directory › People › the person; waits for the target pane to have read the server. */
export async function openPerson(page: Page, name: string): Promise<void> {
  await openPage(page, 'People');
  await page.getByRole('link', { name, exact: true }).click();
  await page.getByRole('heading', { level: 1, name }).waitFor();
  await page.getByText(/^Read at /).waitFor();
}

/** The target pane's effective access: `workspace_prod: owner` → `direct`. */
export async function paneRoles(page: Page): Promise<Record<string, string>> {
  const table = page.getByRole('table', { name: 'Effective access' });
  await table.waitFor();
  const rows = await table.locator('tbody tr').all();
  const entries = await Promise.all(
    rows.map(async (row) => {
      const [role = '', from = ''] = await row.getByRole('cell').allInnerTexts();
      return [role.trim(), from.trim()] as const;
    }),
  );
  return Object.fromEntries(entries);
}

/** Mappings: type a new expression for one attribute (without saving). */
export async function typeMapping(
  page: Page,
  variableName: string,
  expression: string,
): Promise<void> {
  await openPage(page, 'Mappings');
  await page.getByLabel(`Mapping of ${variableName}`, { exact: true }).fill(expression);
}

/** Mappings: save the typed expression; the engine applies it to everyone assigned. */
export async function saveMapping(page: Page, variableName: string): Promise<string> {
  return runAndWait(page, () =>
    page.getByRole('button', { name: `Save mapping of ${variableName}` }).click(),
  );
}

/** Mappings › Apply updates now. */
export async function applyMappings(page: Page): Promise<string> {
  await openPage(page, 'Mappings');
  return runAndWait(page, () => page.getByRole('button', { name: 'Apply updates now' }).click());
}

/** Push Groups › find groups by name › Create group. */
export async function pushGroup(page: Page, group: string): Promise<string> {
  await openPage(page, 'Push Groups');
  const form = page.getByRole('form', { name: 'Push groups: find groups by name' });
  await form.getByLabel('Group', { exact: true }).selectOption({ label: group });
  return runAndWait(page, () => form.getByRole('button', { name: 'Save' }).click());
}

/** Directory › Groups › the group. */
export async function openGroup(page: Page, group: string): Promise<void> {
  await openPage(page, 'Groups');
  await page.getByRole('link', { name: group, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: group }).waitFor();
}

/** On a group's page: add a person (by the option text, `Marcus Chen (marcus.chen@…)`). */
export async function addMember(page: Page, personOption: RegExp): Promise<string> {
  await page
    .getByLabel('Add person')
    .selectOption({ label: await optionLabel(page, personOption) });
  return runAndWait(page, () => page.getByRole('button', { name: 'Add', exact: true }).click());
}

async function optionLabel(page: Page, pattern: RegExp): Promise<string> {
  const labels = await page.getByLabel('Add person').locator('option').allInnerTexts();
  const label = labels.find((text) => pattern.test(text));
  if (!label) throw new Error(`No option matches ${pattern}`);
  return label;
}

/** On a group's page: remove a static member. */
export async function removeMember(page: Page, name: string, group: string): Promise<string> {
  return runAndWait(page, () =>
    page.getByRole('button', { name: `Remove ${name} from ${group}` }).click(),
  );
}

/** On a person's page: a status button (Deactivate, Reactivate, Suspend…), confirming if asked. */
export async function personAction(page: Page, action: string): Promise<string> {
  page.once('dialog', (dialog) => void dialog.accept());
  return runAndWait(page, () => page.getByRole('button', { name: action, exact: true }).click());
}

/** The header's IdP profile switch. */
export async function switchProfile(page: Page, label: string): Promise<string> {
  return runAndWait(page, async () => {
    await page.getByLabel('IdP profile').selectOption({ label });
  });
}
