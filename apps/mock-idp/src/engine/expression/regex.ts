/**
 * Java regexes (java.util.regex, used by `matches`, isMemberOfGroupNameRegex and, when
 * switched on, String.replace) compiled to JS RegExp for the common subset (§9.4).
 * Bad patterns are reported through `fail`, never thrown as SyntaxError.
 */

/** Java's embedded flags that JS has (UNICODE_CASE 'u' and UNIX_LINES 'd' change nothing here). */
const FLAG_MAP: Record<string, string> = { i: 'i', s: 's', m: 'm', u: '', d: '' };

export interface JavaRegexOptions {
  /** `matches` and the group functions match the whole string, like String.matches (§9.4). */
  whole: boolean;
  /** Find every occurrence (replace all). */
  global?: boolean;
}

export function compileJavaRegex(
  pattern: string,
  options: JavaRegexOptions,
  fail: (detail: string) => never,
): RegExp {
  let body = pattern;
  let flags = options.global ? 'g' : '';
  // `user.title matches '(?i)engineer'` (§6): a leading flag group becomes JS flags.
  const leading = /^\(\?([a-zA-Z]+)\)/.exec(body);
  if (leading) {
    for (const letter of leading[1] ?? '') {
      const flag = FLAG_MAP[letter];
      if (flag === undefined) fail(`Regex flag '${letter}' is not supported in '${pattern}'`);
      if (!flags.includes(flag)) flags += flag;
    }
    body = body.slice(leading[0].length);
  }
  body = translate(body, pattern, fail);
  if (/\\[pP]\{/.test(body)) flags += 'u';
  try {
    return new RegExp(options.whole ? `^(?:${body})$` : body, flags);
  } catch (error) {
    const reason =
      error instanceof Error
        ? error.message.replace(/^Invalid regular expression: \/.*\/[a-z]*: /, '')
        : '';
    return fail(`Invalid regular expression '${pattern}'${reason ? `: ${reason}` : ''}`);
  }
}

/** Maps Java-only anchors and rejects Java-only constructs JS would misread. */
function translate(body: string, pattern: string, fail: (detail: string) => never): string {
  let result = '';
  let inClass = false;
  for (let index = 0; index < body.length; index += 1) {
    const char = body.charAt(index);
    const next = body.charAt(index + 1);
    if (char === '\\') {
      if (!inClass && next === 'A') result += '^';
      else if (!inClass && (next === 'z' || next === 'Z')) result += '$';
      else result += char + next;
      index += 1;
    } else if (inClass) {
      if (char === ']') inClass = false;
      result += char;
    } else if (char === '[') {
      inClass = true;
      result += char;
    } else if (char === '(' && next === '?' && /[a-zA-Z>-]/.test(body.charAt(index + 2))) {
      fail(`Inline flags and atomic groups are not supported inside '${pattern}'`);
    } else {
      result += char;
    }
  }
  return result;
}
