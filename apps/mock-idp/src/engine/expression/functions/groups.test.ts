import { describe, expect, it } from 'vitest';
import type { ExpressionContext, ExpressionOptions } from '../context.ts';
import { ExpressionError } from '../errors.ts';
import { evaluateExpression, parseExpression } from '../index.ts';

// The docs' sample user for user.getGroups (§5.4): Everyone, West Coast Users, West Coast
// Admins and two "Engineering Users" from different sources; plus ML Ops from the task.
const CONTEXT: ExpressionContext = {
  user: {},
  groups: [
    { id: '00g-everyone', name: 'Everyone' },
    { id: '00g-wcu', name: 'West Coast Users' },
    { id: '00g-wca', name: 'West Coast Admins' },
    { id: '00g-eng-okta', name: 'Engineering Users' },
    { id: '00g-eng-ad', name: 'Engineering Users', type: 'APP_GROUP', sourceId: '0oa-ad' },
    { id: '00g-mlops', name: 'ML Ops', description: 'Model operations' },
  ],
};

const NOBODY: ExpressionContext = { user: {}, groups: [] };

function run(source: string, context = CONTEXT, options?: ExpressionOptions): unknown {
  return evaluateExpression(source, context, options);
}

function failure(source: string, context = CONTEXT) {
  try {
    run(source, context);
  } catch (error) {
    if (!(error instanceof ExpressionError)) throw error;
    return { kind: error.kind, message: error.message, column: error.column };
  }
  throw new Error(`expected ${source} to fail`);
}

describe('isMemberOf* (§5.4)', () => {
  it.each([
    ['isMemberOfGroupName("ML Ops") ? "Owner" : "Viewer"', 'Owner', 'Viewer'],
    ['isMemberOfGroupName("group1")', false, false],
    ['isMemberOfGroupName("Engineering Users")', true, false],
    // Exact, case-sensitive name.
    ['isMemberOfGroupName("ml ops")', false, false],
    ['isMemberOfGroupName("ML Op")', false, false],
    ['isMemberOfGroupName(null)', false, false],
    ['isMemberOfGroup("00g-eng-ad")', true, false],
    ['isMemberOfGroup("00G-ENG-AD")', false, false],
    ['isMemberOfAnyGroup("id1","id2","id3")', false, false],
    ['isMemberOfAnyGroup("id1","00g-mlops","id3")', true, false],
    ['isMemberOfAnyGroup({"id1", "00g-wca"})', true, false],
    ['isMemberOfGroupNameStartsWith("West C")', true, false],
    ['isMemberOfGroupNameStartsWith("Coast")', false, false],
    ['isMemberOfGroupNameStartsWith("west")', false, false],
    ['isMemberOfGroupNameContains("Admin")', true, false],
    ['isMemberOfGroupNameContains("admin")', false, false],
    ['isMemberOfGroupNameContains("Nope")', false, false],
    // The documented example: the slashes are delimiters, the match is whole and case-sensitive.
    ['isMemberOfGroupNameRegex("/.*admin.*")', false, false],
    ['isMemberOfGroupNameRegex("/.*Admin.*")', true, false],
    ['isMemberOfGroupNameRegex("/.*Admins/")', true, false],
    ['isMemberOfGroupNameRegex(".*Admins")', true, false],
    ['isMemberOfGroupNameRegex("West")', false, false],
    ['isMemberOfGroupNameRegex("(?i)ml ops")', true, false],
    ['isMemberOfGroupNameRegex("/")', false, false],
  ])('%s → %j (member) / %j (no groups)', (source, member, nobody) => {
    expect(run(source)).toBe(member);
    expect(run(source, NOBODY)).toBe(nobody);
  });

  it('keeps the slashes with groupRegexSlashes: literal', () => {
    const literal: ExpressionOptions = { groupRegexSlashes: 'literal' };
    expect(run('isMemberOfGroupNameRegex("/.*Admins/")', CONTEXT, literal)).toBe(false);
    const slashed: ExpressionContext = { user: {}, groups: [{ id: '1', name: '/x/' }] };
    expect(run('isMemberOfGroupNameRegex("/x/")', slashed, literal)).toBe(true);
    expect(run('isMemberOfGroupNameRegex("/x/")', slashed)).toBe(false);
  });

  it('reports a bad regex at the call instead of throwing SyntaxError', () => {
    expect(failure('true AND isMemberOfGroupNameRegex("/(admin/")')).toEqual({
      kind: 'evaluation',
      message: "Invalid regular expression '(admin': Unterminated group at column 10",
      column: 10,
    });
  });
});

