import { describe, expect, it } from 'vitest';
import type { ExpressionAst, PathStep } from './ast.ts';
import { ExpressionError } from './errors.ts';
import { MAX_NESTING, MAX_SOURCE_LENGTH } from './limits.ts';
import { parseExpression } from './parser.ts';

/** The tree as a fully parenthesised string, so precedence is visible at a glance. */
function show(node: ExpressionAst): string {
  switch (node.type) {
    case 'literal':
      return typeof node.value === 'string' ? JSON.stringify(node.value) : String(node.value);
    case 'list':
      return `{${node.items.map(show).join(', ')}}`;
    case 'map':
      return `{${node.entries.map((entry) => `${JSON.stringify(entry.key)}: ${show(entry.value)}`).join(', ')}}`;
    case 'name':
      return node.name;
    case 'call':
      return `${node.name}(${node.args.map(show).join(', ')})`;
    case 'unary':
      return `(${node.operator}${show(node.operand)})`;
    case 'binary':
      return `(${[show(node.first), ...node.rest.map((link) => `${link.operator} ${show(link.operand)}`)].join(' ')})`;
    case 'ternary':
      return `(${show(node.test)} ? ${show(node.consequent)} : ${show(node.alternate)})`;
    case 'path':
      return show(node.base) + node.steps.map(showStep).join('');
  }
}

function showStep(step: PathStep): string {
  switch (step.kind) {
    case 'property':
      return `.${step.name}`;
    case 'index':
      return `[${show(step.index)}]`;
    case 'projection':
      return `.![${show(step.body)}]`;
    case 'method':
      return `.${step.function.split('.')[1] ?? ''}(${step.args.map(show).join(', ')})`;
  }
}

function parseFailure(source: string) {
  try {
    parseExpression(source);
  } catch (error) {
    if (!(error instanceof ExpressionError)) throw error;
    return { kind: error.kind, message: error.message, column: error.column, hint: error.hint };
  }
  throw new Error(`expected ${source} to fail`);
}

describe('precedence and associativity (§3)', () => {
  it.each([
    ['1 + 2 * 3', '(1 + (2 * 3))'],
    ['1 * 2 + 3', '((1 * 2) + 3)'],
    ['1 - 2 - 3', '(1 - 2 - 3)'],
    ['1 - 2 + 3', '(1 - 2 + 3)'],
    ['8 / 4 % 3 * 2', '(8 / 4 % 3 * 2)'],
    ['-a.b', '(-a.b)'],
    ['- -1', '(-(-1))'],
    ['-1 + 2', '((-1) + 2)'],
    ['a + b == c', '((a + b) == c)'],
    ['a < b + 1', '(a < (b + 1))'],
    ['a matches "x"', '(a matches "x")'],
    ['a MATCHES "x"', '(a matches "x")'],
    ['!a == b', '(!(a == b))'],
    ['!a AND b', '((!a) and b)'],
    ['!!a', '(!(!a))'],
    ['a + !b', '(a + (!b))'],
    ['a == !b', '(a == (!b))'],
    ['a AND b OR c', '((a and b) or c)'],
    ['a OR b AND c', '(a or (b and c))'],
    ['a and b && c And d', '(a and b and c and d)'],
    ['a or b || c OR d', '(a or b or c or d)'],
    ['a == 1 AND b != 2', '((a == 1) and (b != 2))'],
    ['a ?: b OR c', '(a ?: (b or c))'],
    ['a ?: b ?: c', '(a ?: b ?: c)'],
    ['a ? b : c', '(a ? b : c)'],
    ['a ?: b ? c : d', '((a ?: b) ? c : d)'],
    ['a ? b : c ? d : e', '(a ? b : (c ? d : e))'],
    ['a ? b ? c : d : e', '(a ? (b ? c : d) : e)'],
    ['a OR b ? c + 1 : d', '((a or b) ? (c + 1) : d)'],
    ['(a + b) * c', '((a + b) * c)'],
    ['((a))', 'a'],
  ])('%s parses as %s', (source, expected) => {
    expect(show(parseExpression(source))).toBe(expected);
  });
});

