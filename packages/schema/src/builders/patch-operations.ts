/**
 * Typed PATCH builders (RFC 7644 §3.5.2): operations whose paths are checked with the
 * server's path grammar, and value-filter paths printed from filter builders, so
 * `members[value eq "…"]` is never concatenated by hand.
 */
import { URN } from '../discovery/urns.ts';
import { ScimError } from '../errors.ts';
import type { Filter } from '../filter/ast.ts';
import { printFilter } from '../filter/print.ts';
import { parsePath } from '../path/parse.ts';
import { attributePath, valuePath } from './filters.ts';

/** One entry of `Operations`, in the canonical lower-case form. */
export type PatchOperationBody =
  | { op: 'add' | 'replace'; path: string; value: unknown }
  | { op: 'add' | 'replace'; value: Record<string, unknown> }
  | { op: 'remove'; path: string };

/** A PatchOp request body. */
export interface PatchRequestBody {
  schemas: [typeof URN.patchOp];
  Operations: PatchOperationBody[];
}

/** Checks a path as the server will read it (`PATH = attrPath / valuePath [subAttr]`). */
function checkedPath(path: string): string {
  parsePath(path);
  return path;
}

/**
 * A PATCH path: `attribute`, `attribute[filter]` or `attribute[filter].sub`, e.g.
 * `patchPath('members', eq('value', id))` or `patchPath('emails', eq('type', 'work'), 'value')`.
 */
export function patchPath(attribute: string, filter?: Filter, subAttribute?: string): string {
  if (filter === undefined) {
    if (subAttribute !== undefined) {
      throw ScimError.of('invalidPath', 'A sub-attribute after brackets needs a value filter');
    }
    attributePath(attribute);
    return attribute;
  }
  const text = printFilter(valuePath(attribute, filter));
  return checkedPath(subAttribute === undefined ? text : `${text}.${subAttribute}`);
}

function addOrReplace(
  op: 'add' | 'replace',
  pathOrValue: string | Record<string, unknown>,
  value: unknown,
): PatchOperationBody {
  if (typeof pathOrValue === 'string') return { op, path: checkedPath(pathOrValue), value };
  return { op, value: pathOrValue };
}

/** PATCH operations: `patch.add('members', [{ value: id }])`, `patch.replace({ active: false })`. */
export const patch = {
  /** Adds values at `path`, or the attributes of a path-less value object. */
  add(...args: [path: string, value: unknown] | [value: Record<string, unknown>]) {
    return addOrReplace('add', args[0], args[1]);
  },
  /** Replaces the value at `path`, or the attributes of a path-less value object. */
  replace(...args: [path: string, value: unknown] | [value: Record<string, unknown>]) {
    return addOrReplace('replace', args[0], args[1]);
  },
  /** Removes the value(s) at `path`, e.g. `patchPath('members', eq('value', id))`. */
  remove(path: string): PatchOperationBody {
    return { op: 'remove', path: checkedPath(path) };
  },
};

/** A PatchOp body from operations. */
export function patchRequest(...operations: PatchOperationBody[]): PatchRequestBody {
  if (operations.length === 0) {
    throw ScimError.of('invalidValue', 'A PATCH request needs at least one operation');
  }
  return { schemas: [URN.patchOp], Operations: operations };
}
