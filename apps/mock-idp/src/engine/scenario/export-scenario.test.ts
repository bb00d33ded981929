import { describe, expect, it } from 'vitest';
import { createMockIdp } from '../provisioning/mock-idp.ts';
import { exportScenario } from './export-scenario.ts';
import { validateScenario } from './load-scenario.ts';
import { stateFromScenario } from './scenario-state.ts';

describe('exportScenario', () => {
  it('writes a scenario that loads back into the same directory and app, with no secret in it', async () => {
    const connection = {
      baseUrl: 'http://scim.test/scim/v2/acme',
      auth: { type: 'bearer' as const, token: 'secret-token' },
    };
    const loaded = validateScenario(
      {
        name: 'Tecton',
        profile: 'entra',
        app: {
          name: 'tecton',
          roleAttributes: { workspaces: ['prod'] },
          mappings: { account_type: 'isMemberOfGroupName("Admins") ? "admin" : null' },
        },
        directory: {
          people: [
            {
              login: 'ada@example.com',
              firstName: 'Ada',
              lastName: 'L',
              email: 'ada@example.com',
              department: 'R&D',
            },
          ],
          groups: [{ name: 'Admins', members: ['ada@example.com'] }],
          groupRules: [
            { name: 'R&D', expression: 'user.department == "R&D"', assignTo: ['Admins'] },
          ],
        },
        steps: [{ do: 'test connection' }],
      },
      'r',
    );
    if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
    const { state } = stateFromScenario(loaded.scenario, connection, 'exp00');
    const engine = createMockIdp({ state, fetch: () => Promise.reject(new Error('offline')) });
    const personId = Object.keys(state.people)[0] ?? '';
    const groupId = Object.keys(state.groups)[0] ?? '';
    // Assignments are recorded even when provisioning cannot reach a server.
    await engine.run({ type: 'setSwitches', switches: { createUsers: false } });
    await engine.run({ type: 'assignUser', personId, values: { workspace_prod: 'editor' } });
    await engine.run({ type: 'assignGroup', groupId, values: {} });

    const exported = exportScenario(engine.getState());
    expect(JSON.stringify(exported)).not.toContain('secret-token');
    expect(exported.steps).toEqual([
      { do: 'assign user', user: 'ada@example.com', values: { workspace_prod: 'editor' } },
      { do: 'assign group', group: 'Admins', values: {} },
    ]);

    const again = validateScenario(JSON.parse(JSON.stringify(exported)), 'r');
    if (!again.ok) throw new Error(again.errors.join('\n'));
    const rebuilt = stateFromScenario(again.scenario, connection, 'exp00').state;
    expect(rebuilt.people).toEqual(state.people);
    expect(rebuilt.groups).toEqual(state.groups);
    expect(rebuilt.groupRules).toEqual(state.groupRules);
    expect(rebuilt.app.attributes).toEqual(engine.getState().app.attributes);
    expect(rebuilt.app.mappings).toEqual(engine.getState().app.mappings);
    expect(rebuilt.app.switches).toEqual(engine.getState().app.switches);
    expect(rebuilt.app.requestProfile).toBe('entra');
  });
});
