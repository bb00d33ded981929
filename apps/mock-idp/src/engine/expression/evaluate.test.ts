import { describe, expect, it } from 'vitest';
import type { ExpressionContext, ExpressionOptions } from './context.ts';
import { ExpressionError } from './errors.ts';
import { evaluateAst, evaluateExpression, parseExpression } from './index.ts';

// The docs' sample user (okta-expression-language §8) plus attributes the samples use.
const CONTEXT: ExpressionContext = {
  user: {
    login: 'winston.churchill@gmail.com',
    email: 'winston.churchill@gmail.com',
    firstName: 'Winston',
    lastName: 'Churchill',
    middleName: null,
    nickName: '',
    salary: 2_000_000,
    isContractor: false,
    favoriteColors: ['red', 'blue'],
    address: { city: 'London', zip: null },
    emails: [
      { type: 'work', value: 'w@gov.uk' },
      { type: 'home', value: 'w@home.uk' },
    ],
  },
  appuser: { firstName: 'Winnie' },
  groups: [],
  app: { subdomain: 'acme' },
  org: { name: 'Acme', subDomain: 'acme' },
  idpuser: { firstName: 'W' },
  session: { amr: ['mfa', 'pwd'] },
  apps: {
    zendesk: { profile: { firstName: 'Z' }, settings: { companySubDomain: 'acme-zd' } },
  },
};

function run(source: string, context = CONTEXT, options?: ExpressionOptions): unknown {
  return evaluateExpression(source, context, options);
}

function failure(source: string, context = CONTEXT, options?: ExpressionOptions) {
  try {
    run(source, context, options);
  } catch (error) {
    if (!(error instanceof ExpressionError)) throw error;
    return { kind: error.kind, message: error.message, column: error.column, hint: error.hint };
  }
  throw new Error(`expected ${source} to fail`);
}

describe('literals (§2)', () => {
  it.each([
    ['"double"', 'double'],
    ["'single'", 'single'],
    ['""', ''],
    ["'it''s'", "it's"],
    ['"say ""hi"""', 'say "hi"'],
    ['"it\'s"', "it's"],
    ['\'say "hi"\'', 'say "hi"'],
    ['1234', 1234],
    ['3.141', 3.141],
    ['0', 0],
    ['true', true],
    ['false', false],
    ['True', true],
    ['TRUE', true],
    ['False', false],
    ['null', null],
    ['NULL', null],
    ['Null', null],
    ['{}', []],
    ['{ }', []],
    ['{1, "a", null, true}', [1, 'a', null, true]],
    ['{{1}, {}}', [[1], []]],
  ])('%s → %j', (source, expected) => {
    expect(run(source)).toEqual(expected);
  });
});

describe('backslash is not an escape (§2)', () => {
  it.each([
    ['"\\"', '\\'],
    ["'\\'", '\\'],
    ['"XDOMAIN\\"', 'XDOMAIN\\'],
    ['"a\\nb"', 'a\\nb'],
    ['"\\t"', '\\t'],
    ['"C:\\Users\\"', 'C:\\Users\\'],
    ['"\\" + "x"', '\\x'],
  ])('%s → %j', (source, expected) => {
    expect(run(source)).toBe(expected);
  });

  it('keeps the one-character backslash string one character long', () => {
    expect(run('String.len("\\")')).toBe(1);
  });
});

describe('arithmetic and concatenation (§3, §7)', () => {
  it.each([
    ['1 + 2', 3],
    ['10 - 4', 6],
    ['6 * 7', 42],
    ['7 / 2', 3],
    ['-7 / 2', -3],
    ['7.5 / 2', 3.75],
    ['7 % 3', 1],
    ['-7 % 3', -1],
    ['1.5 + 1.25', 2.75],
    ['-5', -5],
    ['- -5', 5],
    ['-(1 + 2)', -3],
    ['-0', 0],
    ['user.firstName + user.lastName', 'WinstonChurchill'],
    ['user.firstName + "." + user.lastName', 'Winston.Churchill'],
    ['user.firstName + " " + user.lastName', 'Winston Churchill'],
    ['"n=" + 5', 'n=5'],
    ['5 + "=n"', '5=n'],
    ['"x" + 1.5', 'x1.5'],
    ['"x" + true', 'xtrue'],
    ['"x" + {1, 2}', 'x1,2'],
    ['"a" + 1 + 2', 'a12'],
    ['1 + 2 + "a"', '3a'],
    ['"" + ""', ''],
  ])('%s → %j', (source, expected) => {
    expect(run(source)).toEqual(expected);
  });

  it('keeps a 5,000-term flat chain iterative (no stack overflow)', () => {
    expect(run(Array.from({ length: 5000 }, () => '1').join('+'))).toBe(5000);
  });
});

