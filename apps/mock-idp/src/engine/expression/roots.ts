import type { ExpressionContext } from './context.ts';
import { closestName } from './suggest.ts';
import { normalize } from './values.ts';

/** The context roots of §4; app instance roots (`zendesk`, `zendesk_app`) come from context.apps. */
export const STANDARD_ROOTS = ['user', 'appuser', 'app', 'org', 'idpuser', 'session'] as const;

type StandardRoot = (typeof STANDARD_ROOTS)[number];

function isStandardRoot(name: string): name is StandardRoot {
  return (STANDARD_ROOTS as readonly string[]).includes(name);
}

/** `$app_app` is the settings of app `$app` (§4). */
const SETTINGS_SUFFIX = '_app';

/**
 * The value of a root, or undefined when the name is not a root. A known root the context
 * leaves out (no appuser in an Okta → App mapping) is null, so its attributes read as null
 * like any unknown attribute (§9.2).
 */
export function rootValue(name: string, context: ExpressionContext): unknown {
  if (isStandardRoot(name)) return normalize(context[name]);
  const apps = context.apps;
  if (!apps) return undefined;
  if (Object.hasOwn(apps, name)) return apps[name]?.profile ?? null;
  if (name.endsWith(SETTINGS_SUFFIX)) {
    const app = name.slice(0, -SETTINGS_SUFFIX.length);
    if (Object.hasOwn(apps, app)) return apps[app]?.settings ?? null;
  }
  return undefined;
}

/** For static checks, where only app names are known. */
export function isKnownRoot(name: string, appNames: readonly string[]): boolean {
  if (isStandardRoot(name) || appNames.includes(name)) return true;
  return (
    name.endsWith(SETTINGS_SUFFIX) && appNames.includes(name.slice(0, -SETTINGS_SUFFIX.length))
  );
}

/** Why a name is unknown and what was probably meant. */
export function unknownNameHint(name: string, user?: Record<string, unknown>): string {
  const root = closestName(name, STANDARD_ROOTS);
  if (root) return `Did you mean ${root}?`;
  if (user && Object.hasOwn(user, name)) return `Did you mean user.${name}?`;
  return `Attributes need a root, e.g. user.${name} (roots: ${STANDARD_ROOTS.join(', ')})`;
}
