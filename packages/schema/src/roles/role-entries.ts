import { ScimError } from '../errors.ts';
import { isJsonObject } from '../normalize/resource.ts';
import type { RoleAssignment } from './assignment.ts';
import { MAX_ROLE_ENTRIES } from './limits.ts';
import { memberOf } from './member.ts';
import { readRoleIdText } from './role-id-text.ts';
import { claimsRoleType, formatRoleType, parseRoleType } from './role-type.ts';
import { parseRoleValue } from './role-value.ts';
import { compareText, show } from './text.ts';

/** What one `roles` array asks for: assignments to set, and types to remove. Both sorted by type. */
export interface RoleChanges {
  set: RoleAssignment[];
  remove: string[];
}

/** One entry read: a null value removes the type. */
interface RoleEntry {
  type: string;
  value: string | null;
}

/**
 * Reads every shape IdPs send for one `roles` array into a change set: the assignments to set, the
 * types to remove (null values). Later entries for the same type win (one assignment per type).
 *
 * Accepted, as an array or a single item (idp-wire-behavior.md §1.4, §3.3 E-10):
 * - `{ type: T, value: V }` with T in the grammar; V null, "" or absent removes T (Okta mappings);
 * - `{ type: X, value: "T:V" }` with X outside the grammar (Entra's fixed
 *   `WindowsAzureActiveDirectoryRole`), V possibly a JSON document encoded as a string;
 * - `{ value: "T:V" }` with no type, V likewise possibly JSON-encoded;
 * - a plain `"T:V"` string (Okta's default template: `roles: ["workspace_prod:editor"]`).
 * Other sub-attributes (primary, display, $ref) are ignored. An entry with no type and no value
 * (null, "", `{ value: "" }`) carries nothing and is skipped (RFC 7643 §2.5).
 */
export function readRoleEntries(entries: unknown): RoleChanges {
  if (entries === null || entries === undefined) return { set: [], remove: [] };
  const items: readonly unknown[] = Array.isArray(entries) ? entries : [entries];
  if (items.length > MAX_ROLE_ENTRIES) {
    throw ScimError.of(
      'invalidValue',
      `roles has ${items.length} entries; at most ${MAX_ROLE_ENTRIES} are accepted`,
    );
  }
  const byType = new Map<string, string | null>();
  items.forEach((item, index) => {
    const entry = atIndex(index, () => readEntry(item));
    if (entry) byType.set(entry.type, entry.value);
  });

  const changes: RoleChanges = { set: [], remove: [] };
  for (const [type, value] of [...byType].sort(([a], [b]) => compareText(a, b))) {
    if (value === null) changes.remove.push(type);
    else changes.set.push({ type, value });
  }
  return changes;
}

function readEntry(item: unknown): RoleEntry | undefined {
  if (item === null || item === undefined || item === '') return undefined;
  if (typeof item === 'string') return readRoleIdText(item);
  if (!isJsonObject(item)) {
    throw ScimError.of(
      'invalidValue',
      `${show(item)} is not a role; expected { "type", "value" } or a "<type>:<value>" string`,
    );
  }
  const type = memberOf(item, 'type');
  const value = memberOf(item, 'value');
  if (type !== undefined && type !== null && typeof type !== 'string') {
    throw ScimError.of('invalidValue', `Role type ${show(type)} is not a string`);
  }
  if (type && claimsRoleType(type)) {
    const roleType = parseRoleType(type);
    return { type: formatRoleType(roleType), value: parseRoleValue(roleType, value) };
  }
  if (value === null || value === undefined || value === '') return undefined;
  if (typeof value !== 'string') {
    throw ScimError.of(
      'invalidValue',
      `Role value ${show(value)} is not a "<type>:<value>" string`,
    );
  }
  if (!type) return readRoleIdText(value);
  // A foreign type says nothing about the role, so the value must carry all of it.
  try {
    return readRoleIdText(value);
  } catch (error) {
    if (!ScimError.isScimError(error)) throw error;
    throw ScimError.of(
      'invalidValue',
      `Role type ${show(type)} is not in the role grammar, so the value must be a role id: ${error.message}`,
    );
  }
}

/** Names the entry in any detail thrown while reading it. */
function atIndex<T>(index: number, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (!ScimError.isScimError(error)) throw error;
    throw ScimError.of('invalidValue', `roles[${index}]: ${error.message}`);
  }
}
