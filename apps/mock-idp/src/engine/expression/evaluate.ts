import type {
  BinaryNode,
  ExpressionAst,
  NameNode,
  PathNode,
  PathStep,
  TernaryNode,
  UnaryNode,
} from './ast.ts';
import {
  type ExpressionContext,
  type ExpressionOptions,
  type ResolvedOptions,
  resolveOptions,
} from './context.ts';
import { ExpressionError, evaluationError } from './errors.ts';
import { argumentCountProblem, lookupFunction } from './functions/registry.ts';
import type { CallEnv } from './functions/types.ts';
import { applyOperator } from './operators.ts';
import { parseExpression } from './parser.ts';
import { rootValue, unknownNameHint } from './roots.ts';
import { conditionValue, describeType, isRecord, normalize, ownProperty } from './values.ts';

interface Scope {
  context: ExpressionContext;
  options: ResolvedOptions;
  /** Roots added by an enclosing call: `group` inside getFilteredGroups' expression (§5.4). */
  extraRoots: Record<string, unknown>;
  /** Set inside `.![...]`: bare names read the current item's properties (§3 projection). */
  projection?: { element: unknown };
}

/** Evaluates a parsed expression for one person. Never returns undefined: absent is null. */
export function evaluateAst(
  ast: ExpressionAst,
  context: ExpressionContext,
  options?: ExpressionOptions,
): unknown {
  return evaluate(ast, { context, options: resolveOptions(options), extraRoots: {} });
}

function evaluate(node: ExpressionAst, scope: Scope): unknown {
  switch (node.type) {
    case 'literal':
      return node.value;
    case 'list':
      return node.items.map((item) => evaluate(item, scope));
    case 'map':
      // fromEntries defines own properties, so a '__proto__' key stays a plain key.
      return Object.fromEntries(
        node.entries.map((entry) => [entry.key, evaluate(entry.value, scope)]),
      );
    case 'name':
      return resolveName(node, scope);
    case 'path':
      return evaluatePath(node, scope);
    case 'call':
      return callFunction(node.name, node.args, node.column, scope);
    case 'unary':
      return evaluateUnary(node, scope);
    case 'binary':
      return evaluateBinary(node, scope);
    case 'ternary':
      return evaluateTernary(node, scope);
  }
}

/** Unknown roots are errors; unknown attributes of a known root are null (§9.2). */
function resolveName(node: NameNode, scope: Scope): unknown {
  const { name } = node;
  const element = scope.projection?.element;
  if (isRecord(element) && Object.hasOwn(element, name)) return normalize(element[name]);
  if (Object.hasOwn(scope.extraRoots, name)) return normalize(scope.extraRoots[name]);
  const root = rootValue(name, scope.context);
  if (root !== undefined) return root;
  // Inside a projection a missing property of the item is just absent.
  if (scope.projection) return null;
  throw evaluationError(
    `Unknown name '${name}'`,
    node.column,
    unknownNameHint(name, scope.context.user),
  );
}

function evaluatePath(node: PathNode, scope: Scope): unknown {
  let value = evaluate(node.base, scope);
  for (const step of node.steps) value = applyStep(value, step, scope);
  return value;
}

/** Reading through null gives null rather than failing (doc silent; forgiving, like §7). */
function applyStep(value: unknown, step: PathStep, scope: Scope): unknown {
  switch (step.kind) {
    case 'property':
      if (value === null) return null;
      if (isRecord(value)) return ownProperty(value, step.name);
      throw evaluationError(
        `Cannot read '${step.name}' of ${describeType(value)}`,
        step.column,
        typeof value === 'string'
          ? 'Text has no properties; use String functions such as String.len(text)'
          : undefined,
      );
    case 'index':
      return readIndex(value, evaluate(step.index, scope), step.column);
    case 'projection':
      if (value === null) return null;
      if (!Array.isArray(value)) {
        throw evaluationError(
          `Projection .![...] needs an array, got ${describeType(value)}`,
          step.column,
        );
      }
      return value.map((element) =>
        evaluate(step.body, { ...scope, projection: { element: normalize(element) } }),
      );
    case 'method':
      return callFunction(step.function, step.args, step.column, scope);
  }
}