describe('null in + (§7): SpEL by default, "" with nullConcat: empty', () => {
  it.each([
    ['"a" + null', 'anull', 'a'],
    ['null + "a"', 'nulla', 'a'],
    ['user.firstName + " " + user.middleName', 'Winston null', 'Winston '],
    ['"x" + user.unknownAttribute', 'xnull', 'x'],
    ['"x" + {1, null}', 'x1,', 'x1,'],
  ])('%s → %j (spel) / %j (empty)', (source, spel, empty) => {
    expect(run(source)).toBe(spel);
    expect(run(source, CONTEXT, { nullConcat: 'empty' })).toBe(empty);
  });

  it('cannot add null to null in SpEL mode, but joins them as "" in empty mode', () => {
    expect(failure('user.middleName + null')).toMatchObject({
      kind: 'evaluation',
      message: "Operator '+' cannot add null and null at column 17",
      column: 17,
      hint: 'Give a default with ?: (for example user.middleName ?: "")',
    });
    expect(run('user.middleName + null', CONTEXT, { nullConcat: 'empty' })).toBe('');
  });
});

describe('comparisons (§6)', () => {
  it.each([
    ['1 == 1', true],
    ['1 == 1.0', true],
    ['1 != 2', true],
    ['"Abc" == "Abc"', true],
    ['"Abc" == "abc"', false],
    ['"Abc" != "abc"', true],
    ['"123" == 123', false],
    ['true == true', true],
    ['null == null', true],
    ['null == ""', false],
    ['null != ""', true],
    ['user.unknownAttribute == null', true],
    ['user.nickName == ""', true],
    ['{1, 2} == {1, 2}', true],
    ['{1, 2} == {2, 1}', false],
    ['1 < 2', true],
    ['2 < 1', false],
    ['2 > 1', true],
    ['2 <= 2', true],
    ['3 <= 2', false],
    ['2 >= 2', true],
    ['1 >= 2', false],
    ['1.5 < 2', true],
    ['user.salary >= 1000000', true],
    ['"a" < "b"', true],
    ['"B" < "a"', true],
    // Version strings compare lexicographically (§6).
    ['"10.0" < "9.0"', true],
    ['false < true', true],
    ['null < 1', true],
    ['1 > null', true],
    ['null <= null', true],
    ['null >= null', true],
  ])('%s → %s', (source, expected) => {
    expect(run(source)).toBe(expected);
  });

  it.each([
    ['1 < "2"', "Cannot compare a number with a string using '<' at column 3", 3],
    ['"a" >= true', "Cannot compare a string with a Boolean using '>=' at column 5", 5],
    ['{1} > {0}', "Cannot compare an array with an array using '>' at column 5", 5],
  ])('%s fails: %s', (source, message, column) => {
    expect(failure(source)).toMatchObject({ kind: 'evaluation', message, column });
  });

  it('hints at Convert.toNum when text meets a number', () => {
    expect(failure('1 < "2"').hint).toBe('Convert.toNum(text) turns text into a number');
  });
});

