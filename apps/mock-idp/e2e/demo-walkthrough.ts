/**
 * The README's demo ("Demo: provisioning with the mock IdP"), step by step, in the order the
 * README tells it. The demo test checks what the server holds after each step; the screenshot
 * script photographs some of them. Change the README and this file together.
 */
import type { Page } from 'playwright-core';
import {
  addMember,
  applyMappings,
  assignGroup,
  openGroup,
  openPage,
  openPerson,
  personAction,
  pushGroup,
  saveMapping,
  switchProfile,
  testConnector,
  typeMapping,
} from './console-page.ts';

export const NEW_MAPPING = 'isMemberOfGroupName("ML Ops") ? "owner" : "consumer"';
/** The same expression, half typed: the inline error shows where it breaks. */
export const TYPO_MAPPING = 'isMemberOfGroupName("ML Ops") ? "owner" : "consumer';

export type DemoStep =
  | 'opened'
  | 'tested'
  | 'assigned'
  | 'person'
  | 'typo'
  | 'preview'
  | 'mapping saved'
  | 'pushed'
  | 'member added'
  | 'mappings applied'
  | 'deactivated'
  | 'system log'
  | 'entra';

/** What each step said in the console's activity line (or the test banner). */
export type StepLines = Partial<Record<DemoStep, string>>;

export async function walkDemo(
  page: Page,
  after: (step: DemoStep, line: string) => Promise<void>,
): Promise<void> {
  await openPage(page, 'Overview');
  await after('opened', '');

  // 1. Test the connection.
  await after('tested', await testConnector(page));

  // 2. Assign a group: Engineering, with Workspace dev = Editor.
  await after('assigned', await assignGroup(page, 'Engineering', { 'Workspace dev': 'Editor' }));

  // 3. What the server holds for Priya Shah.
  await openPerson(page, 'Priya Shah');
  await after('person', '');

  // 4. Change the workspace_prod mapping: a typo first, then the preview, then Save.
  await typeMapping(page, 'workspace_prod', TYPO_MAPPING);
  await after('typo', '');
  await typeMapping(page, 'workspace_prod', NEW_MAPPING);
  await page
    .getByLabel('Preview for')
    .selectOption({ label: 'Marcus Chen (marcus.chen@acme.example.com)' });
  await after('preview', '');
  await after('mapping saved', await saveMapping(page, 'workspace_prod'));

  // 5. Push ML Ops, add Marcus Chen to it, then apply the mappings.
  await after('pushed', await pushGroup(page, 'ML Ops'));
  await openGroup(page, 'ML Ops');
  const added = await addMember(page, /^Marcus Chen /);
  // The target pane reads the group again once the requests settle.
  await page.getByRole('list', { name: 'Members in the app' }).getByText('Marcus Chen').waitFor();
  await after('member added', added);
  await after('mappings applied', await applyMappings(page));

  // 6. Offboard Daniel Okafor.
  await openPerson(page, 'Daniel Okafor');
  const deactivated = await personAction(page, 'Deactivate');
  await page.getByText('refused: locked').waitFor();
  await after('deactivated', deactivated);

  // 7. The System Log.
  await openPage(page, 'System Log');
  await after('system log', '');

  // 8. Entra's requests: switch the IdP profile and reactivate Daniel.
  await switchProfile(page, 'Microsoft Entra ID');
  await openPerson(page, 'Daniel Okafor');
  await after('entra', await personAction(page, 'Reactivate'));
}
