import { describe, expect, it } from 'vitest';
import type { ExpressionContext, ExpressionOptions } from '../context.ts';
import { ExpressionError } from '../errors.ts';
import { evaluateExpression } from '../index.ts';

const CONTEXT: ExpressionContext = {
  user: { firstName: 'Winston', email: 'winston.churchill@gmail.com', middleName: null, blank: '' },
  groups: [],
};

function run(source: string, options?: ExpressionOptions): unknown {
  return evaluateExpression(source, CONTEXT, options);
}

function failure(source: string, options?: ExpressionOptions) {
  try {
    run(source, options);
  } catch (error) {
    if (!(error instanceof ExpressionError)) throw error;
    return { kind: error.kind, message: error.message, column: error.column };
  }
  throw new Error(`expected ${source} to fail`);
}

describe('String.* with the documented examples (§5.1, verbatim)', () => {
  it.each([
    ['String.append("This is", " a test")', 'This is a test'],
    ['String.join(",", "This","is","a","test")', 'This,is,a,test'],
    ['String.join("", "This","is","a","test")', 'Thisisatest'],
    ['String.len("This")', 4],
    ['String.removeSpaces("This is a test")', 'Thisisatest'],
    ['String.replace("This is a test", "is", "at")', 'That at a test'],
    ['String.replaceFirst("This is a test", "is", "at")', 'That is a test'],
    ['String.startsWith("Kiss","K")', true],
    ['String.stringContains("This is a test","test")', true],
    ['String.stringContains("This is a test","doesn\'tExist")', false],
    ['String.stringSwitch("This is a test","default","key1","value1")', 'default'],
    ['String.stringSwitch("This is a test","default","test","value1")', 'value1'],
    [
      'String.stringSwitch("First match wins","default","absent","value1","wins","value2","match","value3")',
      'value2',
    ],
    ['String.stringSwitch("Substrings count","default","ring","value1")', 'value1'],
    ['String.substring("This is a test", 2, 9)', 'is is a'],
    ['String.substringAfter("abc@okta.com","@")', 'okta.com'],
    ['String.substringBefore("abc@okta.com","@")', 'abc'],
    ['String.toUpperCase("This")', 'THIS'],
    ['String.toLowerCase("This")', 'this'],
    // Deprecated bare form (§5.1).
    ['substring("Alexander",1,4)', 'lex'],
  ])('%s → %j', (source, expected) => {
    expect(run(source)).toBe(expected);
  });

  it('takes the first occurrence in substringAfter (OIE example)', () => {
    expect(run('String.substringAfter("john.doe@okta.com", ".")')).toBe('doe@okta.com');
  });

  it('is case-sensitive in stringContains and startsWith', () => {
    expect(run('String.stringContains("This is a test", "Test")')).toBe(false);
    expect(run('String.startsWith("Kiss", "k")')).toBe(false);
  });
});

describe('deprecated bare forms (§5.1)', () => {
  it.each([
    ['toUpperCase("abc")', 'ABC'],
    ['toLowerCase("ABC")', 'abc'],
    ['substringBefore("a@b", "@")', 'a'],
    ['substringAfter("a@b", "@")', 'b'],
    ['substring("Alexander", 0, 4)', 'Alex'],
    ['String.toLowerCase(user.email)', 'winston.churchill@gmail.com'],
  ])('%s → %j', (source, expected) => {
    expect(run(source)).toBe(expected);
  });
});

