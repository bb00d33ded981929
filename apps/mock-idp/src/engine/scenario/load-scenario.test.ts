import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseScenarioText, validateScenario } from './load-scenario.ts';

const SHIPPED = fileURLToPath(new URL('../../../scenarios/', import.meta.url));

const person = (key: string) => ({
  key,
  login: `${key}.{run}@example.com`,
  firstName: key,
  lastName: 'Test',
  email: `${key}.{run}@example.com`,
});

function errorsOf(raw: unknown): string[] {
  const result = validateScenario(raw, 'r1');
  return result.ok ? [] : result.errors;
}

describe('loading scenarios', () => {
  it('accepts every shipped scenario', () => {
    const files = readdirSync(SHIPPED).filter((file) => file.endsWith('.json'));
    expect(files.length).toBeGreaterThanOrEqual(4);
    for (const file of files) {
      const result = parseScenarioText(readFileSync(`${SHIPPED}${file}`, 'utf8'), 'r1');
      expect(result.ok ? [] : result.errors, file).toEqual([]);
    }
  });

  it('replaces {run} everywhere and fills in defaults', () => {
    const result = validateScenario(
      {
        name: 'n',
        directory: { people: [person('ada')] },
        steps: [{ do: 'assign user', user: 'ada' }],
      },
      'k3x9',
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.scenario.profile).toBe('okta-oin');
    expect(result.scenario.directory.people[0]?.login).toBe('ada.k3x9@example.com');
    expect(result.scenario.app.template).toBe('okta-scim2');
  });

  it('reports malformed JSON with line and column', () => {
    expect(parseScenarioText('{\n  "name": "x",\n  "steps": [],\n}', 'r')).toEqual({
      ok: false,
      errors: ['Not valid JSON: line 4, column 1: Expected double-quoted property name'],
    });
    expect(parseScenarioText('{"name": "x", "steps": [1,]}', 'r')).toEqual({
      ok: false,
      errors: ["Not valid JSON: line 1, column 27: Unexpected token ']'"],
    });
    expect(parseScenarioText('{"name": ', 'r')).toEqual({
      ok: false,
      errors: ['Not valid JSON: the file ends too early'],
    });
  });

  it('names an unknown action and suggests the nearest one', () => {
    expect(
      errorsOf({
        name: 'n',
        steps: [{ do: 'test connection' }, { do: 'asign user', user: 'a' }, { user: 'a' }],
      }),
    ).toEqual([
      expect.stringMatching(
        /^steps\[1\]\.do: the step has the unknown action "asign user" \(did you mean "assign user"\?\); actions: test connection, /,
      ),
      expect.stringMatching(/^steps\[2\]\.do: the step has no "do"; actions: /),
    ]);
  });

  it('reports shape errors by place, with the action of the step', () => {
    expect(
      errorsOf({
        name: '',
        profile: 'okta',
        steps: [
          { do: 'assign user', user: 3, usr: 'x' },
          { do: 'push group', group: 'g', mode: 'copy' },
        ],
      }),
    ).toEqual([
      'name: Too small: expected string to have >=1 characters',
      'profile: Invalid option: expected one of "okta-oin"|"okta-aiw"|"entra"|"entra-flag"',
      'steps[0] (assign user).user: Invalid input: expected string, received number',
      'steps[0] (assign user): Unrecognized key: "usr"',
      'steps[1] (push group).mode: Invalid option: expected one of "create"|"link"',
    ]);
    expect(errorsOf({ name: 'n', steps: [] })).toEqual([
      'steps: Too small: expected array to have >=1 items',
    ]);
  });

  it('finds references to people, groups and attributes that do not exist at that point', () => {
    expect(
      errorsOf({
        name: 'n',
        app: { roleAttributes: { workspaces: ['prod'] }, mappings: { workspace_prd: '"editor"' } },
        directory: { people: [person('ada')], groups: [{ name: 'Eng', members: ['adda'] }] },
        steps: [
          { do: 'assign user', user: 'bob' },
          { do: 'add person', person: person('bob') },
          {
            do: 'assign user',
            user: 'bob',
            values: { workspace_prod: 'Editor', all_workspace: 'owner' },
          },
          { do: 'push group', group: 'eng' },
          {
            do: 'check',
            expect: { users: { carol: 'provisioned' }, server: { groups: { Ops: '$absent' } } },
          },
        ],
      }),
    ).toEqual([
      'app.mappings.workspace_prd: the app has no attribute workspace_prd (did you mean workspace_prod?)',
      'directory.groups[0].members[0]: no person adda at this point (did you mean ada?)',
      'steps[0] (assign user).user: no person bob at this point',
      'steps[2] (assign user).values.workspace_prod: "Editor" is not one of owner, editor, consumer, operator, viewer',
      'steps[2] (assign user).values.all_workspace: the app has no attribute all_workspace (did you mean all_workspaces?)',
      'steps[3] (push group).group: no group eng at this point (did you mean Eng?)',
      'steps[4] (check).expect.users.carol: no person carol at this point',
      'steps[4] (check).expect.server.groups.Ops: no group Ops at this point',
    ]);
  });

  it('points at the column of a broken expression or external name', () => {
    expect(
      errorsOf({
        name: 'n',
        app: {
          attributes: [{ variableName: 'team', externalName: 'teams..name' }],
          mappings: { title: 'user.title +' },
        },
        directory: {
          groupRules: [{ name: 'r', expression: 'user.department = "x"', assignTo: [] }],
        },
        steps: [{ do: 'change mapping', attribute: 'title', expression: 'toUpperCase(user.title' }],
      }),
    ).toEqual(['directory.groupRules[0].assignTo: Too small: expected array to have >=1 items']);
    expect(
      errorsOf({
        name: 'n',
        app: {
          attributes: [{ variableName: 'team', externalName: 'teams..name' }],
          mappings: { title: 'user.title +' },
        },
        directory: {
          groups: [{ name: 'G' }],
          groupRules: [{ name: 'r', expression: 'user.department = "x"', assignTo: ['G'] }],
        },
        steps: [{ do: 'change mapping', attribute: 'title', expression: 'toUpperCase(user.title' }],
      }),
    ).toEqual([
      "app.attributes[0].externalName: Expected an attribute name but found '.' at column 7",
      'app.mappings.title: Unexpected end of expression at column 13',
      "directory.groupRules[0].expression: '=' is not allowed at column 17",
      "steps[0] (change mapping).expression: Expected ',' or ')' but found end of expression at column 23",
    ]);
  });
});
