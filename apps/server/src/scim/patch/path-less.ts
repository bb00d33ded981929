import {
  ScimError,
  findSchema,
  isUrn,
  splitQualifiedName,
  type ResourceTypeDefinition,
} from '@scim/schema';
import { isObject } from './json.ts';
import { isReadOnly, resolvePatchPath, type PatchTarget } from './resolve-path.ts';

export interface ValueEntry {
  target: PatchTarget;
  raw: unknown;
}

/**
 * Turns the object value of a path-less add/replace (or of a whole-extension
 * path) into (target, value) pairs: each key is read as a path, so plain names,
 * dotted names (`name.givenName`, Entra aadOptscim062020), URN-qualified names
 * and extension URNs holding objects all work (Entra E-8). readOnly keys are
 * skipped (Okta O-14: rename carries read-only id). Unknown keys are invalidPath.
 */
export function valueEntries(
  value: unknown,
  resourceType: ResourceTypeDefinition,
  extensionUrn?: string,
): ValueEntry[] {
  if (!isObject(value)) {
    const where = extensionUrn ? `'${extensionUrn}'` : 'An operation without a path';
    throw ScimError.of('invalidValue', `${where} needs an object of attributes as value`);
  }
  const entries: ValueEntry[] = [];
  for (const [key, raw] of Object.entries(value)) {
    if (key.toLowerCase() === 'schemas') continue; // not an attribute; derived by the server
    if (
      !extensionUrn &&
      isUrn(key) &&
      isObject(raw) &&
      !findSchema(resourceType, key) &&
      !knownPrefix(key, resourceType)
    ) {
      // A whole extension object this server has no schema for: kept verbatim.
      entries.push({
        target: { kind: 'opaque', text: key, urn: key, name: undefined, sub: undefined },
        raw,
      });
      continue;
    }
    const target = resolvePatchPath(extensionUrn ? `${extensionUrn}:${key}` : key, resourceType);
    if (isReadOnly(target)) continue;
    if (target.kind === 'root') entries.push(...valueEntries(raw, resourceType));
    else entries.push({ target, raw });
  }
  return entries;
}

/** `urn:…:enterprise:2.0:User:manager` names an attribute of a known schema, not an extension. */
function knownPrefix(key: string, resourceType: ResourceTypeDefinition): boolean {
  return splitQualifiedName(key, resourceType) !== undefined;
}
