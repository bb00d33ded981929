import {
  ScimError,
  isJsonObject,
  matchesFilter,
  parsePath,
  type Filter,
  type PatchOperation,
} from '@scim/schema';

/**
 * Group PATCH operations that touch `members`, taken out of the request so
 * they run as row inserts/deletes on the membership table instead of a
 * rewrite of the whole group (large groups stay cheap).
 */
export type MemberCommand =
  | { kind: 'add'; values: string[] }
  | { kind: 'remove'; values: string[] }
  | { kind: 'removeWhere'; filter: Filter }
  | { kind: 'removeAll' }
  | { kind: 'replace'; values: string[] };

export interface SplitOperations {
  /** In request order, for the membership table. */
  members: MemberCommand[];
  /** Everything else, for the PATCH engine. */
  document: PatchOperation[];
}

export function splitMemberOperations(operations: PatchOperation[]): SplitOperations {
  const members: MemberCommand[] = [];
  const document: PatchOperation[] = [];
  for (const operation of operations) {
    if (operation.path === undefined) {
      splitPathless(operation, members, document);
      continue;
    }
    if (!/^\s*members\b/i.test(operation.path)) {
      document.push(operation);
      continue;
    }
    members.push(memberCommand(operation, operation.path));
  }
  return { members, document };
}

/** Okta and Entra may put `members` inside a path-less value object. */
function splitPathless(
  operation: PatchOperation,
  members: MemberCommand[],
  document: PatchOperation[],
): void {
  if (!isJsonObject(operation.value)) {
    document.push(operation);
    return;
  }
  const rest: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(operation.value)) {
    if (key.toLowerCase() === 'members') {
      members.push(memberCommand({ op: operation.op, path: 'members', value }, 'members'));
    } else {
      rest[key] = value;
    }
  }
  if (Object.keys(rest).length > 0) document.push({ ...operation, value: rest });
}

function memberCommand(operation: PatchOperation, pathText: string): MemberCommand {
  const path = parsePath(pathText);
  if (path.attribute.urn !== undefined && !/core:2\.0:Group$/i.test(path.attribute.urn)) {
    throw ScimError.of('invalidPath', `Unknown attribute '${pathText}'`);
  }
  if (path.attribute.sub !== undefined || path.subAttribute !== undefined) {
    throw ScimError.of(
      'mutability',
      'Sub-attributes of members cannot be changed; remove and add the member',
    );
  }
  if (path.valueFilter) {
    // `members[value eq "…"]` (Okta O-13): only remove is meaningful.
    if (operation.op !== 'remove') {
      throw ScimError.of(
        'invalidPath',
        `"${operation.op}" cannot target a filtered members path; use add or remove`,
      );
    }
    const ids = valueEqualities(path.valueFilter);
    return ids
      ? { kind: 'remove', values: ids }
      : { kind: 'removeWhere', filter: path.valueFilter };
  }
  switch (operation.op) {
    case 'add':
      return { kind: 'add', values: memberIds(operation.value) };
    case 'replace':
      // Okta Push Now: the full membership, also when empty.
      return { kind: 'replace', values: memberIds(operation.value) };
    case 'remove':
      // Entra: `{"op":"Remove","path":"members","value":[{"value":"…"}]}` removes those members only.
      return operation.value === undefined || operation.value === null
        ? { kind: 'removeAll' }
        : { kind: 'remove', values: memberIds(operation.value) };
  }
}

/** Member ids from `[{value}]`, a single `{value}`, or bare id strings. */
export function memberIds(value: unknown): string[] {
  if (value === null || value === undefined) return [];
  const items = Array.isArray(value) ? value : [value];
  return items.map((item, index) => {
    const id = typeof item === 'string' ? item : isJsonObject(item) ? fieldValue(item) : undefined;
    if (typeof id !== 'string' || id.trim() === '') {
      throw ScimError.of('invalidValue', `members[${index}].value must be a non-empty string`);
    }
    return id;
  });
}

function fieldValue(item: Record<string, unknown>): unknown {
  const key = Object.keys(item).find((k) => k.toLowerCase() === 'value');
  return key === undefined ? undefined : item[key];
}

/** `value eq "a" or value eq "b"` → ['a', 'b']; anything else → undefined. */
function valueEqualities(filter: Filter): string[] | undefined {
  if (filter.kind === 'or') {
    const left = valueEqualities(filter.left);
    const right = valueEqualities(filter.right);
    return left && right ? [...left, ...right] : undefined;
  }
  if (
    filter.kind === 'compare' &&
    filter.op === 'eq' &&
    filter.path.name.toLowerCase() === 'value' &&
    filter.path.sub === undefined &&
    typeof filter.value === 'string'
  ) {
    return [filter.value];
  }
  return undefined;
}

/** Evaluates a members filter such as `type eq "Group"` against loaded members. */
export function memberMatches(
  filter: Filter,
  member: { value: string; type: string; display?: string },
): boolean {
  return matchesFilter(filter, member);
}