describe('primaries and postfix (§3)', () => {
  it.each([
    ['user.firstName', 'user.firstName'],
    ['user.address.city', 'user.address.city'],
    ['user.arrayProperty[0]', 'user.arrayProperty[0]'],
    ['{1,2,3}[0]', '{1, 2, 3}[0]'],
    ['{}', '{}'],
    ['{ }', '{}'],
    ['{{1}, {}}', '{{1}, {}}'],
    ['user["firstName"]', 'user["firstName"]'],
    ['a.![name]', 'a.![name]'],
    ['a.![name][0].x', 'a.![name][0].x'],
    ['String.len(x)', 'String.len(x)'],
    ['String.join(",", "a", "b")', 'String.join(",", "a", "b")'],
    ['isMemberOfGroupName("x")', 'isMemberOfGroupName("x")'],
    ['toLowerCase(user.email)', 'toLowerCase(user.email)'],
    ['hasWorkdayUser()', 'hasWorkdayUser()'],
    ['findWorkdayUser().employeeID', 'findWorkdayUser().employeeID'],
    ['user.getInternalProperty("id")', 'user.getInternalProperty("id")'],
    ['user.getLinkedObject("manager").lastName', 'user.getLinkedObject("manager").lastName'],
    [
      "user.getGroups({'group.type': {'OKTA_GROUP'}}, {'group.profile.name': 'A', 'operator': 'EXACT'}).![name]",
      '{"group.type": {"OKTA_GROUP"}}, {"group.profile.name": "A", "operator": "EXACT"}',
    ],
    ['Arrays.size({1, 2})', 'Arrays.size({1, 2})'],
    ['$attr', '$attr'],
  ])('%s', (source, expected) => {
    expect(show(parseExpression(source))).toContain(expected);
  });

  it('keeps a long property chain flat', () => {
    const source = `user${'.a'.repeat(3000)}`;
    const ast = parseExpression(source);
    expect(ast.type === 'path' && ast.steps.length).toBe(3000);
  });

  it('records the columns errors will point at', () => {
    expect(parseExpression('user.firstName + "x"')).toEqual({
      type: 'binary',
      column: 1,
      first: {
        type: 'path',
        column: 1,
        base: { type: 'name', name: 'user', column: 1 },
        steps: [{ kind: 'property', name: 'firstName', column: 6 }],
      },
      rest: [{ operator: '+', column: 16, operand: { type: 'literal', value: 'x', column: 18 } }],
    });
    expect(parseExpression('a ? 1 : 2')).toMatchObject({ column: 1, questionColumn: 3 });
    expect(parseExpression('  String.len("x")')).toMatchObject({ type: 'call', column: 3 });
  });
});

describe('keywords are case-insensitive; names are not (§2, §4)', () => {
  it.each([
    ['TRUE', 'true'],
    ['fAlSe', 'false'],
    ['NULL', 'null'],
    ['a AnD b', '(a and b)'],
    ['a Or b', '(a or b)'],
  ])('%s parses as %s', (source, expected) => {
    expect(show(parseExpression(source))).toBe(expected);
  });

  it('keeps property names that look like keywords', () => {
    expect(show(parseExpression('user.null + user.and'))).toBe('(user.null + user.and)');
  });
});