describe('user.getGroups (§5.4)', () => {
  it.each([
    // Documented examples, verbatim: Everyone is BUILT_IN, so only West Coast Admins.
    [
      "user.getGroups({'group.type': {'OKTA_GROUP'}}, {'group.profile.name': {'Everyone','West Coast Admins'}}).![name]",
      ['West Coast Admins'],
    ],
    ["user.getGroups({'group.profile.name': 'East Coast.*'})", []],
    // STARTS_WITH is the default operator; EXACT must match the whole name.
    [
      "user.getGroups({'group.profile.name': 'West Coast'}).![name]",
      ['West Coast Users', 'West Coast Admins'],
    ],
    ["user.getGroups({'group.profile.name': 'West Coast', 'operator': 'EXACT'}).![name]", []],
    ["user.getGroups({'group.profile.name': 'ML Ops', 'operator': 'exact'}).![id]", ['00g-mlops']],
    [
      "user.getGroups({'group.profile.name': 'West', 'operator': 'STARTS_WITH'}).![id]",
      ['00g-wcu', '00g-wca'],
    ],
    [
      "user.getGroups({'group.id': {'00g-wcu', '00g-mlops', 'other'}}).![name]",
      ['West Coast Users', 'ML Ops'],
    ],
    ["user.getGroups({'group.source.id': '0oa-ad'}).![id]", ['00g-eng-ad']],
    ["user.getGroups({'group.type': 'APP_GROUP'}).![id]", ['00g-eng-ad']],
    ["user.getGroups({'group.type': 'BUILT_IN'}).![name]", ['Everyone']],
    // Several keys in one map are AND too.
    [
      "user.getGroups({'group.type': 'OKTA_GROUP', 'group.profile.name': 'Engineering'}).![id]",
      ['00g-eng-okta'],
    ],
    ["Arrays.size(user.getGroups({'group.type': {'OKTA_GROUP', 'APP_GROUP'}}))", 5],
    ['Arrays.size(user.getGroups())', 6],
    ["user.getGroups({'group.id': '00g-mlops'})[0].profile.name", 'ML Ops'],
    ["user.getGroups({'group.id': '00g-mlops'})[0].description", 'Model operations'],
    ["user.getGroups({'group.id': '00g-eng-ad'})[0].source.id", '0oa-ad'],
  ])('%s → %j', (source, expected) => {
    expect(run(source)).toEqual(expected);
  });

  it.each([
    [
      "user.getGroups({'group.name': 'x'})",
      "Unknown user.getGroups criterion 'group.name' at column 1",
    ],
    [
      "user.getGroups({'group.profile.name': 'x', 'operator': 'REGEX'})",
      "user.getGroups operator must be EXACT or STARTS_WITH, got 'REGEX' at column 1",
    ],
    [
      'user.getGroups("OKTA_GROUP")',
      "user.getGroups expects criteria such as {'group.type': 'OKTA_GROUP'}, got a string at column 1",
    ],
  ])('%s → %s', (source, message) => {
    expect(failure(source)).toEqual({ kind: 'evaluation', message, column: 1 });
  });

  it('only accepts inline maps as its own arguments', () => {
    expect(() => parseExpression("user.getGroups(String.len({'a': 1}))")).toThrow(
      'Inline maps are only allowed as user.getGroups criteria at column 27',
    );
  });
});

describe('getFilteredGroups (§5.4)', () => {
  it.each([
    [
      'getFilteredGroups({"00g-mlops", "00g-wca"}, "group.name", 40)',
      ['ML Ops', 'West Coast Admins'],
    ],
    [
      'getFilteredGroups({"00g-wca", "00g-mlops"}, "group.name", 40)',
      ['West Coast Admins', 'ML Ops'],
    ],
    ['getFilteredGroups({"00g-wca", "00g-mlops"}, "group.name", 1)', ['West Coast Admins']],
    ['getFilteredGroups({"00g-wca", "nope"}, "group.id", 40)', ['00g-wca']],
    [
      'getFilteredGroups("00g-wca,00g-mlops", "group.profile.name", 40)',
      ['West Coast Admins', 'ML Ops'],
    ],
    ["getFilteredGroups({'00g-mlops'}, 'toUpperCase(group.name) + \"!\"', 40)", ['ML OPS!']],
    ['getFilteredGroups({}, "group.name", 40)', []],
    ['getFilteredGroups(null, "group.name", 40)', []],
  ])('%s → %j', (source, expected) => {
    expect(run(source)).toEqual(expected);
  });

  it('names the call when the group expression is wrong', () => {
    expect(failure('getFilteredGroups({"00g-wca"}, "grp.name", 40)')).toEqual({
      kind: 'evaluation',
      message:
        'getFilteredGroups expression "grp.name", column 1: Unknown name \'grp\' at column 1',
      column: 1,
    });
    expect(failure('"x" + getFilteredGroups({"00g-wca"}, "group.name +", 40)').message).toBe(
      'getFilteredGroups expression "group.name +", column 13: Unexpected end of expression at column 7',
    );
  });

  it.each([
    [
      'getFilteredGroups({"00g-wca"}, null, 40)',
      'getFilteredGroups needs an expression such as "group.name" at column 1',
    ],
    [
      'getFilteredGroups({"00g-wca"}, "group.name", 0)',
      'getFilteredGroups needs a limit of at least 1 at column 1',
    ],
  ])('%s → %s', (source, message) => {
    expect(failure(source).message).toBe(message);
  });

  it('does not leak the group root outside its expression', () => {
    expect(failure('group.name').message).toBe("Unknown name 'group' at column 1");
  });
});

describe('Groups.* are group-claim only (§5.4)', () => {
  it.each(['Groups.contains', 'Groups.startsWith', 'Groups.endsWith'])('%s is refused', (name) => {
    expect(() => parseExpression(`${name}("active_directory", "admin", 10)`)).toThrow(
      `${name} is only available in group claims, not in mappings at column 1`,
    );
  });
});
