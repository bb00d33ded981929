import type { JsonObject } from '../port.ts';

/** Derives the promoted columns of a user from its document (the document stays the source of truth). */
export function userColumns(data: JsonObject) {
  const userName = String(data.userName);
  return {
    userName,
    userNameKey: userName.toLowerCase(),
    externalId: typeof data.externalId === 'string' ? data.externalId : null,
    displayName: typeof data.displayName === 'string' ? data.displayName : null,
    emailsKey: valuesKey(data.emails),
    active: data.active !== false,
  };
}

/**
 * The `value`s of a multi-valued attribute, one per line, lower-cased the
 * way SQLite's lower() does it (ASCII only): filter-sql.ts tests a filter
 * value against it with instr(key, lower(?)), so any element that matches
 * is found, whatever else the line holds. Migration 0010 fills it the same way.
 */
export function valuesKey(elements: unknown): string {
  if (!Array.isArray(elements)) return '';
  return elements
    .map((element) => (element as { value?: unknown } | null)?.value)
    .filter((value): value is string => typeof value === 'string')
    .map((value) => value.replace(/[A-Z]+/g, (letters) => letters.toLowerCase()))
    .join('\n');
}

export function groupColumns(data: JsonObject) {
  const displayName = String(data.displayName);
  return {
    displayName,
    displayNameKey: displayName.toLowerCase(),
    externalId: typeof data.externalId === 'string' ? data.externalId : null,
  };
}

export function serviceAccountColumns(data: JsonObject) {
  const displayName = String(data.displayName);
  return {
    displayName,
    displayNameKey: displayName.toLowerCase(),
    externalId: typeof data.externalId === 'string' ? data.externalId : null,
    active: data.active !== false,
  };
}

/** SQLite reports unique index violations with this code; drizzle may wrap the driver error as `cause`. */
export function isUniqueViolation(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 5; depth++) {
    if (typeof e === 'object' && 'code' in e && e.code === 'SQLITE_CONSTRAINT_UNIQUE') return true;
    e = typeof e === 'object' && 'cause' in e ? e.cause : undefined;
  }
  return false;
}