describe('syntax errors name the token and its column', () => {
  it.each([
    ['', 'Expression is empty at column 1', 1],
    ['   ', 'Expression is empty at column 1', 1],
    ['String.len(user.x))', "Unexpected ')' at column 19", 19],
    ['(user.firstName + ))', "Unexpected ')' at column 19", 19],
    ['user.firstName +', 'Unexpected end of expression at column 17', 17],
    ['user.firstName user.lastName', "Unexpected 'user' at column 16", 16],
    ['1 2', 'Unexpected number 2 at column 3', 3],
    ['"a" "b"', 'Unexpected string "b" at column 5', 5],
    ['user.', "Expected a property name after '.' but found end of expression at column 6", 6],
    ['user.1', "Expected a property name after '.' but found number 1 at column 6", 6],
    ['(1 + 2', "Expected ')' but found end of expression at column 7", 7],
    ['{1, 2', "Expected ',' or '}' but found end of expression at column 6", 6],
    ['{1, }', "Unexpected '}' at column 5", 5],
    ['{1 2}', "Expected ',' or '}' but found number 2 at column 4", 4],
    ['String.len("a"', "Expected ',' or ')' but found end of expression at column 15", 15],
    ['String.len("a",)', "Unexpected ')' at column 16", 16],
    ['a[1', "Expected ']' but found end of expression at column 4", 4],
    ['a.![x', "Expected ']' but found end of expression at column 6", 6],
    ['a ? b', "Expected ':' but found end of expression at column 6", 6],
    ['a ? b c', "Expected ':' but found 'c' at column 7", 7],
    ['a : b', "Unexpected ':' at column 3", 3],
    ['AND b', "Unexpected 'AND' at column 1", 1],
    ['a OR', 'Unexpected end of expression at column 5', 5],
    ['matches', "Unexpected 'matches' at column 1", 1],
    ['1 < 2 < 3', "Comparisons cannot be chained: unexpected '<' at column 7", 7],
    ['a == b == c', "Comparisons cannot be chained: unexpected '==' at column 8", 8],
    ['x instanceof y', "'instanceof' is not supported at column 3", 3],
    ['x between {1, 2}', "'between' is not supported at column 3", 3],
    ['new Foo()', "'new' is not supported at column 1", 1],
    ['T(java.lang.Math)', 'Type references T(...) are not supported at column 1', 1],
    ['?', "Unexpected '?' at column 1", 1],
    ['a ?. b', "Unexpected '.' at column 4", 4],
    ['String', "Expected '.' but found end of expression at column 7", 7],
    ['String.len', "Expected '(' after String.len but found end of expression at column 11", 11],
    ['String.(x)', "Expected a function name after 'String.' but found '(' at column 8", 8],
    ["{'a': 1}", 'Inline maps are only allowed as user.getGroups criteria at column 1', 1],
    [
      "String.len({'a': 1})",
      'Inline maps are only allowed as user.getGroups criteria at column 12',
      12,
    ],
    ["user.getGroups({'a': 1, 'a': 2})", "Duplicate key 'a' at column 25", 25],
    ["user.getGroups({'a': 1 'b'})", "Expected ',' or '}' but found string 'b' at column 24", 24],
    ["user.getGroups({'a': 1, b: 2})", "Expected a quoted key but found 'b' at column 25", 25],
  ])('%j → %s', (source, message, column) => {
    expect(parseFailure(source)).toMatchObject({ kind: 'syntax', message, column });
  });

  it('says which bracket is left open', () => {
    expect(parseFailure('(1 + 2').hint).toBe("To close the '(' at column 1");
    expect(parseFailure('a ? b').hint).toBe(
      "The '?' at column 3 needs a ':' (condition ? value : otherValue)",
    );
    expect(parseFailure('x + String.len("a"').hint).toBe(
      "To close the '(' of String.len at column 15",
    );
    expect(parseFailure('1 < 2 < 3').hint).toBe('Combine comparisons with AND');
  });
});

