import { syntaxError, type SyntaxContext } from './syntax-error.ts';

export type TokenKind = 'word' | 'string' | '(' | ')' | '[' | ']' | 'end';

export interface Token {
  kind: TokenKind;
  /** Words and punctuation: the text as written; strings: the decoded value. */
  text: string;
  /** 1-based column of the first character (for `end`: just past the last token). */
  column: number;
  /** Whitespace comes right before it: `emails[` and `emails [` differ. */
  spaced: boolean;
}

const WHITESPACE = ' \t\r\n';
const PUNCTUATION = '()[]';

/** JSON's single-character escapes (RFC 8259 §7), as RFC 7644 §3.4.2.2 compValue uses JSON strings. */
const ESCAPES = new Map([
  ['"', '"'],
  ['\\', '\\'],
  ['/', '/'],
  ['b', '\b'],
  ['f', '\f'],
  ['n', '\n'],
  ['r', '\r'],
  ['t', '\t'],
]);

const HEX4 = /^[0-9a-fA-F]{4}$/;

/**
 * Splits a filter or path into words, JSON strings and brackets. A word is any run
 * without whitespace, brackets, parentheses or quotes: attribute paths, operators,
 * keywords, numbers, literals and the bare values some IdPs send.
 */
export function tokenize(ctx: SyntaxContext): Token[] {
  const { text } = ctx;
  const tokens: Token[] = [];
  let i = 0;
  let spaced = false;
  let end = 0;
  while (i < text.length) {
    const ch = text.charAt(i);
    if (WHITESPACE.includes(ch)) {
      spaced = true;
      i++;
      continue;
    }
    const start = i;
    if (PUNCTUATION.includes(ch)) {
      tokens.push({ kind: ch as TokenKind, text: ch, column: start + 1, spaced });
      i++;
    } else if (ch === '"') {
      const read = readString(ctx, start);
      tokens.push({ kind: 'string', text: read.value, column: start + 1, spaced });
      i = read.end;
    } else {
      while (i < text.length && !isWordBreak(text.charAt(i))) i++;
      tokens.push({ kind: 'word', text: text.slice(start, i), column: start + 1, spaced });
    }
    end = i;
    spaced = false;
  }
  tokens.push({ kind: 'end', text: '', column: end + 1, spaced });
  return tokens;
}

function isWordBreak(ch: string): boolean {
  return WHITESPACE.includes(ch) || PUNCTUATION.includes(ch) || ch === '"';
}

/** A JSON string starting at the opening quote; returns the decoded value and the index after it. */
function readString(ctx: SyntaxContext, start: number): { value: string; end: number } {
  const { text } = ctx;
  let value = '';
  let i = start + 1;
  while (i < text.length) {
    const ch = text.charAt(i);
    if (ch === '"') return { value, end: i + 1 };
    if (ch !== '\\') {
      value += ch;
      i++;
      continue;
    }
    if (i + 1 >= text.length) break;
    const escape = text.charAt(i + 1);
    const simple = ESCAPES.get(escape);
    if (simple !== undefined) {
      value += simple;
      i += 2;
    } else if (escape === 'u') {
      const hex = text.slice(i + 2, i + 6);
      if (!HEX4.test(hex)) throw syntaxError(ctx, 'Expected four hex digits after \\u', i + 3);
      value += String.fromCharCode(parseInt(hex, 16));
      i += 6;
    } else {
      throw syntaxError(ctx, `Invalid escape '\\${escape}' in string`, i + 1);
    }
  }
  throw syntaxError(ctx, 'Unterminated string starting', start + 1);
}
