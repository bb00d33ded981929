import { describe, expect, it } from 'vitest';
import { ExpressionError } from './errors.ts';
import { type Token, describeToken, tokenize } from './tokens.ts';

function kinds(source: string): string[] {
  return tokenize(source).map((token) =>
    token.kind === 'end' ? 'end' : `${token.kind}:${String(token.value)}@${token.column}`,
  );
}

function lexFailure(source: string) {
  try {
    tokenize(source);
  } catch (error) {
    if (!(error instanceof ExpressionError)) throw error;
    return { kind: error.kind, message: error.message, column: error.column, hint: error.hint };
  }
  throw new Error(`expected ${source} to fail`);
}

describe('tokenize (§2)', () => {
  it('reads identifiers, numbers, strings and punctuation with 1-based columns', () => {
    expect(kinds('user.firstName + "x"')).toEqual([
      'identifier:user@1',
      'punctuation:.@5',
      'identifier:firstName@6',
      'punctuation:+@16',
      'string:x@18',
      'end',
    ]);
  });

  it.each([
    ['"a""b"', 'a"b'],
    ["'a''b'", "a'b"],
    ['"it\'s"', "it's"],
    ['\'say "hi"\'', 'say "hi"'],
    ['""', ''],
    ["''", ''],
    ['""""', '"'],
    // Backslash is literal (§2): "\" is a one-character string.
    ['"\\"', '\\'],
    ["'\\'", '\\'],
    ['"\\n"', '\\n'],
    ['"XDOMAIN\\"', 'XDOMAIN\\'],
  ])('string %s has the value %j', (source, value) => {
    const [token] = tokenize(source);
    expect(token).toMatchObject({ kind: 'string', value, raw: source, column: 1 });
  });

  it.each([
    ['1234', [1234]],
    ['3.141', [3.141]],
    ['007', [7]],
  ])('number %s', (source, values) => {
    expect(
      tokenize(source)
        .slice(0, -1)
        .map((token: Token) => token.kind === 'number' && token.value),
    ).toEqual(values);
  });

  it('does not read "1." or ".5" as decimals', () => {
    expect(kinds('{1}[0].5')).toContain('punctuation:.@7');
    expect(kinds('1.x')).toEqual(['number:1@1', 'punctuation:.@2', 'identifier:x@3', 'end']);
  });

  it.each([
    ['$attr', '$attr'],
    ['_x9', '_x9'],
    ['a$b_c', 'a$b_c'],
  ])('identifier %s', (source, value) => {
    expect(tokenize(source)[0]).toMatchObject({ kind: 'identifier', value });
  });

  it('prefers the longest operator', () => {
    expect(kinds('a?:b ?c:d <=>= != == && || .![x]')).toEqual([
      'identifier:a@1',
      'punctuation:?:@2',
      'identifier:b@4',
      'punctuation:?@6',
      'identifier:c@7',
      'punctuation::@8',
      'identifier:d@9',
      'punctuation:<=@11',
      'punctuation:>=@13',
      'punctuation:!=@16',
      'punctuation:==@19',
      'punctuation:&&@22',
      'punctuation:||@25',
      'punctuation:.![@28',
      'identifier:x@31',
      'punctuation:]@32',
      'end',
    ]);
  });

  it('skips spaces, tabs and newlines but counts them in columns', () => {
    expect(kinds(' \t1\n+ 2')).toEqual(['number:1@3', 'punctuation:+@5', 'number:2@7', 'end']);
  });

  it('ends with an end token one past the source', () => {
    expect(tokenize('ab').at(-1)).toEqual({ kind: 'end', column: 3, raw: '' });
    expect(tokenize('')).toEqual([{ kind: 'end', column: 1, raw: '' }]);
  });
});

describe('lexical errors', () => {
  it.each([
    ['"abc', 'Unterminated string starting at column 1', 1, undefined],
    ['user.x + "abc', 'Unterminated string starting at column 10', 10, undefined],
    ["'it''s", 'Unterminated string starting at column 1', 1, undefined],
    ['"a\\" + "b', 'Unterminated string starting at column 8', 8, undefined],
    ['user.x = 1', "'=' is not allowed at column 8", 8, "Use '==' to compare"],
    ['a === b', "'=' is not allowed at column 5", 5, "Use '==' to compare"],
    ['x++', "'++' is not supported at column 2", 2, undefined],
    ['1--1', "'--' is not supported at column 2", 2, undefined],
    ['#root', "'#' variables and functions are not supported at column 1", 1, undefined],
    ['@bean', "'@' bean references are not supported at column 1", 1, undefined],
    ['a & b', "Unexpected character '&' at column 3", 3, 'Use AND (or &&) to combine conditions'],
    ['a | b', "Unexpected character '|' at column 3", 3, 'Use OR (or ||) to combine conditions'],
    ['a ^ b', "Unexpected character '^' at column 3", 3, undefined],
    ['a ; b', "Unexpected character ';' at column 3", 3, undefined],
    ['é', "Unexpected character 'é' at column 1", 1, undefined],
    ['"x" + 😀', "Unexpected character '😀' at column 7", 7, undefined],
  ])('%s → %s', (source, message, column, hint) => {
    expect(lexFailure(source)).toEqual({ kind: 'syntax', message, column, hint });
  });
});

describe('describeToken', () => {
  it.each([
    [')', "')'"],
    ['foo', "'foo'"],
    ['12', 'number 12'],
    ['"abc"', 'string "abc"'],
    [`"${'x'.repeat(40)}"`, `string "${'x'.repeat(26)}...`],
  ])('%s is shown as %s', (source, shown) => {
    const [token] = tokenize(source);
    if (!token) throw new Error('no token');
    expect(describeToken(token)).toBe(shown);
  });

  it('names the end', () => {
    const [end] = tokenize('');
    if (!end) throw new Error('no token');
    expect(describeToken(end)).toBe('end of expression');
  });
});