describe('unknown functions and argument counts are syntax errors', () => {
  it.each([
    [
      'String.toLowr(user.email)',
      'Unknown function String.toLowr at column 1',
      1,
      'Did you mean String.toLowerCase?',
    ],
    [
      'x + String.lenn("a")',
      'Unknown function String.lenn at column 5',
      5,
      'Did you mean String.len?',
    ],
    ['string.len("a")', 'Unknown function string.len at column 1', 1, 'Did you mean String.len?'],
    ['STRING.len("a")', 'Unknown function STRING.len at column 1', 1, 'Did you mean String.len?'],
    ['Arrays.length({1})', 'Unknown function Arrays.length at column 1', 1, undefined],
    [
      'ismemberofgroupname("x")',
      'Unknown function ismemberofgroupname at column 1',
      1,
      'Did you mean isMemberOfGroupName?',
    ],
    ['frobnicate(1)', 'Unknown function frobnicate at column 1', 1, undefined],
    ['user.getFoo()', 'Unknown function user.getFoo at column 1', 1, undefined],
    [
      'appuser.getGroups()',
      'Unknown function appuser.getGroups at column 1',
      1,
      'Did you mean user.getGroups?',
    ],
    [
      'user.firstName.toUpperCase()',
      'Unknown function toUpperCase at column 16',
      16,
      'Call it as String.toUpperCase(value)',
    ],
    [
      "'x'.substring(1)",
      'Unknown function substring at column 5',
      5,
      'Call it as String.substring(value)',
    ],
    [
      'Groups.contains("app", "x", 10)',
      'Groups.contains is only available in group claims, not in mappings at column 1',
      1,
      undefined,
    ],
  ])('%s → %s', (source, message, column, hint) => {
    expect(parseFailure(source)).toEqual({ kind: 'syntax', message, column, hint });
  });

  it.each([
    ['String.len("a", "b")', 'String.len expects 1 argument (str), got 2 at column 1'],
    ['String.len()', 'String.len expects 1 argument (str), got 0 at column 1'],
    [
      'String.substring("a", 1)',
      'String.substring expects 3 arguments (str, start, end), got 2 at column 1',
    ],
    [
      'String.join()',
      'String.join expects at least 1 argument (separator, str, ...), got 0 at column 1',
    ],
    [
      'Time.now("UTC", "yyyy", 1)',
      'Time.now expects at most 2 arguments (timeZone?, pattern?), got 3 at column 1',
    ],
    [
      'String.stringSwitch("in", "default", "key")',
      'String.stringSwitch (input, default, key1, value1, ...): every key needs a value after the default at column 1',
    ],
    ['hasWorkdayUser(1)', 'hasWorkdayUser expects 0 arguments (), got 1 at column 1'],
    [
      'isMemberOfAnyGroup()',
      'isMemberOfAnyGroup expects at least 1 argument (groupId, ...), got 0 at column 1',
    ],
  ])('%s → %s', (source, message) => {
    expect(parseFailure(source)).toMatchObject({ kind: 'syntax', message, column: 1 });
  });
});

describe('bounds', () => {
  it(`accepts exactly ${MAX_SOURCE_LENGTH} characters`, () => {
    const source = `"${'a'.repeat(MAX_SOURCE_LENGTH - 2)}"`;
    expect(source).toHaveLength(MAX_SOURCE_LENGTH);
    expect(parseExpression(source)).toMatchObject({ type: 'literal' });
  });

  it('rejects longer sources before reading them', () => {
    const source = `"${'a'.repeat(MAX_SOURCE_LENGTH - 1)}"`;
    expect(parseFailure(source)).toEqual({
      kind: 'syntax',
      message: 'Expression is too long (10001 characters; the limit is 10000) at column 10001',
      column: 10_001,
      hint: undefined,
    });
  });

  const nestings: [string, (depth: number) => string, (depth: number) => number][] = [
    ['parentheses', (n) => `${'('.repeat(n)}1${')'.repeat(n)}`, (n) => n],
    [
      'function calls',
      (n) => `${'String.len('.repeat(n)}"x"${')'.repeat(n)}`,
      (n) => (n - 1) * 11 + 12,
    ],
    ['lists', (n) => `${'{'.repeat(n)}1${'}'.repeat(n)}`, (n) => n + 1],
    ['indexes', (n) => `a${'[0'.repeat(n)}${']'.repeat(n)}`, (n) => 2 * n],
    ['! operators', (n) => `${'!'.repeat(n)}true`, (n) => n],
    ['- operators', (n) => `${'- '.repeat(n)}1`, (n) => 2 * n - 1],
    // The consequent of the 101st '?' is the 101st level.
    ['ternaries', (n) => `${'true ? 1 : '.repeat(n)}2`, (n) => 11 * n - 5],
  ];

  it.each(nestings)(`allows ${MAX_NESTING} levels of nested %s`, (_name, build) => {
    expect(() => parseExpression(build(MAX_NESTING))).not.toThrow();
  });

  it.each(nestings)(
    `rejects ${MAX_NESTING + 1} levels of nested %s at the opener`,
    (_name, build, column) => {
      expect(parseFailure(build(MAX_NESTING + 1))).toMatchObject({
        kind: 'syntax',
        message: `Expression is nested too deeply (more than 100 levels) at column ${column(MAX_NESTING + 1)}`,
      });
    },
  );

  it('rejects 5,000 nested parentheses with an error, not a stack overflow', () => {
    expect(parseFailure(`${'('.repeat(4999)}1${')'.repeat(4999)}`).message).toBe(
      'Expression is nested too deeply (more than 100 levels) at column 101',
    );
  });
});
