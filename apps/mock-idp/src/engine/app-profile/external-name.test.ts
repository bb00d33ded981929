import { describe, expect, it } from 'vitest';
import { ExternalNameError, externalNameProblem, parseExternalName } from './external-name.ts';

describe('parseExternalName (idp-wire-behavior §1.4)', () => {
  it('reads plain and dotted names', () => {
    expect(parseExternalName('userName').steps).toEqual([{ kind: 'attribute', name: 'userName' }]);
    expect(parseExternalName('name.givenName').steps).toEqual([
      { kind: 'attribute', name: 'name' },
      { kind: 'attribute', name: 'givenName' },
    ]);
  });

  it("reads the seed's role selector roles.^[type=='workspace_prod'].value", () => {
    expect(parseExternalName("roles.^[type=='workspace_prod'].value").steps).toEqual([
      { kind: 'attribute', name: 'roles' },
      { kind: 'select', key: 'type', value: 'workspace_prod' },
      { kind: 'attribute', name: 'value' },
    ]);
  });

  it('takes double quotes, bare values (Miro) and bare Booleans (Datadog)', () => {
    expect(parseExternalName('emails.^[type=="work"].value').steps[1]).toEqual({
      kind: 'select',
      key: 'type',
      value: 'work',
    });
    expect(parseExternalName('photos.^[type==photo].value').steps[1]).toEqual({
      kind: 'select',
      key: 'type',
      value: 'photo',
    });
    expect(parseExternalName('roles.^[primary==true].value').steps[1]).toEqual({
      kind: 'select',
      key: 'primary',
      value: true,
    });
    expect(parseExternalName("roles.^[ type == 'a b' ].value").steps[1]).toEqual({
      kind: 'select',
      key: 'type',
      value: 'a b',
    });
  });

  it('points at the column of what is wrong', () => {
    const cases: [string, number, RegExp][] = [
      ['', 1, /attribute name but found the end/],
      ['name..givenName', 6, /attribute name but found '\.'/],
      ["^[type=='x'].value", 1, /selector must follow/],
      ["roles.^[type=='x']", 19, /must end with an attribute/],
      ["roles.^[type=='x'].^[type=='y'].value", 20, /selector must follow/],
      ['name givenName', 5, /Expected '\.' but found ' '/],
    ];
    for (const [text, column, message] of cases) {
      let caught: unknown;
      try {
        parseExternalName(text);
      } catch (error) {
        caught = error;
      }
      expect(caught, text).toBeInstanceOf(ExternalNameError);
      expect((caught as ExternalNameError).column, text).toBe(column);
      expect((caught as ExternalNameError).message, text).toMatch(message);
    }
  });

  it('externalNameProblem is undefined for a valid name and the message otherwise', () => {
    expect(externalNameProblem("roles.^[type=='account_type'].value")).toBeUndefined();
    expect(externalNameProblem('roles.')).toBe(
      'Expected an attribute name but found the end at column 7',
    );
  });
});
