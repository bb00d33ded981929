import { ScimError, type PatchOperationName } from '@scim/schema';
import type { PatchContext } from './document.ts';
import { isEmpty, isObject, type JsonObject } from './json.ts';

/**
 * An attribute of an extension this server has no schema for, e.g. Entra's
 * `urn:ietf:params:scim:schemas:extension:CustomExtensionName:2.0:User:costCode`.
 * POST and PUT keep such data verbatim, so PATCH stores it verbatim too:
 * nothing accepted is lost. `name` undefined means the whole extension object.
 */
export interface OpaqueTarget {
  kind: 'opaque';
  text: string;
  urn: string;
  name: string | undefined;
  sub: string | undefined;
}

export function applyOpaque(
  context: PatchContext,
  op: PatchOperationName,
  target: OpaqueTarget,
  raw: unknown,
): void {
  const document = context.document;
  const key =
    Object.keys(document).find((k) => k.toLowerCase() === target.urn.toLowerCase()) ?? target.urn;
  const clear = op === 'remove' || raw === null || raw === '';

  if (target.name === undefined) {
    if (clear) {
      delete document[key];
      return;
    }
    if (!isObject(raw))
      throw ScimError.of('invalidValue', `Extension '${target.urn}' must be an object`);
    document[key] = { ...(isObject(document[key]) ? document[key] : {}), ...structuredClone(raw) };
    return;
  }

  const container: JsonObject = isObject(document[key]) ? document[key] : {};
  const name =
    Object.keys(container).find((k) => k.toLowerCase() === target.name?.toLowerCase()) ??
    target.name;
  if (target.sub === undefined) {
    if (clear) delete container[name];
    else if (op === 'add' && Array.isArray(container[name]) && Array.isArray(raw)) {
      container[name] = [...(container[name] as unknown[]), ...(structuredClone(raw) as unknown[])];
    } else container[name] = structuredClone(raw);
  } else {
    const parent: JsonObject = isObject(container[name]) ? container[name] : {};
    if (clear) delete parent[target.sub];
    else parent[target.sub] = structuredClone(raw);
    if (isEmpty(parent)) delete container[name];
    else container[name] = parent;
  }
  if (isEmpty(container)) delete document[key];
  else document[key] = container;
}