/** `{1,2,3}[0]`, `user.arrayProperty[0]` (§3), `'abc'[1]` and `user['firstName']`. */
function readIndex(value: unknown, index: unknown, column: number): unknown {
  if (value === null || index === null) return null;
  if (isRecord(value)) {
    if (typeof index === 'string' || typeof index === 'number') {
      return ownProperty(value, String(index));
    }
  } else if (Array.isArray(value) || typeof value === 'string') {
    if (typeof index !== 'number' || !Number.isInteger(index)) {
      throw evaluationError(`An index must be a whole number, got ${describeType(index)}`, column);
    }
    // Outside the bounds is null rather than Java's exception (doc silent; forgiving).
    const item: unknown = Array.isArray(value) ? value[index] : value.charAt(index) || undefined;
    return index < 0 ? null : normalize(item);
  }
  throw evaluationError(`Cannot index ${describeType(value)} with ${describeType(index)}`, column);
}

function evaluateUnary(node: UnaryNode, scope: Scope): unknown {
  const operand = evaluate(node.operand, scope);
  if (node.operator === '!') {
    const truth = conditionValue(operand);
    if (truth === undefined) {
      throw evaluationError(`'!' needs a Boolean, got ${describeType(operand)}`, node.column);
    }
    return !truth;
  }
  if (typeof operand !== 'number') {
    throw evaluationError(`'-' needs a number, got ${describeType(operand)}`, node.column);
  }
  return operand === 0 ? 0 : -operand;
}

/** Folds one precedence level left to right; AND, OR and ?: stop as soon as they know. */
function evaluateBinary(node: BinaryNode, scope: Scope): unknown {
  let result = evaluate(node.first, scope);
  for (const link of node.rest) {
    switch (link.operator) {
      case 'or':
        if (logical(result, 'OR', link.column)) return true;
        result = logical(evaluate(link.operand, scope), 'OR', link.column);
        break;
      case 'and':
        if (!logical(result, 'AND', link.column)) return false;
        result = logical(evaluate(link.operand, scope), 'AND', link.column);
        break;
      case '?:':
        // Elvis falls back on null AND on "" (§3, §7), broader than SpEL's.
        if (result !== null && result !== '') return result;
        result = evaluate(link.operand, scope);
        break;
      default:
        result = applyOperator(
          link.operator,
          result,
          evaluate(link.operand, scope),
          link.column,
          scope.options,
        );
    }
  }
  return result;
}

function logical(value: unknown, operator: 'AND' | 'OR', column: number): boolean {
  const truth = conditionValue(value);
  if (truth === undefined) {
    throw evaluationError(`${operator} needs Boolean values, got ${describeType(value)}`, column);
  }
  return truth;
}

/** Conditions must be Boolean (§6); null counts as false (see conditionValue). */
function evaluateTernary(node: TernaryNode, scope: Scope): unknown {
  const test = evaluate(node.test, scope);
  const truth = conditionValue(test);
  if (truth === undefined) {
    throw evaluationError(
      `The condition before '?' must be a Boolean, got ${describeType(test)}`,
      node.questionColumn,
    );
  }
  return evaluate(truth ? node.consequent : node.alternate, scope);
}

function callFunction(
  name: string,
  argNodes: readonly ExpressionAst[],
  column: number,
  scope: Scope,
): unknown {
  const definition = lookupFunction(name);
  // The parser has checked these; a hand-built AST may not have been.
  if (!definition) throw evaluationError(`Unknown function ${name}`, column);
  if (definition.unavailable) throw evaluationError(definition.unavailable, column);
  const problem = argumentCountProblem(name, definition, argNodes.length);
  if (problem) throw evaluationError(problem, column);

  const args = argNodes.map((arg) => evaluate(arg, scope));
  const fail = (detail: string, hint?: string): never => {
    throw evaluationError(detail, column, hint);
  };
  const env: CallEnv = {
    name,
    context: scope.context,
    options: scope.options,
    fail,
    evaluateNested: (source, roots) => {
      try {
        const ast = parseExpression(source);
        return evaluate(ast, {
          context: scope.context,
          options: scope.options,
          extraRoots: { ...scope.extraRoots, ...roots },
        });
      } catch (error) {
        if (!(error instanceof ExpressionError)) throw error;
        return fail(
          `${name} expression ${JSON.stringify(source)}, column ${error.column}: ${error.detail}`,
          error.hint,
        );
      }
    },
  };
  try {
    return normalize(definition.call(args, env));
  } catch (error) {
    if (error instanceof ExpressionError) throw error;
    // A bug or a platform limit (Intl, BigInt) inside a function still names the call.
    return fail(`${name} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
