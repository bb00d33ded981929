/**
 * The PATCH operations Entra sends to bring a user in line with its source (idp-wire-behavior
 * §3.3): Entra reads the user, compares each mapped attribute, and PATCHes only what differs.
 *
 * Default `scim` job: one op per attribute, capitalised (`Add` for a value that was empty,
 * else `Replace`), Booleans as the strings "True"/"False" (E-5, E-6, E-7, E-8). A value that
 * became empty is not sent at all: Entra never provisions nulls (§3.1), so the old value stays.
 * With `aadOptscim062020`: lower-case ops, real Booleans, additions and replacements each as
 * one path-less op whose keys are dotted paths or URN-qualified names (E-8 "with flag").
 * Attributes that select an element (`roles[type eq "…"].value`) keep their path either way,
 * since a dotted key cannot carry a filter.
 */
import { sameValue } from '../app-profile/attribute-values.ts';
import { hasSelector, readAttribute, scimPathOf } from '../app-profile/resource-paths.ts';
import type { SentAttribute } from '../app-profile/serialize-app-user.ts';
import type { ScimResource } from './request-profile.ts';

export interface PatchOperation {
  op: string;
  path?: string;
  value?: unknown;
}

type Kind = 'add' | 'replace';

/** Entra's default job sends Booleans as "True"/"False" (E-7). */
export function entraValue(value: unknown, flag: boolean): unknown {
  if (flag || typeof value !== 'boolean') return value;
  return value ? 'True' : 'False';
}

export function entraOp(kind: Kind, flag: boolean): string {
  return flag ? kind : kind[0]?.toUpperCase() + kind.slice(1);
}

function changeKind(current: unknown, desired: unknown): Kind | undefined {
  if (desired === null) return undefined;
  if (current === undefined || current === null || current === '') return 'add';
  return sameValue(current, desired) ? undefined : 'replace';
}

export function userPatchOperations(
  current: ScimResource,
  sent: readonly SentAttribute[],
  flag: boolean,
): PatchOperation[] {
  const pathOps: PatchOperation[] = [];
  const merged: Record<'add' | 'replace', Record<string, unknown>> = { add: {}, replace: {} };
  for (const { location, value } of sent) {
    const kind = changeKind(readAttribute(current, location), value);
    if (kind === undefined) continue;
    const path = scimPathOf(location);
    if (flag && !hasSelector(location)) {
      merged[kind][path] = value;
    } else {
      pathOps.push({ op: entraOp(kind, flag), path, value: entraValue(value, flag) });
    }
  }
  const pathless = (['add', 'replace'] as const)
    .filter((kind) => Object.keys(merged[kind]).length > 0)
    .map((kind) => ({ op: kind, value: merged[kind] }));
  return [...pathless, ...pathOps];
}
