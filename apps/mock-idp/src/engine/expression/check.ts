import type { ExpressionAst } from './ast.ts';
import { ExpressionError, syntaxError } from './errors.ts';
import { parseExpression } from './parser.ts';
import { isKnownRoot, unknownNameHint } from './roots.ts';

export interface CheckOptions {
  /** App instance names that may be used as roots (`zendesk.firstName`, `zendesk_app.domain`). */
  apps?: readonly string[];
  /**
   * Check as a group rule: only `user.*`, and no Convert, Iso3166Convert or Time functions
   * (§1 "Group rules", §5.3, §6).
   */
  groupRule?: boolean;
}

export type CheckResult =
  { ok: true } | { ok: false; message: string; column: number; hint?: string };

/**
 * Everything that can be found without a person: syntax, unknown functions, argument counts
 * and unknown roots. For inline errors while a mapping is typed.
 */
export function checkExpression(source: string, options: CheckOptions = {}): CheckResult {
  try {
    checkNode(parseExpression(source), false, options);
    return { ok: true };
  } catch (error) {
    if (!(error instanceof ExpressionError)) throw error;
    const failure = { ok: false as const, message: error.message, column: error.column };
    return error.hint === undefined ? failure : { ...failure, hint: error.hint };
  }
}

const GROUP_RULE_FORBIDDEN = /^(Convert|Iso3166Convert|Time)\./;

/** Nesting is bounded by the parser, so plain recursion is safe here. */
function checkNode(node: ExpressionAst, inProjection: boolean, options: CheckOptions): void {
  const visit = (child: ExpressionAst, projection = inProjection): void =>
    checkNode(child, projection, options);
  switch (node.type) {
    case 'literal':
      return;
    case 'name':
      // Inside `.![...]` bare names are properties of each item.
      if (inProjection) return;
      if (!isKnownRoot(node.name, options.apps ?? [])) {
        throw syntaxError(`Unknown name '${node.name}'`, node.column, unknownNameHint(node.name));
      }
      if (options.groupRule && node.name !== 'user') {
        throw syntaxError(
          `Group rules can only use user attributes, not '${node.name}'`,
          node.column,
        );
      }
      return;
    case 'list':
      node.items.forEach((item) => visit(item));
      return;
    case 'map':
      node.entries.forEach((entry) => visit(entry.value));
      return;
    case 'call':
      if (options.groupRule && GROUP_RULE_FORBIDDEN.test(node.name)) {
        throw syntaxError(`${node.name} cannot be used in group rules`, node.column);
      }
      node.args.forEach((arg) => visit(arg));
      return;
    case 'unary':
      visit(node.operand);
      return;
    case 'binary':
      visit(node.first);
      node.rest.forEach((link) => visit(link.operand));
      return;
    case 'ternary':
      visit(node.test);
      visit(node.consequent);
      visit(node.alternate);
      return;
    case 'path':
      visit(node.base);
      for (const step of node.steps) {
        if (step.kind === 'index') visit(step.index);
        else if (step.kind === 'projection') visit(step.body, true);
        else if (step.kind === 'method') step.args.forEach((arg) => visit(arg));
      }
      return;
  }
}