describe('matches (§6): whole-string Java regex', () => {
  it.each([
    ['"California-North-Sales" matches "California-[a-zA-Z]+-Sales"', true],
    ['"California-North-Sales" MATCHES "California-[a-zA-Z]+-Sales"', true],
    ['"California-North-Sales" Matches "California-[0-9]+-Sales"', false],
    ['"Senior Engineer" matches "Engineer"', false],
    ['"Senior Engineer" matches ".*Engineer"', true],
    ['"ENGINEER" matches "(?i)engineer"', true],
    ['"ENGINEER" matches "engineer"', false],
    ['"a|b" matches "a\\|b"', true],
    ['"ab" matches "a|ab"', true],
    ['12 matches "[0-9]+"', true],
    ['user.unknownAttribute matches ".*"', false],
  ])('%s → %s', (source, expected) => {
    expect(run(source)).toBe(expected);
  });

  it.each([
    ['"a" matches "("', "Invalid regular expression '(': Unterminated group at column 5"],
    ['"a" matches null', "'matches' needs a regular expression on its right, got null at column 5"],
    ['{1} matches "1"', "'matches' needs text on its left, got an array at column 5"],
    [
      '"a" matches "a(?i)b"',
      "Inline flags and atomic groups are not supported inside 'a(?i)b' at column 5",
    ],
  ])('%s fails: %s', (source, message) => {
    expect(failure(source)).toMatchObject({ kind: 'evaluation', message, column: 5 });
  });
});

describe('AND, OR, ! (§3, §6)', () => {
  it.each([
    ['true AND true', true],
    ['true AND false', false],
    ['true and true', true],
    ['true And false', false],
    ['true && true', true],
    ['false OR true', true],
    ['false OR false', false],
    ['false or true', true],
    ['false oR false', false],
    ['false || true', true],
    ['!true', false],
    ['!false', true],
    ['!!true', true],
    ['!user.isContractor', true],
    ['user.salary > 1000000 AND !user.isContractor', true],
    ['user.salary > 3000000 OR user.isContractor', false],
    ['true AND true AND false', false],
    ['false OR false OR true', true],
  ])('%s → %s', (source, expected) => {
    expect(run(source)).toBe(expected);
  });

  it.each([
    ['false AND (1 < "a")', false],
    ['true OR (1 < "a")', true],
    ['false AND false AND (1 < "a")', false],
    ['true OR false OR (1 < "a")', true],
    ['true ? 1 : (1 < "a")', 1],
    ['false ? (1 < "a") : 2', 2],
    ['"x" ?: (1 < "a")', 'x'],
  ])('short-circuits: %s → %j', (source, expected) => {
    expect(run(source)).toBe(expected);
  });

  it('evaluates the right side when it decides', () => {
    expect(failure('true AND (1 < "a")').message).toBe(
      "Cannot compare a number with a string using '<' at column 13",
    );
  });

  it.each([
    // A never-set attribute is not true (doc silent; null counts as false).
    ['user.unknownAttribute AND true', false],
    ['user.unknownAttribute OR true', true],
    ['!user.unknownAttribute', true],
    ['user.unknownAttribute ? "yes" : "no"', 'no'],
  ])('null counts as false: %s → %j', (source, expected) => {
    expect(run(source)).toBe(expected);
  });

  it.each([
    ['"yes" AND true', 'AND needs Boolean values, got a string at column 7', 7],
    ['true AND 1', 'AND needs Boolean values, got a number at column 6', 6],
    ['false OR "no"', 'OR needs Boolean values, got a string at column 7', 7],
    ['!"x"', "'!' needs a Boolean, got a string at column 1", 1],
    ['-"x"', "'-' needs a number, got a string at column 1", 1],
    ['"x" ? 1 : 2', "The condition before '?' must be a Boolean, got a string at column 5", 5],
  ])('%s fails: %s', (source, message, column) => {
    expect(failure(source)).toMatchObject({ kind: 'evaluation', message, column });
  });
});

describe('ternary and Elvis (§3, §6, §7)', () => {
  it.each([
    ['true ? "a" : "b"', 'a'],
    ['false ? "a" : "b"', 'b'],
    ['1 == 1 ? "a" : "b"', 'a'],
    ['true ? false ? 1 : 2 : 3', 2],
    ['false ? 1 : true ? 2 : 3', 2],
    ['false ? 1 : false ? 2 : 3', 3],
    ['true?1:2', 1],
    ['user.nickName ?: user.firstName', 'Winston'],
    ['user.middleName ?: user.firstName', 'Winston'],
    ['user.unknownAttribute ?: "fallback"', 'fallback'],
    ['user.lastName ?: "fallback"', 'Churchill'],
    ['0 ?: 1', 0],
    ['false ?: true', false],
    ['{} ?: 1', []],
    ['null ?: "" ?: "last"', 'last'],
    ['null ?: "second" ?: "last"', 'second'],
    ['null?:"x"', 'x'],
  ])('%s → %j', (source, expected) => {
    expect(run(source)).toEqual(expected);
  });
});

