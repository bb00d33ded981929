/**
 * The typed tree parseExpression produces (okta-expression-language §3).
 * Plain data: it can be cached, logged or sent to a worker. Every node keeps the 1-based
 * column that evaluation errors point at.
 */

export type LiteralValue = string | number | boolean | null;

export interface LiteralNode {
  type: 'literal';
  value: LiteralValue;
  column: number;
}

/** `{1, 2, 3}` (§3 inline list). */
export interface ListNode {
  type: 'list';
  items: ExpressionAst[];
  column: number;
}

/** `{'group.type': {'OKTA_GROUP'}}`, only allowed as user.getGroups criteria (§3, §5.4). */
export interface MapNode {
  type: 'map';
  entries: { key: string; value: ExpressionAst; column: number }[];
  column: number;
}

/** A bare name: a context root (`user`, `appuser`, `org`, an app instance name) or, inside a
 * projection, a property of the current element (§4). */
export interface NameNode {
  type: 'name';
  name: string;
  column: number;
}

export type PathStep =
  | { kind: 'property'; name: string; column: number }
  | { kind: 'index'; index: ExpressionAst; column: number }
  /** `.![expr]` collection projection (§3). */
  | { kind: 'projection'; body: ExpressionAst; column: number }
  /** `user.getGroups(...)` and the other user methods; `function` is the registry name. */
  | { kind: 'method'; function: string; args: ExpressionAst[]; column: number };

/** `base.a[0].![b]`: postfix steps kept flat so long chains do not nest. */
export interface PathNode {
  type: 'path';
  base: ExpressionAst;
  steps: PathStep[];
  column: number;
}

/** `String.len(x)`, `isMemberOfGroupName("x")`; `name` is the registry name. */
export interface CallNode {
  type: 'call';
  name: string;
  args: ExpressionAst[];
  column: number;
}

export interface UnaryNode {
  type: 'unary';
  operator: '-' | '!';
  operand: ExpressionAst;
  column: number;
}

export type BinaryOperator =
  | 'or'
  | 'and'
  | '?:'
  | '=='
  | '!='
  | '<'
  | '>'
  | '<='
  | '>='
  | 'matches'
  | '+'
  | '-'
  | '*'
  | '/'
  | '%';

export interface BinaryLink {
  operator: BinaryOperator;
  operand: ExpressionAst;
  /** Column of the operator, where type errors point. */
  column: number;
}

/**
 * A left-associative chain of one precedence level: `first op operand op operand ...`.
 * All links share a level (OR, AND, Elvis, relational, additive or multiplicative), so
 * evaluation folds left and can short-circuit; a chain of 5,000 `+` stays one node.
 */
export interface BinaryNode {
  type: 'binary';
  first: ExpressionAst;
  rest: BinaryLink[];
  column: number;
}

/** `test ? consequent : alternate` (§3, §6). */
export interface TernaryNode {
  type: 'ternary';
  test: ExpressionAst;
  consequent: ExpressionAst;
  alternate: ExpressionAst;
  column: number;
  /** Column of '?', where a non-Boolean condition is reported. */
  questionColumn: number;
}

export type ExpressionAst =
  | LiteralNode
  | ListNode
  | MapNode
  | NameNode
  | PathNode
  | CallNode
  | UnaryNode
  | BinaryNode
  | TernaryNode;
