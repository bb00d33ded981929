import { ScimError, type PatchOperation, type PatchOperationName } from '@scim/schema';
import type { PatchContext } from './document.ts';
import { addValue } from './operations/add.ts';
import { removeValue } from './operations/remove.ts';
import { replaceValue } from './operations/replace.ts';
import { isObject } from './json.ts';
import { applyOpaque, type OpaqueTarget } from './opaque.ts';
import { valueEntries } from './path-less.ts';
import {
  assertWritable,
  resolvePatchPath,
  type ExtensionTarget,
  type PatchTarget,
} from './resolve-path.ts';
import { isClearValue } from './values.ts';

/** One PATCH operation on the working copy. */
export function applyOperation(context: PatchContext, operation: PatchOperation): void {
  const { op, path, value } = operation;
  if (path === undefined) {
    // RFC 7644 §3.5.2.2: remove requires a path.
    if (op === 'remove') throw ScimError.of('noTarget', '"remove" requires a path');
    applyToTarget(context, op, { kind: 'root', text: '' }, value);
    return;
  }
  const target = resolvePatchPath(path, context.resourceType);
  assertWritable(target);
  applyToTarget(context, op, target, value);
}

function applyToTarget(
  context: PatchContext,
  op: PatchOperationName,
  target: PatchTarget,
  raw: unknown,
): void {
  switch (target.kind) {
    case 'root':
      if (op === 'remove')
        throw ScimError.of('invalidPath', 'A whole resource cannot be removed by PATCH');
      for (const entry of valueEntries(raw, context.resourceType)) {
        applyToTarget(context, op, entry.target, entry.raw);
      }
      return;
    case 'extension':
      applyToExtension(context, op, target, raw);
      return;
    case 'opaque':
      applyOpaque(context, op, wholeExtensionOrAttribute(context, target, raw), raw);
      return;
    case 'attribute':
      if (op === 'add') addValue(context, target, raw);
      else if (op === 'replace') replaceValue(context, target, raw);
      else removeValue(context, target, raw);
      return;
  }
}

/**
 * A whole extension (`urn:…:enterprise:2.0:User`): remove (or set to null)
 * drops the object; add/replace apply attribute by attribute, like a path-less op.
 */
function applyToExtension(
  context: PatchContext,
  op: PatchOperationName,
  target: ExtensionTarget,
  raw: unknown,
): void {
  const urn = target.schema.id;
  if (op === 'remove' || isClearValue(raw)) {
    if (target.required) {
      throw ScimError.of('invalidValue', `Extension '${urn}' is required and cannot be removed`);
    }
    delete context.document[urn];
    return;
  }
  for (const entry of valueEntries(raw, context.resourceType, urn)) {
    applyToTarget(context, op, entry.target, entry.raw);
  }
}

/**
 * `urn:acme:ext:2.0:User` parses as attribute `User` of `urn:acme:ext:2.0`;
 * with no schema to tell, it names the whole extension when the document
 * already holds that key, or when an object is written to a URN not in use.
 */
function wholeExtensionOrAttribute(
  context: PatchContext,
  target: OpaqueTarget,
  raw: unknown,
): OpaqueTarget {
  if (target.name === undefined || target.sub !== undefined) return target;
  const whole = `${target.urn}:${target.name}`.toLowerCase();
  const keys = Object.keys(context.document).map((k) => k.toLowerCase());
  const isWhole =
    keys.includes(whole) ||
    (isObject(raw) && !keys.includes(target.urn.toLowerCase()) && /^[A-Z]/.test(target.name));
  return isWhole ? { ...target, urn: `${target.urn}:${target.name}`, name: undefined } : target;
}