describe('edge cases where the doc is silent', () => {
  it.each([
    // substring clamps instead of throwing like Java.
    ['String.substring("Churchill", 0, 20)', 'Churchill'],
    ['String.substring("abc", -5, 2)', 'ab'],
    ['String.substring("abc", 2, 1)', ''],
    ['String.substring("abc", 5, 9)', ''],
    ['String.substring("abcdef", 1.9, "3")', 'bc'],
    // StringUtils: not found → whole text before, "" after.
    ['String.substringBefore("abc", "@")', 'abc'],
    ['String.substringAfter("abc", "@")', ''],
    ['String.substringBefore("abc", "")', ''],
    ['String.substringAfter("abc", "")', 'abc'],
    ['String.substringAfter("a@b@c", "@")', 'b@c'],
    ['String.substringBefore("a@b@c", "@")', 'a'],
    // Literal replace: regex characters and $ patterns are plain text.
    ['String.replace("a.b.c", ".", "-")', 'a-b-c'],
    ['String.replace("cost", "cost", "$&$1")', '$&$1'],
    ['String.replace("aaa", "a", "b")', 'bbb'],
    ['String.replace("abc", "", "-")', 'abc'],
    ['String.replace("abc", "b", null)', 'ac'],
    ['String.replaceFirst("a.b.c", ".", "-")', 'a-b.c'],
    ['String.replaceFirst("abc", "x", "-")', 'abc'],
    ['String.removeSpaces(" a\tb\nc ")', 'abc'],
    ['String.join(" ", "Winston", user.middleName, "Churchill")', 'Winston Churchill'],
    ['String.join("-", {"a", "b"}, "c")', 'a-b-c'],
    ['String.join(",")', ''],
    ['String.join(null, "a", "b")', 'ab'],
    ['String.join(",", "a,b")', 'a,b'],
    ['String.len(12345)', 5],
    ['String.toUpperCase(true)', 'TRUE'],
    ['String.append(1, 2)', '12'],
    ['String.stringSwitch("abc", "default")', 'default'],
    ['String.stringSwitch("abc", "default", null, "x", "b", "y")', 'y'],
    ['String.stringSwitch("abc", 0, "z", 1)', 0],
    ['String.len("😀")', 2],
  ])('%s → %j', (source, expected) => {
    expect(run(source)).toBe(expected);
  });
});

describe('null input (§7): transforms give null, tests false, len 0', () => {
  it.each([
    ['String.toUpperCase(user.middleName)', null],
    ['String.toLowerCase(null)', null],
    ['toLowerCase(null)', null],
    ['String.removeSpaces(null)', null],
    ['String.replace(null, "a", "b")', null],
    ['String.replace("abc", null, "b")', 'abc'],
    ['String.replaceFirst(null, "a", "b")', null],
    ['String.substring(null, 0, 1)', null],
    ['String.substringBefore(null, "@")', null],
    ['String.substringAfter(null, "@")', null],
    ['String.substringBefore("a@b", null)', 'a@b'],
    ['String.substringAfter("a@b", null)', ''],
    ['String.len(null)', 0],
    ['String.len(user.blank)', 0],
    ['String.startsWith(null, "a")', false],
    ['String.startsWith("a", null)', false],
    ['String.stringContains(null, "a")', false],
    ['String.stringContains("a", null)', false],
    ['String.stringSwitch(null, "default", "a", "b")', 'default'],
    ['String.append(null, "x")', 'x'],
    ['String.append("x", null)', 'x'],
    ['String.append(null, null)', ''],
    ['String.substringBefore("", "@")', ''],
    ['String.toUpperCase("")', ''],
  ])('%s → %j', (source, expected) => {
    expect(run(source)).toBe(expected);
  });
});

describe('String.replace with replaceMatch: regex (§5.1 switch)', () => {
  const regex: ExpressionOptions = { replaceMatch: 'regex' };

  it.each([
    ['String.replace("a1b22", "[0-9]+", "#")', 'a#b#'],
    ['String.replaceFirst("a1b22", "[0-9]+", "#")', 'a#b22'],
    ['String.replace("John Smith", "(\\w+) (\\w+)", "$2, $1")', 'Smith, John'],
    ['String.replace("a.b", "\\.", "\\$")', 'a$b'],
    ['String.replace("AbA", "(?i)a", "x")', 'xbx'],
    ['String.replace("a1", "(?<d>[0-9])", "<$1>")', 'a<1>'],
  ])('%s → %j', (source, expected) => {
    expect(run(source, regex)).toBe(expected);
  });

  it('is literal by default', () => {
    expect(run('String.replace("a1b22", "[0-9]+", "#")')).toBe('a1b22');
  });

  it('reports a bad pattern at the call', () => {
    expect(failure('"x" + String.replace("a", "(", "b")', regex)).toEqual({
      kind: 'evaluation',
      message: "Invalid regular expression '(': Unterminated group at column 7",
      column: 7,
    });
  });
});

describe('argument errors', () => {
  it.each([
    [
      'String.toUpperCase({"a"})',
      'String.toUpperCase expects text for str, got an array at column 1',
    ],
    ['String.len(user)', 'String.len expects text for str, got an object at column 1'],
    [
      'String.substring("abc", null, 1)',
      'String.substring expects a number for start, got null at column 1',
    ],
    [
      'String.substring("abc", 0, "x")',
      'String.substring expects a number for end, got a string at column 1',
    ],
  ])('%s → %s', (source, message) => {
    expect(failure(source)).toEqual({ kind: 'evaluation', message, column: 1 });
  });
});
