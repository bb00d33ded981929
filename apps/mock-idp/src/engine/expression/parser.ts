import type {
  BinaryLink,
  BinaryOperator,
  ExpressionAst,
  ListNode,
  MapNode,
  PathStep,
} from './ast.ts';
import { type ExpressionError, syntaxError } from './errors.ts';
import {
  argumentCountProblem,
  functionNames,
  lookupFunction,
  NAMESPACES,
} from './functions/registry.ts';
import { MAX_NESTING, MAX_SOURCE_LENGTH } from './limits.ts';
import { closestName } from './suggest.ts';
import { type Punctuation, type Token, describeToken, tokenize } from './tokens.ts';

/**
 * Recursive descent over the grammar of okta-expression-language §3, one method per rule:
 *
 *   ternary  := elvis ( '?' ternary ':' ternary )?
 *   elvis    := or ( '?:' or )*
 *   or       := and ( ( OR | '||' ) and )*
 *   and      := not ( ( AND | '&&' ) not )*
 *   not      := '!' not | relation
 *   relation := additive ( relop additive )?
 *   additive := multiplicative ( ( '+' | '-' ) multiplicative )*
 *   multiplicative := unary ( ( '*' | '/' | '%' ) unary )*
 *   unary    := '-' unary | '!' unary | postfix
 *   postfix  := primary ( '.' IDENT call? | '[' ternary ']' | '.![' ternary ']' )*
 *
 * Keywords (true, false, null, AND, OR, matches) are case-insensitive as in SpEL, which
 * covers the doc's 'OR' | 'or', 'null' | 'NULL' and True/False (§2, §3). Function, root and
 * attribute names are case-sensitive (§4).
 */
export function parseExpression(source: string): ExpressionAst {
  if (source.length > MAX_SOURCE_LENGTH) {
    throw syntaxError(
      `Expression is too long (${source.length} characters; the limit is ${MAX_SOURCE_LENGTH})`,
      MAX_SOURCE_LENGTH + 1,
    );
  }
  return new Parser(tokenize(source)).parseAll();
}

const RELATIONAL: ReadonlySet<string> = new Set(['==', '!=', '<', '>', '<=', '>=']);
const UNSUPPORTED_OPERATORS: ReadonlySet<string> = new Set(['instanceof', 'between']);

class Parser {
  private index = 0;
  private depth = 0;

  constructor(private readonly tokens: readonly Token[]) {}

  parseAll(): ExpressionAst {
    if (this.peek().kind === 'end') throw syntaxError('Expression is empty', 1);
    const ast = this.parseTernary();
    const token = this.peek();
    if (token.kind !== 'end') throw this.unexpected(token);
    return ast;
  }

  // ---- tokens ----

  private peek(offset = 0): Token {
    const token = this.tokens[Math.min(this.index + offset, this.tokens.length - 1)];
    if (!token) throw new Error('tokenize() always ends with an end token');
    return token;
  }

  private advance(): Token {
    const token = this.peek();
    if (token.kind !== 'end') this.index += 1;
    return token;
  }

  private isPunctuation(value: Punctuation, offset = 0): boolean {
    const token = this.peek(offset);
    return token.kind === 'punctuation' && token.value === value;
  }

  private isKeyword(word: string, offset = 0): boolean {
    const token = this.peek(offset);
    return token.kind === 'identifier' && token.value.toLowerCase() === word;
  }

  private expect(value: Punctuation, hint?: string): Token {
    const token = this.peek();
    if (token.kind === 'punctuation' && token.value === value) return this.advance();
    throw syntaxError(`Expected '${value}' but found ${describeToken(token)}`, token.column, hint);
  }

  private unexpected(token: Token, hint?: string): ExpressionError {
    return syntaxError(`Unexpected ${describeToken(token)}`, token.column, hint);
  }

  /** Every nested construct goes through here, so depth (and the stack) stays bounded. */
  private nested<T>(opener: Token, parse: () => T): T {
    this.depth += 1;
    if (this.depth > MAX_NESTING) {
      throw syntaxError(
        `Expression is nested too deeply (more than ${MAX_NESTING} levels)`,
        opener.column,
      );
    }
    const result = parse();
    this.depth -= 1;
    return result;
  }

