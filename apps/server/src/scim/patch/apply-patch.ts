import { ScimError, type PatchOperation, type ResourceTypeDefinition } from '@scim/schema';
import { applyOperation } from './apply-operation.ts';
import { elementsOf, type PatchContext } from './document.ts';
import { ElementIndexes } from './element-index.ts';
import { isObject } from './json.ts';
import { enforceSinglePrimary } from './multi-valued.ts';

/**
 * Applies PATCH operations (RFC 7644 §3.5.2) to a stored resource document and
 * returns the new document. The input is never mutated. Operations apply in
 * order; the first failure throws a ScimError and nothing is kept (atomic).
 *
 * `resource` uses canonical attribute names, extension attributes under their
 * canonical URN key, no `meta`/`schemas`; unknown attributes are carried over.
 */
export function applyPatch(
  resource: Record<string, unknown>,
  operations: PatchOperation[],
  resourceType: ResourceTypeDefinition,
): Record<string, unknown> {
  const context: PatchContext = {
    document: structuredClone(resource),
    resourceType,
    written: [],
    indexes: new ElementIndexes(),
  };
  operations.forEach((operation, index) => {
    context.written = [];
    try {
      applyOperation(context, { ...operation, value: structuredClone(operation.value) });
    } catch (error) {
      throw withOperationIndex(error, index);
    }
    for (const { container, name, elements } of context.written) {
      enforceSinglePrimary(elementsOf(container, name), elements);
    }
    dropEmptyExtensions(context);
  });
  return context.document;
}

function dropEmptyExtensions(context: PatchContext): void {
  for (const { schema } of context.resourceType.extensions) {
    const value = context.document[schema.id];
    if (isObject(value) && Object.keys(value).length === 0) delete context.document[schema.id];
  }
}

/** Names the failing operation in the error detail. */
function withOperationIndex(error: unknown, index: number): unknown {
  if (!ScimError.isScimError(error) || error.scimType === undefined) return error;
  return ScimError.of(error.scimType, `Operations[${index}]: ${error.message}`);
}
