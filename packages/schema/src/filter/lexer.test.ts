import { describe, expect, it } from 'vitest';
import { ScimError } from '../errors.ts';
import { tokenize, type Token } from './lexer.ts';

const lex = (text: string) => tokenize({ kind: 'filter', text });
const shape = (tokens: Token[]) => tokens.map((t) => [t.kind, t.text, t.column, t.spaced]);

describe('tokenize', () => {
  it('splits words, strings and brackets with 1-based columns', () => {
    expect(shape(lex('emails[type eq "work"].value'))).toEqual([
      ['word', 'emails', 1, false],
      ['[', '[', 7, false],
      ['word', 'type', 8, false],
      ['word', 'eq', 13, true],
      ['string', 'work', 16, true],
      [']', ']', 22, false],
      ['word', '.value', 23, false],
      ['end', '', 29, false],
    ]);
  });

  it('skips spaces, tabs and line breaks; end sits after the last token', () => {
    expect(shape(lex(' \t(a  pr)\t '))).toEqual([
      ['(', '(', 3, true],
      ['word', 'a', 4, false],
      ['word', 'pr', 7, true],
      [')', ')', 9, false],
      ['end', '', 10, true],
    ]);
  });

  it('yields only the end token for blank input', () => {
    expect(shape(lex('   '))).toEqual([['end', '', 1, true]]);
  });

  it.each([
    ['"a\\"b"', 'a"b'],
    ['"\\\\ \\/ \\b\\f\\n\\r\\t"', '\\ / \b\f\n\r\t'],
    ['"\\u00e9\\u00C9"', 'éÉ'],
    ['"urn:x:y [a] (b)"', 'urn:x:y [a] (b)'],
    ['""', ''],
  ])('decodes the JSON string %s', (text, value) => {
    const [token] = lex(text);
    expect(token).toMatchObject({ kind: 'string', text: value });
  });

  it('ends words at quotes, brackets and parentheses', () => {
    expect(lex('a"b"(c)[d]').map((t) => t.kind)).toEqual([
      'word',
      'string',
      '(',
      'word',
      ')',
      '[',
      'word',
      ']',
      'end',
    ]);
  });

  it.each([
    ['a eq "abc', 'Unterminated string starting at column 6 in filter: a eq "abc'],
    ['"ab\\', 'Unterminated string starting at column 1 in filter: "ab\\'],
    ['"a\\x"', 'Invalid escape \'\\x\' in string at column 3 in filter: "a\\x"'],
    ['"\\u12G4"', 'Expected four hex digits after \\u at column 4 in filter: "\\u12G4"'],
  ])('rejects %s', (text, detail) => {
    expect(() => lex(text)).toThrow(ScimError);
    expect(() => lex(text)).toThrow(detail);
  });
});
