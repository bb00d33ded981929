import {
  ScimError,
  resolveAttribute,
  resolveSubAttribute,
  type AttributeDefinition,
  type AttributePath,
  type Filter,
  type ResourceTypeDefinition,
} from '@scim/schema';
import type { ResolvedAttributePath, ResolvedFilter } from './resolved-filter.ts';

/**
 * Checks every attribute of a parsed filter against the resource type.
 * An unknown attribute is a 400 invalidFilter (RFC 7644 §3.4.2.2), never an
 * unfiltered list.
 */
export function resolveFilter(
  filter: Filter,
  resourceType: ResourceTypeDefinition,
): ResolvedFilter {
  switch (filter.kind) {
    case 'compare': {
      const path = resolvePath(filter.path, resourceType);
      checkComparable(path, filter.op, filter.value);
      return { kind: 'compare', path, op: filter.op, value: filter.value };
    }
    case 'present':
      return { kind: 'present', path: resolvePath(filter.path, resourceType) };
    case 'and':
    case 'or':
      return {
        kind: filter.kind,
        left: resolveFilter(filter.left, resourceType),
        right: resolveFilter(filter.right, resourceType),
      };
    case 'not':
      return { kind: 'not', filter: resolveFilter(filter.filter, resourceType) };
    case 'valuePath': {
      const path = resolvePath(filter.path, resourceType, false);
      if (path.definition.type !== 'complex' || path.sub !== undefined) {
        throw ScimError.of(
          'invalidFilter',
          `'${printPath(filter.path)}' cannot take a value filter`,
        );
      }
      return { kind: 'valuePath', path, filter: resolveInner(filter.filter, path, resourceType) };
    }
  }
}

/** Resolves the inner filter of `attr[...]`, whose names are sub-attributes of attr. */
function resolveInner(
  filter: Filter,
  parent: ResolvedAttributePath,
  resourceType: ResourceTypeDefinition,
): ResolvedFilter {
  switch (filter.kind) {
    case 'compare':
    case 'present': {
      if (filter.path.urn !== undefined || filter.path.sub !== undefined) {
        throw ScimError.of(
          'invalidFilter',
          `'${printPath(filter.path)}' is not a sub-attribute of '${parent.attribute}'`,
        );
      }
      const leaf = resolveSubAttribute(parent.definition, filter.path.name);
      if (!leaf) {
        throw ScimError.of(
          'invalidFilter',
          `'${parent.attribute}' has no sub-attribute '${filter.path.name}'`,
        );
      }
      const path: ResolvedAttributePath = { ...parent, sub: leaf.name, leaf };
      if (filter.kind === 'present') return { kind: 'present', path };
      checkComparable(path, filter.op, filter.value);
      return { kind: 'compare', path, op: filter.op, value: filter.value };
    }
    case 'and':
    case 'or':
      return {
        kind: filter.kind,
        left: resolveInner(filter.left, parent, resourceType),
        right: resolveInner(filter.right, parent, resourceType),
      };
    case 'not':
      return { kind: 'not', filter: resolveInner(filter.filter, parent, resourceType) };
    case 'valuePath':
      throw ScimError.of('invalidFilter', 'Value filters cannot be nested');
  }
}

/** Resolves one attribute reference (filter, sortBy); an unknown one is `invalidFilter` unless told otherwise. */
export function resolvePath(
  path: AttributePath,
  resourceType: ResourceTypeDefinition,
  implicitValue = true,
): ResolvedAttributePath {
  const resolved = resolveAttribute(resourceType, path.name, path.urn);
  if (!resolved) {
    throw ScimError.of(
      'invalidFilter',
      `Unknown attribute '${printPath(path)}' for ${resourceType.name}`,
    );
  }
  const definition = resolved.definition;
  if (definition.returned === 'never') {
    throw ScimError.of('invalidFilter', `'${printPath(path)}' cannot be filtered on`);
  }
  const base = {
    attribute: definition.name,
    ...(resolved.inExtension && resolved.schemaUrn ? { extension: resolved.schemaUrn } : {}),
    definition,
  };
  if (path.sub === undefined) {
    // RFC 7644 §3.4.2.2: a complex multi-valued attribute without a sub-attribute compares its `value`.
    const value =
      definition.type === 'complex' ? resolveSubAttribute(definition, 'value') : undefined;
    if (definition.type === 'complex' && (!definition.multiValued || !implicitValue)) {
      return { ...base, leaf: definition };
    }
    return value ? { ...base, sub: value.name, leaf: value } : { ...base, leaf: definition };
  }
  const leaf = resolveSubAttribute(definition, path.sub);
  if (!leaf) {
    throw ScimError.of('invalidFilter', `'${definition.name}' has no sub-attribute '${path.sub}'`);
  }
  return { ...base, sub: leaf.name, leaf };
}

function checkComparable(path: ResolvedAttributePath, op: string, value: unknown): void {
  const leaf: AttributeDefinition = path.leaf;
  if (leaf.type === 'complex') {
    throw ScimError.of(
      'invalidFilter',
      `'${path.attribute}' is complex; compare one of its sub-attributes`,
    );
  }
  if (leaf.type === 'boolean' && op !== 'eq' && op !== 'ne') {
    throw ScimError.of(
      'invalidFilter',
      `Boolean attribute '${path.attribute}' supports only eq and ne`,
    );
  }
  if (leaf.type === 'boolean' && typeof value !== 'boolean' && value !== null) {
    // Tolerate "true"/"false" strings (IdPs send string booleans).
    if (!(typeof value === 'string' && /^(true|false)$/i.test(value))) {
      throw ScimError.of(
        'invalidFilter',
        `'${path.attribute}' must be compared with true or false`,
      );
    }
  }
  if (leaf.type === 'dateTime' && typeof value === 'string' && Number.isNaN(Date.parse(value))) {
    throw ScimError.of('invalidFilter', `'${value}' is not a dateTime`);
  }
}

function printPath(path: AttributePath): string {
  return `${path.urn ? `${path.urn}:` : ''}${path.name}${path.sub ? `.${path.sub}` : ''}`;
}
