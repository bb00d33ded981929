import { compileJavaRegex } from '../regex.ts';
import { scalarText } from '../values.ts';
import { flattenValues, integerArg, textArg } from './arguments.ts';
import { type CallEnv, type FunctionDef, type FunctionTable, fixed } from './types.ts';

/**
 * String.* (okta-expression-language §5.1) and the deprecated bare forms still used in
 * mappings. Null input is [UNK] in the doc ("check for empty/null first", §7); the choices
 * here never throw: transforms return null (no value to transform), predicates return false,
 * String.len returns 0 like Arrays.size(NULL), and null extra arguments count as "".
 * Semantics where the doc is silent follow Apache Commons StringUtils, whose names
 * (substringBefore, substringAfter, replace, ...) these functions mirror.
 */

const toUpperCase = fixed(
  '(str)',
  1,
  (args, env) => textArg(args[0], env, 'str')?.toUpperCase() ?? null,
);
const toLowerCase = fixed(
  '(str)',
  1,
  (args, env) => textArg(args[0], env, 'str')?.toLowerCase() ?? null,
);

/** Start inclusive, end exclusive, 0-based (§5.1); out-of-range indexes are clamped rather
 * than failing as Java would, so a short last name still maps (doc silent; forgiving). */
const substring = fixed('(str, start, end)', 3, (args, env) => {
  const text = textArg(args[0], env, 'str');
  const start = integerArg(args[1], env, 'start');
  const end = integerArg(args[2], env, 'end');
  if (text === null) return null;
  const from = clamp(start, 0, text.length);
  const to = clamp(end, 0, text.length);
  return to <= from ? '' : text.slice(from, to);
});

/** Text before the first occurrence (§5.1); StringUtils: not found → the whole text. */
const substringBefore = fixed('(str, search)', 2, (args, env) => {
  const text = textArg(args[0], env, 'str');
  const search = textArg(args[1], env, 'search');
  if (text === null || text === '' || search === null) return text;
  const at = text.indexOf(search);
  return at === -1 ? text : text.slice(0, at);
});

/** Text after the first occurrence (§5.1); StringUtils: not found → "". */
const substringAfter = fixed('(str, search)', 2, (args, env) => {
  const text = textArg(args[0], env, 'str');
  const search = textArg(args[1], env, 'search');
  if (text === null || text === '') return text;
  if (search === null) return '';
  const at = text.indexOf(search);
  return at === -1 ? '' : text.slice(at + search.length);
});

function replace(all: boolean): FunctionDef {
  return fixed('(str, match, replacement)', 3, (args, env) => {
    const text = textArg(args[0], env, 'str');
    const match = textArg(args[1], env, 'match');
    const replacement = textArg(args[2], env, 'replacement') ?? '';
    // StringUtils.replace: an empty or null search leaves the text as it is.
    if (text === null || match === null || match === '') return text;
    if (env.options.replaceMatch === 'regex')
      return replaceRegex(text, match, replacement, all, env);
    // split/join and slice keep '$&' and friends in the replacement literal.
    if (all) return text.split(match).join(replacement);
    const at = text.indexOf(match);
    return at === -1 ? text : text.slice(0, at) + replacement + text.slice(at + match.length);
  });
}

/** Java's replaceAll/replaceFirst: `$n` is a group, `\x` is a literal x. */
function replaceRegex(
  text: string,
  pattern: string,
  replacement: string,
  all: boolean,
  env: CallEnv,
): string {
  const regex = compileJavaRegex(pattern, { whole: false, global: all }, (detail) =>
    env.fail(detail),
  );
  return text.replace(regex, (...found: unknown[]) => {
    // found = [match, group1, ..., offset, text, namedGroups?]: groups end at the offset.
    const offsetAt = found.findIndex((item, index) => index > 0 && typeof item === 'number');
    const groups = found.slice(0, offsetAt);
    return replacement.replace(
      /\\(.)|\$(\d)/g,
      (_, literal: string | undefined, group: string | undefined) =>
        literal ?? scalarText(groups[Number(group)]) ?? '',
    );
  });
}

export const stringFunctions: FunctionTable = {
  'String.append': fixed('(str, suffix)', 2, (args, env) => {
    return (textArg(args[0], env, 'str') ?? '') + (textArg(args[1], env, 'suffix') ?? '');
  }),
  /** Arrays among the values are joined item by item; nulls are skipped so a missing middle
   * name does not leave a double separator (doc silent; forgiving). */
  'String.join': {
    params: '(separator, str, ...)',
    minArgs: 1,
    maxArgs: Infinity,
    call: (args, env) => {
      const separator = textArg(args[0], env, 'separator') ?? '';
      const values = flattenValues(args.slice(1), env, false);
      return values.map((value) => textArg(value, env, 'str')).join(separator);
    },
  },
  'String.len': fixed('(str)', 1, (args, env) => textArg(args[0], env, 'str')?.length ?? 0),
  /** Removes every whitespace character, not only ' ' (doc silent; tabs are as unwanted). */
  'String.removeSpaces': fixed(
    '(str)',
    1,
    (args, env) => textArg(args[0], env, 'str')?.replace(/\s+/g, '') ?? null,
  ),
  /** Every occurrence, including inside words (§5.1); literal unless replaceMatch is 'regex'. */
  'String.replace': replace(true),
  'String.replaceFirst': replace(false),
  'String.startsWith': fixed('(str, prefix)', 2, (args, env) => {
    const text = textArg(args[0], env, 'str');
    const prefix = textArg(args[1], env, 'prefix');
    return text !== null && prefix !== null && text.startsWith(prefix);
  }),
  /** Case-sensitive (§5.1). */
  'String.stringContains': fixed('(str, search)', 2, (args, env) => {
    const text = textArg(args[0], env, 'str');
    const search = textArg(args[1], env, 'search');
    return text !== null && search !== null && text.includes(search);
  }),
  /** Keys are substring tests tried in argument order; the first hit wins (§5.1). */
  'String.stringSwitch': {
    params: '(input, default, key1, value1, ...)',
    minArgs: 2,
    maxArgs: Infinity,
    argCountProblem: (count) =>
      count % 2 === 0 ? undefined : 'every key needs a value after the default',
    call: (args, env) => {
      const input = textArg(args[0], env, 'input');
      if (input !== null) {
        for (let index = 2; index + 1 < args.length; index += 2) {
          const key = textArg(args[index], env, 'key');
          if (key !== null && input.includes(key)) return args[index + 1] ?? null;
        }
      }
      return args[1] ?? null;
    },
  },
  'String.substring': substring,
  'String.substringAfter': substringAfter,
  'String.substringBefore': substringBefore,
  'String.toUpperCase': toUpperCase,
  'String.toLowerCase': toLowerCase,
  // Deprecated bare forms, still common in mappings (§5.1).
  toUpperCase,
  toLowerCase,
  substringBefore,
  substringAfter,
  substring,
};

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max);
}
