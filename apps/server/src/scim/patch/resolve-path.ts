import {
  findSchema,
  parsePath,
  pathUrn,
  resolveAttribute,
  resolveSubAttribute,
  ScimError,
  type AttributeDefinition,
  type Filter,
  type ResourceTypeDefinition,
  type SchemaDefinition,
} from '@scim/schema';
import type { OpaqueTarget } from './opaque.ts';

/** A path naming a whole extension object, e.g. `urn:…:enterprise:2.0:User`. */
export interface ExtensionTarget {
  kind: 'extension';
  text: string;
  schema: SchemaDefinition;
  required: boolean;
}

/** A path naming the core schema itself: same as no path. */
export interface RootTarget {
  kind: 'root';
  text: string;
}

/** A path naming an attribute, optionally filtered (`emails[type eq "work"]`) and/or a sub-attribute. */
export interface AttributeTarget {
  kind: 'attribute';
  text: string;
  /** The extension URN key holding the attribute; undefined for top-level attributes. */
  extensionUrn: string | undefined;
  definition: AttributeDefinition;
  filter: Filter | undefined;
  sub: AttributeDefinition | undefined;
}

export type PatchTarget = ExtensionTarget | RootTarget | AttributeTarget | OpaqueTarget;

/**
 * Resolves a PATCH path against the resource type (RFC 7644 §3.5.2): names are
 * case-insensitive, URN-qualified names address the core schema or an extension.
 * Throws 400 invalidPath for syntax errors and unknown attributes.
 */
export function resolvePatchPath(text: string, resourceType: ResourceTypeDefinition): PatchTarget {
  const parsed = parsePath(text);

  const urn = pathUrn(parsed);
  if (urn !== undefined) {
    const found = findSchema(resourceType, urn);
    if (found?.isExtension) {
      const required = resourceType.extensions.find((e) => e.schema === found.schema)?.required;
      return { kind: 'extension', text, schema: found.schema, required: required ?? false };
    }
    if (found) return { kind: 'root', text };
  }

  const { attribute } = parsed;
  if (attribute.urn !== undefined && !findSchema(resourceType, attribute.urn)) {
    return opaqueTarget(
      text,
      attribute.urn,
      attribute.name,
      parsed.subAttribute ?? attribute.sub,
      parsed.valueFilter,
    );
  }
  const resolved =
    resolveAttribute(resourceType, attribute.name, attribute.urn) ??
    (attribute.urn === undefined ? resolveUnqualified(resourceType, attribute.name) : undefined);
  if (!resolved) throw ScimError.of('invalidPath', `Unknown attribute '${text}'`);
  const definition = resolved.definition;

  const filter = parsed.valueFilter;
  if (filter !== undefined && !definition.multiValued) {
    throw ScimError.of(
      'invalidPath',
      `'${definition.name}' is single-valued and takes no value filter`,
    );
  }

  if (attribute.sub !== undefined && parsed.subAttribute !== undefined) {
    throw ScimError.of('invalidPath', `Invalid path '${text}'`);
  }
  const subName = parsed.subAttribute ?? attribute.sub;
  let sub: AttributeDefinition | undefined;
  if (subName !== undefined) {
    sub = resolveSubAttribute(definition, subName);
    if (!sub) throw ScimError.of('invalidPath', `Unknown attribute '${text}'`);
  }

  return {
    kind: 'attribute',
    text,
    extensionUrn: resolved.inExtension ? resolved.schemaUrn : undefined,
    definition,
    filter,
    sub,
  };
}

/** An attribute of an extension with no schema here (see opaque.ts); filters need a schema. */
function opaqueTarget(
  text: string,
  urn: string,
  name: string,
  sub: string | undefined,
  filter: Filter | undefined,
): OpaqueTarget {
  if (filter !== undefined) {
    throw ScimError.of('invalidPath', `'${text}': value filters need a schema this server knows`);
  }
  return { kind: 'opaque', text, urn, name, sub };
}

/**
 * An extension attribute named without its URN (old Microsoft sample: path
 * "manager"), accepted when exactly one extension has it. RFC 7644 §3.10 asks
 * clients to qualify extension attributes; this is tolerance, not ambiguity.
 */
function resolveUnqualified(resourceType: ResourceTypeDefinition, name: string) {
  const owners = resourceType.extensions.filter((e) =>
    e.schema.attributes.some((a) => a.name.toLowerCase() === name.toLowerCase()),
  );
  const owner = owners.length === 1 ? owners[0] : undefined;
  return owner ? resolveAttribute(resourceType, name, owner.schema.id) : undefined;
}

/** readOnly attributes (id, meta.*, groups, members.display, manager.displayName) cannot be written. */
export function isReadOnly(target: PatchTarget): boolean {
  if (target.kind !== 'attribute') return false;
  return target.definition.mutability === 'readOnly' || target.sub?.mutability === 'readOnly';
}

/** A path that targets a readOnly attribute is a client error (RFC 7644 §3.5.2, mutability). */
export function assertWritable(target: PatchTarget): void {
  if (isReadOnly(target)) {
    throw ScimError.of('mutability', `Attribute '${target.text}' is readOnly`);
  }
}
