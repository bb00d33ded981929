import { describe, expect, it } from 'vitest';
import type { ExpressionContext } from '../context.ts';
import { evaluateExpression } from '../index.ts';

const CONTEXT: ExpressionContext = {
  user: { firstName: 'Winston' },
  groups: [],
  internal: { id: '00u123', status: 'ACTIVE' },
  linkedObjects: { manager: { firstName: 'Clement', lastName: 'Attlee' }, assistant: null },
  manager: {
    user: { firstName: 'Neville' },
    appUsers: { google: { firstName: 'Nev' } },
  },
  assistant: { user: { firstName: 'Jock' } },
  directoryUsers: [{ sAMAccountName: 'wchurchill' }],
  workdayUsers: [{ employeeID: 'W-1' }],
};

const EMPTY: ExpressionContext = { user: {}, groups: [] };

function run(source: string, context = CONTEXT): unknown {
  return evaluateExpression(source, context);
}

describe('user methods and related people (§4, §5.5)', () => {
  it.each([
    ['user.getInternalProperty("status") == "ACTIVE"', true, false],
    ['user.getInternalProperty("id")', '00u123', null],
    ['user.getLinkedObject("manager").lastName', 'Attlee', null],
    ['user.getLinkedObject("assistant")', null, null],
    ['user.getLinkedObject("mentor")', null, null],
    ['getManagerUser("active_directory").firstName', 'Neville', null],
    ['getManagerAppUser("active_directory","google").firstName', 'Nev', null],
    ['getManagerAppUser("active_directory","zendesk")', null, null],
    ['getAssistantUser("active_directory").firstName', 'Jock', null],
    ['getAssistantAppUser("active_directory","google")', null, null],
    ['hasDirectoryUser()', true, false],
    ['findDirectoryUser().sAMAccountName', 'wchurchill', null],
    ['hasWorkdayUser()', true, false],
    // The documented idiom (§5.5).
    ['hasWorkdayUser() ? findWorkdayUser().employeeID : null', 'W-1', null],
  ])('%s → %j (with data) / %j (without)', (source, withData, without) => {
    expect(run(source)).toBe(withData);
    expect(run(source, EMPTY)).toBe(without);
  });

  it('finds nothing when there are several assignments (§5.5)', () => {
    const two: ExpressionContext = {
      ...CONTEXT,
      workdayUsers: [{ employeeID: 'a' }, { employeeID: 'b' }],
    };
    expect(run('hasWorkdayUser()', two)).toBe(true);
    expect(run('findWorkdayUser()', two)).toBeNull();
  });

  it.each([
    [
      'user.getInternalProperty("email")',
      'user.getInternalProperty supports "id" and "status", not "email" at column 1',
    ],
    [
      'getManagerUser("ldap")',
      'getManagerUser only supports the source "active_directory" at column 1',
    ],
    [
      'getAssistantAppUser(null, "google")',
      'getAssistantAppUser only supports the source "active_directory" at column 1',
    ],
  ])('%s → %s', (source, message) => {
    expect(() => run(source)).toThrow(message);
  });
});
