/**
 * The README's demo, exactly as written, against a server configured like `pnpm dev` (tenant
 * demo, the console's default connection): after each step, what the console says and what the
 * server holds.
 */
import { describe, expect, it } from 'vitest';
import { browserSession } from './browser-session.ts';
import { paneRoles } from './console-page.ts';
import { DEMO, scimClient } from './demo-server.ts';
import { NEW_MAPPING, walkDemo, type DemoStep } from './demo-walkthrough.ts';
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
const scim = scimClient(DEMO.tenant, DEMO.token);
const login = (name: string) => `${name}@acme.example.com`;

const ENGINEERING = [
  'priya.shah',
  'marcus.chen',
  'sofia.rossi',
  'daniel.okafor',
  'hannah.muller',
  'kenji.watanabe',
  'amara.nwosu',
  'lucas.silva',
  'elena.petrova',
  'omar.haddad',
];
const ML_OPS_ENGINEERS = ['priya.shah', 'sofia.rossi', 'kenji.watanabe'];

async function rolesOf(name: string): Promise<string[]> {
  return roleLines(await userNamed(scim, login(name)));
}

describe('the README demo', () => {
  it('works as written: assign, roles from mappings, push, offboard, every request logged', async () => {
    const { page } = session();
    const seen: DemoStep[] = [];

    await walkDemo(page, async (step, line) => {
      seen.push(step);
      switch (step) {
        case 'opened':
          expect(await page.locator('.stats').innerText()).toMatch(/People\s+25\s+Groups\s+5/);
          break;
        case 'tested':
          expect(line).toBe('Connector configured successfully');
          break;
        case 'assigned':
          expect(line).toBe('Done: assign group Engineering (20 requests)');
          for (const name of ENGINEERING) {
            const prod = ML_OPS_ENGINEERS.includes(name) ? 'owner' : 'viewer';
            expect(await rolesOf(name), name).toEqual([
              'workspace_dev: editor',
              `workspace_prod: ${prod}`,
            ]);
          }
          expect(await userNamed(scim, login('grace.kim'))).toBeUndefined();
          break;
        case 'person': {
          expect(await paneRoles(page)).toEqual({
            'workspace_dev: editor': 'direct',
            'workspace_prod: owner': 'direct',
          });
          const priya = await userNamed(scim, login('priya.shah'));
          expect(await effectiveAccess(DEMO.tenant, priya?.id ?? '')).toEqual([
            { role: 'workspace_dev: editor', sources: ['direct'] },
            { role: 'workspace_prod: owner', sources: ['direct'] },
          ]);
          break;
        }
        case 'typo': {
          const input = page.getByLabel('Mapping of workspace_prod', { exact: true });
          expect(await input.getAttribute('aria-invalid')).toBe('true');
          expect(await page.locator('.expression-problem .error-text').innerText()).toMatch(
            /column \d+/,
          );
          break;
        }
        case 'preview':
          expect(await page.getByRole('figure', { name: 'SCIM user' }).innerText()).toContain(
            '"type": "workspace_prod",\n      "value": "consumer"',
          );
          break;
        case 'mapping saved':
          // GET and PUT for the seven whose role changes; the ML Ops three stay owners.
          expect(line).toBe(`Done: map workspace_prod from ${NEW_MAPPING} (14 requests)`);
          expect(await rolesOf('marcus.chen')).toEqual([
            'workspace_dev: editor',
            'workspace_prod: consumer',
          ]);
          expect(await rolesOf('priya.shah')).toEqual([
            'workspace_dev: editor',
            'workspace_prod: owner',
          ]);
          break;
        case 'pushed': {
          // POST /Groups, the members PATCH, and Okta's no-op rename PATCH.
          expect(line).toBe('Done: push group ML Ops (create) (3 requests)');
          // Drawn together with the line that says it is done: three members pushed.
          const row = page.getByRole('row', { name: /^ML Ops/ });
          expect(await row.getByRole('cell').nth(4).innerText()).toBe('3');
          const group = await groupNamed(scim, 'ML Ops');
          if (!group) throw new Error('ML Ops is not on the server');
          expect(await memberNames(scim, group)).toEqual(ML_OPS_ENGINEERS.map(login).sort());
          break;
        }
        case 'member added': {
          expect(line).toBe(`Done: add ${login('marcus.chen')} to ML Ops (2 requests)`);
          const group = await groupNamed(scim, 'ML Ops');
          if (!group) throw new Error('ML Ops is not on the server');
          expect(await memberNames(scim, group)).toContain(login('marcus.chen'));
          // A membership change does not re-evaluate mappings (Okta's timing rule).
          expect(await rolesOf('marcus.chen')).toContain('workspace_prod: consumer');
          break;
        }
        case 'mappings applied':
          expect(line).toMatch(/^Done: apply mappings \(\d+ requests\)$/);
          expect(await rolesOf('marcus.chen')).toContain('workspace_prod: owner');
          break;
        case 'deactivated': {
          expect(line).toBe(`Done: deactivate person ${login('daniel.okafor')} (1 request)`);
          const check = await accessCheck(DEMO.tenant, login('daniel.okafor'));
          expect(check).toMatchObject({
            allowed: false,
            status: 'locked',
            lock: { reason: 'deactivated' },
          });
          break;
        }
        case 'system log': {
          const newest = page.locator('.log-entry').first();
          expect(await newest.locator('summary').innerText()).toMatch(
            /PATCH\s+\/Users\/\S+\s+200[\s\S]*deactivate person daniel\.okafor/,
          );
          await newest.locator('summary').click();
          const body = await newest.getByRole('figure', { name: 'Request body' }).innerText();
          expect(JSON.parse(body.replace(/^Request body\s*/, ''))).toEqual({
            schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'],
            Operations: [{ op: 'replace', value: { active: false } }],
          });
          break;
        }
        case 'entra': {
          expect(line).toBe(`Done: reactivate person ${login('daniel.okafor')} (1 request)`);
          const log = await serverRequestLog(DEMO.tenant, 1);
          const reactivation = log.filter((entry) => entry.method === 'PATCH').at(-1);
          expect(JSON.parse(reactivation?.requestBody ?? '{}')).toMatchObject({
            Operations: [{ op: 'Replace', path: 'active', value: 'True' }],
          });
          expect(await accessCheck(DEMO.tenant, login('daniel.okafor'))).toMatchObject({
            allowed: true,
          });
          break;
        }
      }
    });

    expect(seen).toHaveLength(13);
  });
});