  // ---- precedence levels, lowest first (§3 "Precedence") ----

  private parseTernary(): ExpressionAst {
    const test = this.parseElvis();
    if (!this.isPunctuation('?')) return test;
    const question = this.advance();
    const consequent = this.nested(question, () => this.parseTernary());
    const colon = this.expect(
      ':',
      `The '?' at column ${question.column} needs a ':' (condition ? value : otherValue)`,
    );
    const alternate = this.nested(colon, () => this.parseTernary());
    return {
      type: 'ternary',
      test,
      consequent,
      alternate,
      column: test.column,
      questionColumn: question.column,
    };
  }

  /** `a ?: b` gives b when a is null or "" (§3, §7). */
  private parseElvis(): ExpressionAst {
    return this.chain(
      () => this.parseOr(),
      () => (this.isPunctuation('?:') ? '?:' : undefined),
    );
  }

  private parseOr(): ExpressionAst {
    return this.chain(
      () => this.parseAnd(),
      () => (this.isKeyword('or') || this.isPunctuation('||') ? 'or' : undefined),
    );
  }

  private parseAnd(): ExpressionAst {
    return this.chain(
      () => this.parseNot(),
      () => (this.isKeyword('and') || this.isPunctuation('&&') ? 'and' : undefined),
    );
  }

  /** NOT binds looser than comparisons (§3): `!a == b` is `!(a == b)`. */
  private parseNot(): ExpressionAst {
    if (!this.isPunctuation('!')) return this.parseRelation();
    const bang = this.advance();
    const operand = this.nested(bang, () => this.parseNot());
    return { type: 'unary', operator: '!', operand, column: bang.column };
  }

  /** One comparison at most: `a < b < c` is an error, as relation has no repetition (§3). */
  private parseRelation(): ExpressionAst {
    const left = this.parseAdditive();
    const operator = this.relationalOperator();
    if (!operator) return left;
    const token = this.advance();
    const right = this.parseAdditive();
    const after = this.peek();
    if (this.relationalOperator()) {
      throw syntaxError(
        `Comparisons cannot be chained: unexpected ${describeToken(after)}`,
        after.column,
        'Combine comparisons with AND',
      );
    }
    return {
      type: 'binary',
      first: left,
      rest: [{ operator, operand: right, column: token.column }],
      column: left.column,
    };
  }

  private relationalOperator(): BinaryOperator | undefined {
    const token = this.peek();
    if (token.kind === 'punctuation' && RELATIONAL.has(token.value)) {
      return token.value as BinaryOperator;
    }
    // `matches` takes a Java regex (§6; deprecated but documented).
    if (this.isKeyword('matches')) return 'matches';
    if (token.kind === 'identifier' && UNSUPPORTED_OPERATORS.has(token.value.toLowerCase())) {
      throw syntaxError(`'${token.value}' is not supported`, token.column);
    }
    return undefined;
  }

  private parseAdditive(): ExpressionAst {
    return this.chain(
      () => this.parseMultiplicative(),
      () => this.punctuationOperator(['+', '-']),
    );
  }

  private parseMultiplicative(): ExpressionAst {
    return this.chain(
      () => this.parseUnary(),
      () => this.punctuationOperator(['*', '/', '%']),
    );
  }

  private punctuationOperator(operators: readonly BinaryOperator[]): BinaryOperator | undefined {
    const token = this.peek();
    return token.kind === 'punctuation'
      ? operators.find((operator) => operator === token.value)
      : undefined;
  }

  /**
   * `'!' unary` is not in the doc's grammar, where '!' sits above comparisons; allowing it
   * here too only accepts what the grammar would reject (`"x" + !flag`, `a == !b`), as
   * SpEL does (forgiving).
   */
  private parseUnary(): ExpressionAst {
    if (this.isPunctuation('-') || this.isPunctuation('!')) {
      const token = this.advance();
      const operand = this.nested(token, () => this.parseUnary());
      return { type: 'unary', operator: token.raw as '-' | '!', operand, column: token.column };
    }
    return this.parsePostfix();
  }

