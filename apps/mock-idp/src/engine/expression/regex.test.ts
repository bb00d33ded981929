import { describe, expect, it } from 'vitest';
import { compileJavaRegex } from './regex.ts';

function fail(detail: string): never {
  throw new Error(detail);
}

function wholeMatch(pattern: string, text: string): boolean {
  return compileJavaRegex(pattern, { whole: true }, fail).test(text);
}

describe('compileJavaRegex (§9.4)', () => {
  it.each([
    ['abc', 'abc', true],
    ['abc', 'xabcx', false],
    ['a|ab', 'ab', true],
    ['.*admin.*', 'sysadmins', true],
    ['(?i)engineer', 'ENGINEER', true],
    ['(?i)engineer', 'Senior Engineer', false],
    ['(?is)a.b', 'A\nB', true],
    ['(?iu)straße', 'STRASSE', false],
    ['\\Aabc\\z', 'abc', true],
    ['abc\\Z', 'abc', true],
    ['[(?i)]+', '(?i)', true],
    ['\\(?x', '(x', true],
    ['(?<word>\\w+)', 'abc', true],
    ['(?=a)a', 'a', true],
    ['(?:a|b)+', 'abab', true],
  ])('%s whole-matches %j: %s', (pattern, text, expected) => {
    expect(wholeMatch(pattern, text)).toBe(expected);
  });

  it('finds anywhere when not whole', () => {
    expect(compileJavaRegex('b+', { whole: false }, fail).test('abbc')).toBe(true);
    expect(compileJavaRegex('b', { whole: false, global: true }, fail).flags).toContain('g');
  });

  it.each([
    ['(', "Invalid regular expression '(': Unterminated group"],
    ['a{2,1}', "Invalid regular expression 'a{2,1}': numbers out of order in {} quantifier"],
    ['a(?i)b', "Inline flags and atomic groups are not supported inside 'a(?i)b'"],
    ['(?>a)', "Inline flags and atomic groups are not supported inside '(?>a)'"],
    ['(?-i)a', "Inline flags and atomic groups are not supported inside '(?-i)a'"],
    ['(?x)a b', "Regex flag 'x' is not supported in '(?x)a b'"],
  ])('reports %j through fail: %s', (pattern, message) => {
    expect(() => compileJavaRegex(pattern, { whole: true }, fail)).toThrow(message);
  });
});