describe('precedence (§3): ternary/elvis < OR < AND < NOT < relational < + - < * / % < unary < postfix', () => {
  it.each([
    ['1 + 2 * 3', 7],
    ['(1 + 2) * 3', 9],
    ['2 * 3 + 4 * 5', 26],
    ['10 - 4 - 3', 3],
    ['100 / 10 / 5', 2],
    ['2 * 3 % 4', 2],
    ['1 - 2 + 3', 2],
    ['-2 * 3', -6],
    ['-2 + 3', 1],
    ['1 + 2 == 3', true],
    ['2 * 3 > 5', true],
    ['"a" + "b" == "ab"', true],
    ['true OR false AND false', true],
    ['(true OR false) AND false', false],
    ['false AND true OR true', true],
    ['false AND (true OR true)', false],
    // NOT sits above AND: (!false) AND false.
    ['!false AND false', false],
    ['!(false AND false)', true],
    // NOT sits below comparisons: !(1 == 2), not (!1) == 2.
    ['!1 == 2', true],
    ['!"a" == "b"', true],
    ['1 == 1 AND 2 == 2', true],
    ['1 == 2 OR 2 == 2', true],
    ['1 < 2 AND 3 > 2', true],
    ['null ?: false OR true', true],
    ['null ?: 1 + 1', 2],
    ['true ? 1 : 2 + 3', 1],
    ['false ? 1 : 2 + 3', 5],
    ['null ?: true ? "y" : "n"', 'y'],
    ['"" ?: false ? "y" : "n"', 'n'],
    ['{10, 20}[1] + 1', 21],
    ['-{5}[0]', -5],
    ['"x" + !false', 'xtrue'],
    ['true == !false', true],
  ])('%s → %j', (source, expected) => {
    expect(run(source)).toEqual(expected);
  });
});

describe('roots and attributes (§4)', () => {
  it.each([
    ['user.firstName', 'Winston'],
    ['user.login', 'winston.churchill@gmail.com'],
    ['appuser.firstName', 'Winnie'],
    ["'https://' + app.subdomain + '.example.com/scim2/'", 'https://acme.example.com/scim2/'],
    ['org.name', 'Acme'],
    ['org.subDomain', 'acme'],
    ['idpuser.firstName', 'W'],
    ['session.amr', ['mfa', 'pwd']],
    ['zendesk.firstName', 'Z'],
    ['zendesk_app.companySubDomain', 'acme-zd'],
    ['user.address.city', 'London'],
    ['user.address.zip', null],
    ['user.address.country', null],
    // Unknown attributes are null (§9.2); names are case-sensitive (§4).
    ['user.unknownAttribute', null],
    ['user.FirstName', null],
    ['user.unknownAttribute.deeper', null],
    // Own properties only: nothing leaks from Object.prototype.
    ['user.constructor', null],
    ['user.toString', null],
    ['user.__proto__', null],
  ])('%s → %j', (source, expected) => {
    expect(run(source)).toEqual(expected);
  });

  it('reads a known root the context leaves out as null', () => {
    const bare: ExpressionContext = { user: { firstName: 'A' }, groups: [] };
    expect(run('appuser.firstName', bare)).toBeNull();
    expect(run('org.name', bare)).toBeNull();
    expect(run('appuser', bare)).toBeNull();
  });

  it.each([
    ['usr.firstName', "Unknown name 'usr' at column 1", 'Did you mean user?'],
    ['User.firstName', "Unknown name 'User' at column 1", 'Did you mean user?'],
    ['firstName', "Unknown name 'firstName' at column 1", 'Did you mean user.firstName?'],
    [
      '"x" + access.scope',
      "Unknown name 'access' at column 7",
      'Attributes need a root, e.g. user.access (roots: user, appuser, app, org, idpuser, session)',
    ],
    ['salesforce.firstName', "Unknown name 'salesforce' at column 1", expect.any(String)],
  ])('%s fails: %s', (source, message, hint) => {
    expect(failure(source)).toEqual({
      kind: 'evaluation',
      message,
      column: 1 + source.indexOf(message.split("'")[1] ?? ''),
      hint,
    });
  });
});