  /** A left-associative run of one precedence level, kept flat (see BinaryNode). */
  private chain(
    parseOperand: () => ExpressionAst,
    operatorHere: () => BinaryOperator | undefined,
  ): ExpressionAst {
    const first = parseOperand();
    const rest: BinaryLink[] = [];
    for (let operator = operatorHere(); operator; operator = operatorHere()) {
      const token = this.advance();
      rest.push({ operator, operand: parseOperand(), column: token.column });
    }
    return rest.length === 0 ? first : { type: 'binary', first, rest, column: first.column };
  }

  // ---- postfix and primary ----

  private parsePostfix(): ExpressionAst {
    const base = this.parsePrimary();
    const steps: PathStep[] = [];
    for (;;) {
      const token = this.peek();
      if (this.isPunctuation('.')) {
        this.advance();
        steps.push(this.parseMember(base, steps.length === 0));
      } else if (this.isPunctuation('[') || this.isPunctuation('.![')) {
        this.advance();
        const inner = this.nested(token, () => this.parseTernary());
        this.expect(']', `To close the '${token.raw}' at column ${token.column}`);
        steps.push(
          token.raw === '['
            ? { kind: 'index', index: inner, column: token.column }
            : { kind: 'projection', body: inner, column: token.column },
        );
      } else {
        break;
      }
    }
    return steps.length === 0 ? base : { type: 'path', base, steps, column: base.column };
  }

  /** `.name` or `.name(args)`; only roots have methods (`user.getGroups(...)`, §4, §5.4). */
  private parseMember(base: ExpressionAst, first: boolean): PathStep {
    const token = this.peek();
    if (token.kind !== 'identifier') {
      throw syntaxError(
        `Expected a property name after '.' but found ${describeToken(token)}`,
        token.column,
      );
    }
    this.advance();
    if (!this.isPunctuation('('))
      return { kind: 'property', name: token.value, column: token.column };
    if (first && base.type === 'name') {
      const name = `${base.name}.${token.value}`;
      this.requireFunction(name, base.column);
      const args = this.parseArguments(name, base.column);
      return { kind: 'method', function: name, args, column: base.column };
    }
    // OIE-style `'x'.toUpperCase()` is a different dialect (§1 sources).
    const namespaced = functionNames().find((name) => name.endsWith(`.${token.value}`));
    throw syntaxError(
      `Unknown function ${token.value}`,
      token.column,
      namespaced ? `Call it as ${namespaced}(value)` : undefined,
    );
  }

  private parsePrimary(): ExpressionAst {
    const token = this.peek();
    switch (token.kind) {
      case 'string':
      case 'number':
        this.advance();
        return { type: 'literal', value: token.value, column: token.column };
      case 'identifier':
        return this.parseIdentifier(token);
      case 'punctuation':
        if (token.value === '(') {
          this.advance();
          const inner = this.nested(token, () => this.parseTernary());
          this.expect(')', `To close the '(' at column ${token.column}`);
          return inner;
        }
        if (token.value === '{') {
          if (this.isMapStart()) {
            throw syntaxError(
              'Inline maps are only allowed as user.getGroups criteria',
              token.column,
            );
          }
          return this.parseList();
        }
        throw this.unexpected(token);
      default:
        throw this.unexpected(token);
    }
  }

  private parseIdentifier(token: Token & { kind: 'identifier' }): ExpressionAst {
    const word = token.value;
    const lower = word.toLowerCase();
    if (lower === 'true' || lower === 'false') {
      this.advance();
      return { type: 'literal', value: lower === 'true', column: token.column };
    }
    if (lower === 'null') {
      this.advance();
      return { type: 'literal', value: null, column: token.column };
    }
    if (lower === 'and' || lower === 'or' || lower === 'matches') throw this.unexpected(token);
    // SpEL constructs Okta does not support (§3, §9.5).
    if (word === 'new' && this.peek(1).kind === 'identifier') {
      throw syntaxError("'new' is not supported", token.column);
    }
    if (word === 'T' && this.isPunctuation('(', 1)) {
      throw syntaxError('Type references T(...) are not supported', token.column);
    }
    this.advance();
    if (NAMESPACES.has(word)) return this.parseNamespacedCall(token);
    if (this.isPunctuation('(')) {
      this.requireFunction(word, token.column);
      return {
        type: 'call',
        name: word,
        args: this.parseArguments(word, token.column),
        column: token.column,
      };
    }
    return { type: 'name', name: word, column: token.column };
  }

