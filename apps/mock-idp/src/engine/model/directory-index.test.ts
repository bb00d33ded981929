import { describe, expect, it } from 'vitest';
import { assignGroup, assignUser } from './app-changes.ts';
import { addGroup, addGroupRule, addPerson, setGroupRuleActive } from './directory-changes.ts';
import { assignmentOf, buildDirectoryIndex } from './directory-index.ts';
import { peopleWithChangedGroups } from './membership-diff.ts';
import { createState } from './new-state.ts';
import type { IdpState } from './state.ts';

function org(): {
  state: IdpState;
  ada: string;
  bob: string;
  sales: string;
  eng: string;
  ruleId: string;
} {
  let state = createState({
    baseUrl: 'http://scim.test',
    auth: { type: 'bearer', token: 't' },
    idSeed: 'test0',
  });
  const person = (login: string, department: string) => {
    const added = addPerson(state, {
      profile: { login, firstName: login, lastName: 'X', email: login, department },
    });
    state = added.state;
    return added.personId;
  };
  const ada = person('ada@example.com', 'Engineering');
  const bob = person('bob@example.com', 'Sales');
  const sales = addGroup(state, { name: 'Sales' });
  state = sales.state;
  const eng = addGroup(state, { name: 'Engineering', members: [bob] });
  state = eng.state;
  const rule = addGroupRule(state, {
    name: 'Sales by department',
    expression: 'String.stringContains(user.department, "Sales")',
    assignTo: [sales.groupId],
  });
  return {
    state: rule.state,
    ada,
    bob,
    sales: sales.groupId,
    eng: eng.groupId,
    ruleId: rule.ruleId,
  };
}

describe('group membership with group rules', () => {
  it('combines static members and rule members', () => {
    const { state, ada, bob, sales, eng } = org();
    const index = buildDirectoryIndex(state);
    expect(index.membersOf(sales)).toEqual([bob]);
    expect(index.membersOf(eng)).toEqual([bob]);
    expect(index.groupIdsOf(bob)).toEqual([sales, eng]);
    expect(index.groupIdsOf(ada)).toEqual([]);
    expect(index.expressionGroupsOf(bob).map((group) => group.name)).toEqual([
      'Sales',
      'Engineering',
    ]);
  });

  it('drops rule members when the rule is deactivated, and says whose groups changed', () => {
    const { state, bob, sales, ruleId } = org();
    const inactive = setGroupRuleActive(state, ruleId, false);
    expect(buildDirectoryIndex(inactive).membersOf(sales)).toEqual([]);
    expect(peopleWithChangedGroups(state, inactive)).toEqual([bob]);
    expect(peopleWithChangedGroups(state, state)).toEqual([]);
  });

  it('rejects rule expressions that group rules cannot use, with the column', () => {
    const { state, sales } = org();
    expect(() =>
      addGroupRule(state, {
        name: 'r',
        expression: 'Convert.toInt(user.age) > 3',
        assignTo: [sales],
      }),
    ).toThrow(/Group rule r: Convert\.toInt cannot be used in group rules at column 1/);
    expect(() =>
      addGroupRule(state, { name: 'r', expression: 'user.a ==', assignTo: [sales] }),
    ).toThrow(/at column/);
  });
});

describe('assignmentOf', () => {
  it('sees direct assignments and assignments through groups, rules included, in priority order', () => {
    const { state: base, ada, bob, sales, eng } = org();
    let state = assignGroup(base, eng, { title: 'Seller' });
    state = assignGroup(state, sales, {});
    state = assignUser(state, ada, {});
    const index = buildDirectoryIndex(state);
    expect(assignmentOf(state, index, ada)).toEqual({
      direct: { personId: ada, values: {} },
      viaGroups: [],
      assigned: true,
    });
    expect(assignmentOf(state, index, bob).viaGroups.map((a) => a.groupId)).toEqual([eng, sales]);
  });
});