describe('index and projection (§3)', () => {
  it.each([
    ['{1,2,3}[0]', 1],
    ['{1,2,3}[2]', 3],
    ['{1,2,3}[3]', null],
    ['{1,2,3}[-1]', null],
    ['user.favoriteColors[1]', 'blue'],
    ['user.favoriteColors[5]', null],
    ["'abc'[1]", 'b'],
    ["'abc'[3]", null],
    ["user['firstName']", 'Winston'],
    ['user["unknown"]', null],
    ['user.unknownAttribute[0]', null],
    ['{1,2}[null]', null],
    ['user.emails.![type]', ['work', 'home']],
    ['user.emails.![value + "!"]', ['w@gov.uk!', 'w@home.uk!']],
    ['user.emails.![missing]', [null, null]],
    ['user.emails.![user.firstName]', ['Winston', 'Winston']],
    ['user.emails.![type][1]', 'home'],
    ['{1, 2}.![3]', [3, 3]],
    ['user.unknownAttribute.![type]', null],
  ])('%s → %j', (source, expected) => {
    expect(run(source)).toEqual(expected);
  });

  it.each([
    ['{1,2}[1.5]', 'An index must be a whole number, got a number at column 6', 6],
    ['{1,2}["a"]', 'An index must be a whole number, got a string at column 6', 6],
    ['user.salary[0]', 'Cannot index a number with a number at column 12', 12],
    ['user.firstName.![x]', 'Projection .![...] needs an array, got a string at column 15', 15],
    ['user.firstName.length', "Cannot read 'length' of a string at column 16", 16],
    ['user.favoriteColors.size', "Cannot read 'size' of an array at column 21", 21],
  ])('%s fails: %s', (source, message, column) => {
    expect(failure(source)).toMatchObject({ kind: 'evaluation', message, column });
  });
});

describe('evaluation errors point at the offending column', () => {
  it.each([
    ['1 / 0', 'Division by zero at column 3', 3],
    ['1 % 0', 'Division by zero at column 3', 3],
    [
      'user.firstName - 1',
      "Operator '-' needs numbers, got a string and a number at column 16",
      16,
    ],
    ['2 * "x"', "Operator '*' needs numbers, got a number and a string at column 3", 3],
    ['1 + true', "Operator '+' cannot add a number and a Boolean at column 3", 3],
    ['"a" + user.address', "Operator '+' cannot join an object to text at column 5", 5],
    ['Convert.toNum("abc")', "Convert.toNum cannot convert 'abc' to a number at column 1", 1],
    [
      '"a" + String.substring("x", "y", 1)',
      'String.substring expects a number for start, got a string at column 7',
      7,
    ],
  ])('%s → %s', (source, message, column) => {
    expect(failure(source)).toMatchObject({ kind: 'evaluation', message, column });
  });
});

describe('evaluateAst', () => {
  it('evaluates one parsed AST against many people', () => {
    const ast = parseExpression('user.firstName + " " + user.lastName');
    expect(evaluateAst(ast, { user: { firstName: 'A', lastName: 'B' }, groups: [] })).toBe('A B');
    expect(evaluateAst(ast, { user: { firstName: 'C', lastName: 'D' }, groups: [] })).toBe('C D');
  });

  it('never returns undefined', () => {
    expect(
      evaluateAst(parseExpression('user.missing'), { user: { missing: undefined }, groups: [] }),
    ).toBeNull();
  });

  it('rejects a hand-built call to an unknown function', () => {
    expect(() =>
      evaluateAst({ type: 'call', name: 'Nope.nope', args: [], column: 4 }, CONTEXT),
    ).toThrow('Unknown function Nope.nope at column 4');
  });

  it('does not change the context', () => {
    const context: ExpressionContext = { user: { colors: ['a'] }, groups: [] };
    expect(run('Arrays.add(user.colors, "b")', context)).toEqual(['a', 'b']);
    expect(run('Arrays.remove(user.colors, "a")', context)).toEqual([]);
    expect(context.user.colors).toEqual(['a']);
  });
});