  /** `String.len(x)`: a namespace is never a value on its own (§3 primary). */
  private parseNamespacedCall(namespace: Token & { kind: 'identifier' }): ExpressionAst {
    this.expect(
      '.',
      `${namespace.value} is a group of functions, e.g. ${namespace.value}.name(...)`,
    );
    const member = this.peek();
    if (member.kind !== 'identifier') {
      throw syntaxError(
        `Expected a function name after '${namespace.value}.' but found ${describeToken(member)}`,
        member.column,
      );
    }
    this.advance();
    const name = `${namespace.value}.${member.value}`;
    this.requireFunction(name, namespace.column);
    if (!this.isPunctuation('(')) {
      throw syntaxError(
        `Expected '(' after ${name} but found ${describeToken(this.peek())}`,
        this.peek().column,
      );
    }
    return {
      type: 'call',
      name,
      args: this.parseArguments(name, namespace.column),
      column: namespace.column,
    };
  }

  /** Unknown and mapping-unavailable functions are found here, before any evaluation. */
  private requireFunction(name: string, column: number): void {
    const definition = lookupFunction(name);
    if (!definition) {
      const close = closestName(name, functionNames());
      throw syntaxError(
        `Unknown function ${name}`,
        column,
        close ? `Did you mean ${close}?` : undefined,
      );
    }
    if (definition.unavailable) throw syntaxError(definition.unavailable, column);
  }

  private parseArguments(name: string, column: number): ExpressionAst[] {
    const open = this.expect('(');
    const args: ExpressionAst[] = [];
    // user.getGroups takes inline maps as criteria (§5.4); nothing else does.
    const allowMaps = name === 'user.getGroups';
    if (!this.isPunctuation(')')) {
      for (;;) {
        const start = this.peek();
        args.push(
          this.nested(start, () =>
            allowMaps && this.isMapStart() ? this.parseMap() : this.parseTernary(),
          ),
        );
        if (!this.isPunctuation(',')) break;
        this.advance();
      }
    }
    const close = this.peek();
    if (!this.isPunctuation(')')) {
      throw syntaxError(
        `Expected ',' or ')' but found ${describeToken(close)}`,
        close.column,
        `To close the '(' of ${name} at column ${open.column}`,
      );
    }
    this.advance();
    const definition = lookupFunction(name);
    const problem = definition && argumentCountProblem(name, definition, args.length);
    if (problem) throw syntaxError(problem, column);
    return args;
  }

  /** `{ 'key' :` starts a map; anything else in braces is a list. */
  private isMapStart(): boolean {
    return this.isPunctuation('{') && this.peek(1).kind === 'string' && this.isPunctuation(':', 2);
  }

  private parseList(): ListNode {
    const open = this.advance();
    const items: ExpressionAst[] = [];
    if (!this.isPunctuation('}')) {
      for (;;) {
        items.push(this.nested(this.peek(), () => this.parseTernary()));
        if (!this.isPunctuation(',')) break;
        this.advance();
      }
    }
    this.closeBrace(open);
    return { type: 'list', items, column: open.column };
  }

  private parseMap(): MapNode {
    const open = this.advance();
    const entries: MapNode['entries'] = [];
    for (;;) {
      const key = this.peek();
      if (key.kind !== 'string') {
        throw syntaxError(`Expected a quoted key but found ${describeToken(key)}`, key.column);
      }
      if (entries.some((entry) => entry.key === key.value)) {
        throw syntaxError(`Duplicate key '${key.value}'`, key.column);
      }
      this.advance();
      this.expect(':');
      const value = this.nested(key, () => this.parseTernary());
      entries.push({ key: key.value, value, column: key.column });
      if (!this.isPunctuation(',')) break;
      this.advance();
    }
    this.closeBrace(open);
    return { type: 'map', entries, column: open.column };
  }

  private closeBrace(open: Token): void {
    const close = this.peek();
    if (!this.isPunctuation('}')) {
      throw syntaxError(
        `Expected ',' or '}' but found ${describeToken(close)}`,
        close.column,
        `To close the '{' at column ${open.column}`,
      );
    }
    this.advance();
  }
}
