import { ExpressionError, syntaxError } from './errors.ts';

/** Operators and brackets, longest first so `?:` wins over `?` (okta-expression-language §3). */
const PUNCTUATION = [
  '.![',
  '?:',
  '==',
  '!=',
  '<=',
  '>=',
  '&&',
  '||',
  '(',
  ')',
  '[',
  ']',
  '{',
  '}',
  ',',
  '.',
  '?',
  ':',
  '!',
  '<',
  '>',
  '+',
  '-',
  '*',
  '/',
  '%',
] as const;

export type Punctuation = (typeof PUNCTUATION)[number];

interface TokenBase {
  /** 1-based column of the token's first character. */
  column: number;
  /** The token exactly as written. */
  raw: string;
}

export type Token =
  | (TokenBase & { kind: 'string'; value: string })
  | (TokenBase & { kind: 'number'; value: number })
  | (TokenBase & { kind: 'identifier'; value: string })
  | (TokenBase & { kind: 'punctuation'; value: Punctuation })
  | (TokenBase & { kind: 'end' });

/** SpEL features Okta does not support, with the reason shown to the user (§3 "Not supported"). */
const FORBIDDEN: readonly { text: string; detail: string; hint?: string }[] = [
  // EL-CLASSIC: expressions must not contain '=' (§3, §6); '==' compares.
  { text: '=', detail: "'=' is not allowed", hint: "Use '==' to compare" },
  { text: '++', detail: "'++' is not supported" },
  { text: '--', detail: "'--' is not supported" },
  { text: '#', detail: "'#' variables and functions are not supported" },
  { text: '@', detail: "'@' bean references are not supported" },
  { text: '&', detail: "Unexpected character '&'", hint: 'Use AND (or &&) to combine conditions' },
  { text: '|', detail: "Unexpected character '|'", hint: 'Use OR (or ||) to combine conditions' },
];

const IDENTIFIER_START = /[A-Za-z_$]/;
const IDENTIFIER_PART = /[A-Za-z0-9_$]/;
const DIGIT = /[0-9]/;
const WHITESPACE = /\s/;

/** Splits source into tokens (§2), always ending with an `end` token. */
export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let index = 0;
  while (index < source.length) {
    const char = source.charAt(index);
    const column = index + 1;
    if (WHITESPACE.test(char)) {
      index += 1;
    } else if (char === "'" || char === '"') {
      const token = readString(source, index);
      tokens.push(token);
      index += token.raw.length;
    } else if (DIGIT.test(char)) {
      const raw = readNumber(source, index);
      tokens.push({ kind: 'number', value: Number(raw), column, raw });
      index += raw.length;
    } else if (IDENTIFIER_START.test(char)) {
      let end = index + 1;
      while (end < source.length && IDENTIFIER_PART.test(source.charAt(end))) end += 1;
      const raw = source.slice(index, end);
      tokens.push({ kind: 'identifier', value: raw, column, raw });
      index = end;
    } else {
      const value = readPunctuation(source, index);
      tokens.push({ kind: 'punctuation', value, column, raw: value });
      index += value.length;
    }
  }
  tokens.push({ kind: 'end', column: source.length + 1, raw: '' });
  return tokens;
}

/**
 * Backslash is NOT an escape: `"XDOMAIN\"` is the 8-character text XDOMAIN\ (§2, §8).
 * The only escape is a doubled quote, as in SpEL: 'it''s' and "say ""hi""".
 */
function readString(source: string, start: number): Token {
  const quote = source.charAt(start);
  let value = '';
  let index = start + 1;
  while (index < source.length) {
    const char = source.charAt(index);
    if (char === quote) {
      if (source.charAt(index + 1) !== quote) {
        return { kind: 'string', value, column: start + 1, raw: source.slice(start, index + 1) };
      }
      value += quote;
      index += 2;
    } else {
      value += char;
      index += 1;
    }
  }
  throw new ExpressionError('syntax', 'Unterminated string', start + 1, undefined, 'starting at');
}

/** INTEGER or DECIMAL (§2): `1.` and `.5` are not numbers, so `{1,2}[0]` and `x.5` lex apart. */
function readNumber(source: string, start: number): string {
  let end = start;
  while (end < source.length && DIGIT.test(source.charAt(end))) end += 1;
  if (source.charAt(end) === '.' && DIGIT.test(source.charAt(end + 1))) {
    end += 1;
    while (end < source.length && DIGIT.test(source.charAt(end))) end += 1;
  }
  return source.slice(start, end);
}

function readPunctuation(source: string, index: number): Punctuation {
  const column = index + 1;
  const match = PUNCTUATION.find((candidate) => source.startsWith(candidate, index));
  const forbidden = FORBIDDEN.find((candidate) => source.startsWith(candidate.text, index));
  // The longer token wins: '&&' is an operator, '&' is not; '++' is refused before '+' matches.
  if (forbidden && (!match || match.length < forbidden.text.length)) {
    throw syntaxError(forbidden.detail, column, forbidden.hint);
  }
  if (match) return match;
  const char = String.fromCodePoint(source.codePointAt(index) ?? 0);
  throw syntaxError(`Unexpected character '${char}'`, column);
}

/** How a token is named in messages: `')'`, `'foo'`, `number 12`, `end of expression`. */
export function describeToken(token: Token): string {
  switch (token.kind) {
    case 'end':
      return 'end of expression';
    case 'string':
      return `string ${token.raw.length > 30 ? `${token.raw.slice(0, 27)}...` : token.raw}`;
    case 'number':
      return `number ${token.raw}`;
    default:
      return `'${token.raw}'`;
  }
}
