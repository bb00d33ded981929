/**
 * Okta Expression Language for the mock IdP's headless engine (shared/research/
 * okta-expression-language.md). DOM-free and Node-free: runs in the console and in tests.
 */
import type { ExpressionContext, ExpressionOptions } from './context.ts';
import { evaluateAst } from './evaluate.ts';
import { parseExpression } from './parser.ts';

export type { ExpressionAst } from './ast.ts';
export type {
  ExpressionContext,
  ExpressionGroup,
  ExpressionOptions,
  NamedApp,
  RelatedUser,
} from './context.ts';
export { ExpressionError, type ExpressionErrorKind } from './errors.ts';
export { checkExpression, type CheckOptions, type CheckResult } from './check.ts';
export { functionNames } from './functions/registry.ts';
export { MAX_NESTING, MAX_SOURCE_LENGTH } from './limits.ts';
export { STANDARD_ROOTS } from './roots.ts';
export { evaluateAst, parseExpression };

/** Parses and evaluates in one step; throws ExpressionError with the column. */
export function evaluateExpression(
  source: string,
  context: ExpressionContext,
  options?: ExpressionOptions,
): unknown {
  return evaluateAst(parseExpression(source), context, options);
}
