/**
 * "Does the actual JSON contain what the scenario expects": objects need the expected keys
 * (attribute names case-insensitively, as in SCIM), arrays need the same length with every
 * expected element matched by a different actual one in any order (servers may reorder
 * `roles` or `members`), scalars must be equal. Matchers for values that cannot be known:
 * "$any", "$absent", "$empty" (absent, null, [] or ""), "$string", "$number", "$boolean",
 * "$nonEmpty".
 */
export const MATCHERS = [
  '$any',
  '$absent',
  '$empty',
  '$string',
  '$number',
  '$boolean',
  '$nonEmpty',
] as const;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function matcherProblem(matcher: string, actual: unknown): string | undefined {
  switch (matcher) {
    case '$any':
      return actual === undefined ? 'is missing' : undefined;
    case '$absent':
      return actual === undefined || actual === null
        ? undefined
        : `is ${JSON.stringify(actual)}, expected absent`;
    case '$empty':
      return actual === undefined ||
        actual === null ||
        actual === '' ||
        (Array.isArray(actual) && actual.length === 0)
        ? undefined
        : `is ${JSON.stringify(actual)}, expected empty or absent`;
    case '$string':
    case '$number':
    case '$boolean':
      return typeof actual === matcher.slice(1)
        ? undefined
        : `is ${JSON.stringify(actual)}, expected a ${matcher.slice(1)}`;
    case '$nonEmpty':
      return (typeof actual === 'string' || Array.isArray(actual)) && actual.length > 0
        ? undefined
        : `is ${JSON.stringify(actual)}, expected something non-empty`;
    default:
      return undefined;
  }
}

/** Human-readable differences, each starting with the JSON path; empty when it matches. */
export function subsetMismatches(expected: unknown, actual: unknown, path = ''): string[] {
  const at = path === '' ? '(root)' : path;
  if (typeof expected === 'string' && (MATCHERS as readonly string[]).includes(expected)) {
    const problem = matcherProblem(expected, actual);
    return problem ? [`${at} ${problem}`] : [];
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return [`${at} is ${JSON.stringify(actual)}, expected an array`];
    if (actual.length !== expected.length) {
      return [
        `${at} has ${actual.length} elements, expected ${expected.length}: ${JSON.stringify(actual)}`,
      ];
    }
    const unused = new Set(actual.keys());
    const problems: string[] = [];
    expected.forEach((item, index) => {
      const match = [...unused].find((i) => subsetMismatches(item, actual[i], '').length === 0);
      if (match === undefined) {
        problems.push(
          `${at}[${index}] ${JSON.stringify(item)} matches no element of ${JSON.stringify(actual)}`,
        );
      } else {
        unused.delete(match);
      }
    });
    return problems;
  }
  if (isObject(expected)) {
    if (!isObject(actual)) return [`${at} is ${JSON.stringify(actual)}, expected an object`];
    return Object.entries(expected).flatMap(([key, value]) => {
      const actualKey = Object.hasOwn(actual, key)
        ? key
        : Object.keys(actual).find((k) => k.toLowerCase() === key.toLowerCase());
      return subsetMismatches(
        value,
        actualKey === undefined ? undefined : actual[actualKey],
        path === '' ? key : `${path}.${key}`,
      );
    });
  }
  return expected === actual
    ? []
    : [`${at} is ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`];
}
