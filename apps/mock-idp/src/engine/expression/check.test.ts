import { describe, expect, it } from 'vitest';
import { checkExpression } from './index.ts';

describe('checkExpression', () => {
  it.each([
    'isMemberOfGroupName("ML Ops") ? "Owner" : "Viewer"',
    'user.firstName + " " + user.lastName',
    'String.toLowerCase(user.email)',
    'appuser.firstName',
    "'https://' + app.subdomain + '.example.com/scim2/'",
    'org.name + idpuser.firstName + session.amr[0]',
    "user.getGroups({'group.type': 'OKTA_GROUP'}).![name]",
    'user.emails.![type + value]',
    // Unknown attributes are fine: they are null for people without them (§9.2).
    'user.anyCustomAttribute',
  ])('accepts %s', (source) => {
    expect(checkExpression(source)).toEqual({ ok: true });
  });

  it.each([
    ['String.len(user.x))', "Unexpected ')' at column 19", 19, undefined],
    [
      'String.toLowr(user.email)',
      'Unknown function String.toLowr at column 1',
      1,
      'Did you mean String.toLowerCase?',
    ],
    ['user.x + "abc', 'Unterminated string starting at column 10', 10, undefined],
    ['user.x = "a"', "'=' is not allowed at column 8", 8, "Use '==' to compare"],
    ['usr.firstName', "Unknown name 'usr' at column 1", 1, 'Did you mean user?'],
    [
      'user.firstName + " " + lastName',
      "Unknown name 'lastName' at column 24",
      24,
      'Attributes need a root, e.g. user.lastName (roots: user, appuser, app, org, idpuser, session)',
    ],
    ['zendesk.firstName', "Unknown name 'zendesk' at column 1", 1, expect.any(String)],
    ['String.len()', 'String.len expects 1 argument (str), got 0 at column 1', 1, undefined],
  ])('reports %s → %s', (source, message, column, hint) => {
    const result = checkExpression(source);
    expect(result).toEqual(
      hint === undefined ? { ok: false, message, column } : { ok: false, message, column, hint },
    );
  });

  it('accepts app instance roots it is told about (§4)', () => {
    const apps = ['zendesk', 'office365'];
    expect(checkExpression('zendesk.firstName + office365_app.domain', { apps })).toEqual({
      ok: true,
    });
    expect(checkExpression('salesforce.firstName', { apps })).toMatchObject({
      ok: false,
      column: 1,
    });
  });

  it('applies the group-rule restrictions when asked (§1, §5.3, §6)', () => {
    const groupRule = { groupRule: true };
    expect(checkExpression('user.salary > 1000000 AND !user.isContractor', groupRule)).toEqual({
      ok: true,
    });
    expect(checkExpression('Arrays.contains(user.favoriteColors, "blue")', groupRule)).toEqual({
      ok: true,
    });
    expect(checkExpression('Convert.toInt("2018") == user.yearJoined', groupRule)).toEqual({
      ok: false,
      message: 'Convert.toInt cannot be used in group rules at column 1',
      column: 1,
    });
    expect(checkExpression('Time.now() != null', groupRule)).toMatchObject({
      ok: false,
      column: 1,
    });
    expect(checkExpression('user.x == appuser.x', groupRule)).toEqual({
      ok: false,
      message: "Group rules can only use user attributes, not 'appuser' at column 11",
      column: 11,
    });
    expect(checkExpression('Convert.toInt("2018") == user.yearJoined')).toEqual({ ok: true });
  });

  it('reports the bounds without throwing', () => {
    expect(checkExpression('x'.repeat(10_001))).toMatchObject({ ok: false, column: 10_001 });
    expect(checkExpression(`${'('.repeat(101)}1${')'.repeat(101)}`)).toEqual({
      ok: false,
      message: 'Expression is nested too deeply (more than 100 levels) at column 101',
      column: 101,
    });
  });
});
