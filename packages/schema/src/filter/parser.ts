import type { AttributePath, CompareOperator, Filter, FilterValue } from './ast.ts';
import { parseAttributeWord, parseSubAttributeWord } from './attribute-path.ts';
import type { Token, TokenKind } from './lexer.ts';
import { isCompareOperator, ORDERING_OPERATORS } from './operators.ts';
import { syntaxError, type SyntaxContext } from './syntax-error.ts';

/** Parentheses, `not (…)` and `[…]` nest at most this deep, so recursion stays bounded. */
export const MAX_FILTER_DEPTH = 64;

/** RFC 8259 §6 number. */
const JSON_NUMBER = /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?$/;

/**
 * Recursive descent over RFC 7644 §3.4.2.2 Figure 1, on the tokens of `tokenize`.
 * `and` binds tighter than `or`; both associate to the left. The PATCH path parser
 * (RFC 7644 §3.5.2) drives the same instance for its `[valFilter]`.
 */
export class FilterParser {
  private position = 0;
  private depth = 0;

  constructor(
    private readonly tokens: Token[],
    private readonly ctx: SyntaxContext,
  ) {}

  peek(offset = 0): Token {
    const last = this.tokens.length - 1;
    const token = this.tokens[Math.min(this.position + offset, last)] ?? this.tokens[last];
    if (token === undefined) throw new Error('tokenize() always ends with an end token');
    return token;
  }

  next(): Token {
    const token = this.peek();
    if (token.kind !== 'end') this.position++;
    return token;
  }

  fail(message: string, column: number = this.peek().column): never {
    throw syntaxError(this.ctx, message, column);
  }

  expectEnd(message: string): void {
    const token = this.peek();
    if (token.kind !== 'end') this.fail(message, token.column);
  }

  /** filter = orExpression */
  parseFilter(relative: boolean): Filter {
    let left = this.parseConjunction(relative);
    while (isKeyword(this.peek(), 'or')) {
      this.next();
      left = { kind: 'or', left, right: this.parseConjunction(relative) };
    }
    return left;
  }

  /** `"[" valFilter "]"` after `path`; the inner paths are relative to the element. */
  parseValueFilter(path: AttributePath): Filter {
    const open = this.next();
    if (open.spaced) this.fail("Unexpected whitespace before '['", open.column);
    if (path.sub !== undefined)
      this.fail('A sub-attribute cannot have a value filter', open.column);
    this.enter(open);
    const filter = this.parseFilter(true);
    this.expect(']', "Expected ']'");
    this.depth--;
    return filter;
  }

  /** The optional `.subAttr` glued to the `]` of a value path (RFC 7644 §3.5.2 `valuePath [subAttr]`). */
  parseSubAfterValueFilter(): string | undefined {
    const token = this.peek();
    if (token.kind !== 'word' || token.spaced) return undefined;
    this.next();
    return parseSubAttributeWord(token, this.ctx);
  }

  private parseConjunction(relative: boolean): Filter {
    let left = this.parseOperand(relative);
    while (isKeyword(this.peek(), 'and')) {
      this.next();
      left = { kind: 'and', left, right: this.parseOperand(relative) };
    }
    return left;
  }

  /** attrExp / valuePath / [not] "(" filter ")" */
  private parseOperand(relative: boolean): Filter {
    const token = this.peek();
    if (token.kind === '(') {
      return this.parseGroup(relative);
    }
    if (isKeyword(token, 'not') && !this.startsAttributeExpression(this.peek(1))) {
      this.next();
      if (this.peek().kind !== '(') this.fail("Expected '(' after 'not'");
      return { kind: 'not', filter: this.parseGroup(relative) };
    }
    if (token.kind === 'word') return this.parseAttributeExpression(relative);
    return this.fail("Expected an attribute name, '(' or 'not'", token.column);
  }

  /** `not` is an attribute name only when an operator, `pr` or `[` follows it. */
  private startsAttributeExpression(token: Token): boolean {
    if (token.kind === '[') return !token.spaced;
    if (token.kind !== 'word') return false;
    const word = token.text.toLowerCase();
    return word === 'pr' || isCompareOperator(word);
  }

  private parseGroup(relative: boolean): Filter {
    const open = this.next();
    this.enter(open);
    const filter = this.parseFilter(relative);
    this.expect(')', "Expected ')'");
    this.depth--;
    return filter;
  }

  private parseAttributeExpression(relative: boolean): Filter {
    const path = parseAttributeWord(this.next(), this.ctx, relative);
    const bracket = this.peek();
    if (bracket.kind !== '[') return this.parseComparison(path);

    if (relative) this.fail('Value filters cannot be nested', bracket.column);
    const filter = this.parseValueFilter(path);
    const sub = this.parseSubAfterValueFilter();
    if (sub === undefined) return { kind: 'valuePath', path, filter };
    // Entra ID filters on `emails[type eq "work"].value eq "x"`, which RFC 7644 §3.4.2.2
    // only allows as a PATCH path: fold the comparison into the value filter.
    const tail = this.parseComparison({ name: sub });
    return { kind: 'valuePath', path, filter: { kind: 'and', left: filter, right: tail } };
  }

  /** attrPath SP "pr" / attrPath SP compareOp SP compValue */
  private parseComparison(path: AttributePath): Filter {
    const token = this.peek();
    const word = token.kind === 'word' ? token.text.toLowerCase() : '';
    if (word === 'pr') {
      this.next();
      return { kind: 'present', path };
    }
    if (!isCompareOperator(word)) return this.fail('Expected a comparison operator', token.column);
    this.next();
    return { kind: 'compare', path, op: word, value: this.parseValue(word) };
  }

  /** compValue = false / null / true / number / string, plus bare words as strings. */
  private parseValue(op: CompareOperator): FilterValue {
    const token = this.next();
    let value: FilterValue;
    if (token.kind === 'string') {
      value = token.text;
    } else if (token.kind === 'word') {
      value = this.bareValue(token);
    } else {
      return this.fail('Expected a comparison value', token.column);
    }
    if (ORDERING_OPERATORS.includes(op) && (value === null || typeof value === 'boolean')) {
      this.fail(`Operator '${op}' cannot compare with ${String(value)}`, token.column);
    }
    return value;
  }

  /**
   * An unquoted value: a literal in any case, a JSON number, or else (tolerating IdPs
   * that send `externalId eq 123abc`) the word itself as a string.
   */
  private bareValue(token: Token): FilterValue {
    const lower = token.text.toLowerCase();
    if (lower === 'true') return true;
    if (lower === 'false') return false;
    if (lower === 'null') return null;
    if (!JSON_NUMBER.test(token.text)) return token.text;
    const number = Number(token.text);
    if (!Number.isFinite(number)) this.fail('Number out of range', token.column);
    return number;
  }

  private expect(kind: TokenKind, message: string): void {
    if (this.peek().kind !== kind) this.fail(message);
    this.next();
  }

  private enter(open: Token): void {
    this.depth++;
    if (this.depth > MAX_FILTER_DEPTH) {
      this.fail(`Nesting deeper than ${MAX_FILTER_DEPTH} levels`, open.column);
    }
  }
}

function isKeyword(token: Token, keyword: 'and' | 'or' | 'not'): boolean {
  return token.kind === 'word' && token.text.toLowerCase() === keyword;
}
