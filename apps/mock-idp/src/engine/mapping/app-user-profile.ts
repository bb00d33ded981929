/**
 * The app user profile of one person: each app attribute from its Okta → app mapping when it
 * has one, else from assignment values (Personal: the user's value first; Group: the first
 * assigned group's value first).
 *
 * Okta re-evaluates mappings only when a user is assigned, their profile changes or mappings
 * are (re)applied, never because a group membership changed (okta-expression-language §1,
 * "timing rule"): callers pass `reapplyMappings` accordingly and unmapped values are kept.
 */
import { coerceAttributeValue } from '../app-profile/attribute-values.ts';
import {
  evaluateAst,
  ExpressionError,
  parseExpression,
  type ExpressionAst,
  type ExpressionContext,
} from '../expression/index.ts';
import type { App, AppAttribute } from '../model/app.ts';
import type { EffectiveAssignment } from '../model/directory-index.ts';

export interface AttributeProblem {
  variableName: string;
  message: string;
  /** Column in the mapping expression, when the problem is in it. */
  column?: number;
}

export interface ProfileInputs {
  app: App;
  assignment: EffectiveAssignment;
  context: ExpressionContext;
  /** The current app user profile, for values that are not recomputed. */
  previous: Record<string, unknown> | undefined;
  reapplyMappings: boolean;
  /** Creating: every mapping applies, also "create only" ones. */
  creating: boolean;
}

export interface ProfileResult {
  profile: Record<string, unknown>;
  problems: AttributeProblem[];
}

const parsed = new Map<string, ExpressionAst>();
const MAX_CACHED = 500;

function parseCached(source: string): ExpressionAst {
  let ast = parsed.get(source);
  if (!ast) {
    ast = parseExpression(source);
    if (parsed.size >= MAX_CACHED) parsed.clear();
    parsed.set(source, ast);
  }
  return ast;
}

export function computeAppUserProfile(inputs: ProfileInputs): ProfileResult {
  const profile: Record<string, unknown> = {};
  const problems: AttributeProblem[] = [];
  for (const attribute of inputs.app.attributes) {
    const raw = rawValue(attribute, inputs, problems);
    const coerced = coerceAttributeValue(attribute, raw);
    if (coerced.ok) profile[attribute.variableName] = coerced.value;
    else problems.push({ variableName: attribute.variableName, message: coerced.message });
  }
  return { profile, problems };
}

function rawValue(
  attribute: AppAttribute,
  inputs: ProfileInputs,
  problems: AttributeProblem[],
): unknown {
  const name = attribute.variableName;
  const mapping = inputs.app.mappings[name];
  if (mapping) {
    const applies =
      inputs.creating || (inputs.reapplyMappings && mapping.apply === 'createAndUpdate');
    if (!applies) return inputs.previous?.[name] ?? null;
    try {
      return evaluateAst(parseCached(mapping.expression), inputs.context);
    } catch (error) {
      if (!(error instanceof ExpressionError)) throw error;
      problems.push({
        variableName: name,
        message: `Mapping of ${name} (${mapping.expression}): ${error.message}`,
        column: error.column,
      });
      return null;
    }
  }
  const { direct, viaGroups } = inputs.assignment;
  const userValue = nonEmpty(direct?.values[name]);
  const groupValue = viaGroups.map((group) => nonEmpty(group.values[name])).find((v) => v !== null);
  return attribute.scope === 'group'
    ? (groupValue ?? userValue)
    : (userValue ?? groupValue ?? null);
}

function nonEmpty(value: unknown): unknown {
  return value === undefined || value === '' ? null : value;
}
