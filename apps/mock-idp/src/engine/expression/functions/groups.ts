import type { CallEnv, FunctionDef, FunctionTable } from './types.ts';
import type { ExpressionGroup } from '../context.ts';
import { compileJavaRegex } from '../regex.ts';
import { describeType, isRecord, normalize } from '../values.ts';
import { arrayArg, flattenValues, integerArg, textArg } from './arguments.ts';
import { fixed } from './types.ts';

/**
 * Group functions (okta-expression-language §5.4), answered from the context's group list.
 * Names and ids match case-sensitively: the doc calls isMemberOfGroupName an "exact name"
 * match and String functions are case-sensitive too (§5.1).
 */

/** The only BUILT_IN group in Okta is Everyone (§5.4 example). */
export function groupType(group: ExpressionGroup): string {
  return group.type ?? (group.name === 'Everyone' ? 'BUILT_IN' : 'OKTA_GROUP');
}

/** A group as expressions see it: `group.name`, `group.profile.name`, `.![name]` (§5.4). */
export function groupObject(group: ExpressionGroup): Record<string, unknown> {
  const description = group.description ?? null;
  return {
    id: group.id,
    name: group.name,
    type: groupType(group),
    description,
    profile: { name: group.name, description },
    source: group.sourceId === undefined ? null : { id: group.sourceId },
  };
}

/** One group-name test; a null argument matches nothing. */
function nameTest(
  param: string,
  test: (name: string, argument: string, env: CallEnv) => boolean,
): FunctionDef {
  return fixed(`(${param})`, 1, (args, env) => {
    const argument = textArg(args[0], env, param);
    if (argument === null) return false;
    return env.context.groups.some((group) => test(group.name, argument, env));
  });
}

/**
 * The documented example is "/.*admin.*": with groupRegexSlashes 'strip' (default) one
 * leading '/' and a matching trailing '/' are delimiters; the rest must match the whole name,
 * like Java's String.matches (§5.4, §9.4).
 */
function groupNameRegex(pattern: string, env: CallEnv): RegExp {
  let body = pattern;
  if (env.options.groupRegexSlashes === 'strip' && body.startsWith('/')) {
    body = body.length > 1 && body.endsWith('/') ? body.slice(1, -1) : body.slice(1);
  }
  return compileJavaRegex(body, { whole: true }, (detail) => env.fail(detail));
}

const CRITERIA_KEYS = ['group.id', 'group.source.id', 'group.type', 'group.profile.name'];

/** user.getGroups criteria (§5.4): a set value is OR, several keys or maps are AND. */
function matchesCriteria(
  group: ExpressionGroup,
  criteria: Record<string, unknown>,
  env: CallEnv,
): boolean {
  const operatorText = textArg(criteria.operator, env, 'operator')?.toUpperCase() ?? 'STARTS_WITH';
  if (operatorText !== 'EXACT' && operatorText !== 'STARTS_WITH') {
    env.fail(`user.getGroups operator must be EXACT or STARTS_WITH, got '${operatorText}'`);
  }
  return Object.entries(criteria).every(([key, raw]) => {
    if (key === 'operator') return true;
    const wanted = flattenValues([raw], env, false).map((value) => textArg(value, env, key));
    switch (key) {
      case 'group.id':
        return wanted.includes(group.id);
      case 'group.source.id':
        return group.sourceId !== undefined && wanted.includes(group.sourceId);
      case 'group.type':
        return wanted.includes(groupType(group));
      case 'group.profile.name':
        // Default STARTS_WITH, and a plain prefix: 'East Coast.*' is not a regex (§5.4).
        return wanted.some((name) =>
          name === null
            ? false
            : operatorText === 'EXACT'
              ? group.name === name
              : group.name.startsWith(name),
        );
      default:
        return env.fail(
          `Unknown user.getGroups criterion '${key}'`,
          `Use ${CRITERIA_KEYS.join(', ')} or operator`,
        );
    }
  });
}

function claimsOnly(name: string): FunctionDef {
  return {
    params: '(appType, pattern, limit)',
    minArgs: 3,
    maxArgs: 3,
    unavailable: `${name} is only available in group claims, not in mappings`,
    call: (_args, env) => env.fail(`${name} is only available in group claims, not in mappings`),
  };
}

export const groupFunctions: FunctionTable = {
  /** Exact name, groups of any source (§5.4). */
  isMemberOfGroupName: nameTest('groupName', (name, argument) => name === argument),
  isMemberOfGroupNameStartsWith: nameTest('prefix', (name, argument) => name.startsWith(argument)),
  isMemberOfGroupNameContains: nameTest('text', (name, argument) => name.includes(argument)),
  isMemberOfGroupNameRegex: nameTest('regex', (name, argument, env) =>
    groupNameRegex(argument, env).test(name),
  ),
  /** By group id, to tell same-named groups apart (§5.4). */
  isMemberOfGroup: fixed('(groupId)', 1, (args, env) => {
    const id = textArg(args[0], env, 'groupId');
    return id !== null && env.context.groups.some((group) => group.id === id);
  }),
  /** Group ids as varargs (§5.4); a list of ids is accepted too (forgiving). */
  isMemberOfAnyGroup: {
    params: '(groupId, ...)',
    minArgs: 1,
    maxArgs: Infinity,
    call: (args, env) => {
      const ids = flattenValues(args, env, false).map((value) => textArg(value, env, 'groupId'));
      return env.context.groups.some((group) => ids.includes(group.id));
    },
  },
  /**
   * The person's groups whose id is on the allow-list, in allow-list order, each turned into
   * the value of `expression` (evaluated with `group` as its root), at most `limit` of them
   * (§5.4; order and truncation are not documented).
   */
  getFilteredGroups: fixed('(allowList, expression, limit)', 3, (args, env) => {
    const allowList = arrayArg(args[0], env, 'allowList') ?? [];
    const expression = textArg(args[1], env, 'expression');
    const limit = integerArg(args[2], env, 'limit');
    if (expression === null)
      return env.fail('getFilteredGroups needs an expression such as "group.name"');
    if (limit < 1) return env.fail('getFilteredGroups needs a limit of at least 1');
    const result: unknown[] = [];
    for (const id of allowList) {
      const group = env.context.groups.find((candidate) => candidate.id === normalize(id));
      if (!group) continue;
      if (result.length >= limit) break;
      result.push(env.evaluateNested(expression, { group: groupObject(group) }));
    }
    return result;
  }),
  'user.getGroups': {
    params: '(criteria, ...)',
    minArgs: 0,
    maxArgs: Infinity,
    call: (args, env) => {
      const criteria = args.map((arg) =>
        isRecord(arg)
          ? arg
          : env.fail(
              `user.getGroups expects criteria such as {'group.type': 'OKTA_GROUP'}, got ${describeType(arg)}`,
            ),
      );
      return env.context.groups
        .filter((group) => criteria.every((map) => matchesCriteria(group, map, env)))
        .map(groupObject);
    },
  },
  // Group claims only (§5.4): known, so the message says why they fail.
  'Groups.contains': claimsOnly('Groups.contains'),
  'Groups.startsWith': claimsOnly('Groups.startsWith'),
  'Groups.endsWith': claimsOnly('Groups.endsWith'),
};
