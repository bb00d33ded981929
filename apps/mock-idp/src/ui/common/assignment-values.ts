import type { AppAttribute } from '../../engine/index.ts';

/** Values as typed in a form; '' means "no value". */
export type ValueDrafts = Record<string, string>;

/** The attributes an assignment can set: the ones without a mapping. */
export function assignableAttributes(
  attributes: readonly AppAttribute[],
  mappings: Record<string, unknown>,
): AppAttribute[] {
  return attributes.filter((attribute) => !(attribute.variableName in mappings));
}

/** Form drafts as assignment values: empty ones left out (or null, to clear an existing value). */
export function valuesOf(drafts: ValueDrafts, emptyAs: 'omit' | 'null'): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(drafts).flatMap(([name, value]): [string, unknown][] => {
      if (value !== '') return [[name, value]];
      return emptyAs === 'null' ? [[name, null]] : [];
    }),
  );
}

/** Assignment values as form drafts. */
export function draftsOf(values: Record<string, unknown>): ValueDrafts {
  return Object.fromEntries(
    Object.entries(values).map(([name, value]) => [
      name,
      value === null || value === undefined
        ? ''
        : Array.isArray(value)
          ? value.join(', ')
          : typeof value === 'string'
            ? value
            : JSON.stringify(value),
    ]),
  );
}

/** `workspace_dev: editor, all_workspaces: viewer`, for tables. */
export function valuesSummary(values: Record<string, unknown>): string {
  const set = Object.entries(values).filter(([, value]) => value !== null && value !== '');
  return set.length === 0
    ? '—'
    : set
        .map(
          ([name, value]) =>
            `${name}: ${typeof value === 'string' ? value : JSON.stringify(value)}`,
        )
        .join(', ');
}
