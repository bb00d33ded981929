/**
 * JSON Schemas of SCIM resources, built from the same attribute definitions the
 * server publishes at /Schemas (RFC 7643 §7), so the document and discovery agree.
 */
import {
  commonAttributes,
  type AttributeDefinition,
  type ResourceTypeDefinition,
  type SchemaDefinition,
} from '@scim/schema';
import type { Components } from './openapi-components.ts';
import type { ReferenceObject, SchemaObject } from './openapi-types.ts';

/** A resource as the server returns it, or as a client sends it (POST, PUT). */
export type Direction = 'response' | 'input';

/** `User` as returned; `UserInput` as sent. */
export function resourceRef(
  components: Components,
  type: ResourceTypeDefinition,
  direction: Direction,
): ReferenceObject {
  const name = direction === 'response' ? type.name : `${type.name}Input`;
  return components.ref('schemas', name, () => resourceSchema(components, type, direction));
}

function resourceSchema(
  components: Components,
  type: ResourceTypeDefinition,
  direction: Direction,
): SchemaObject {
  const attributes = [...commonAttributes, ...type.schema.attributes].filter((a) =>
    appears(a, direction),
  );
  const properties: Record<string, SchemaObject | ReferenceObject> = {
    schemas: {
      type: 'array',
      items: { type: 'string' },
      description: `The schema URNs of the resource: ${type.schema.id} and any extensions in use.`,
    },
  };
  for (const attribute of attributes)
    properties[attribute.name] = attributeSchema(attribute, direction);
  for (const { schema } of type.extensions) {
    properties[schema.id] = components.ref('schemas', `${schema.name}Extension`, () =>
      extensionSchema(schema, direction),
    );
  }
  return {
    type: 'object',
    description: `${type.description} (${type.schema.id}). Attributes of extensions the server has no schema for are kept.`,
    properties,
    required: requiredNames(attributes, direction),
    additionalProperties: true,
  };
}

/** Extensions are read and written alike; read-only parts are marked. */
function extensionSchema(schema: SchemaDefinition, direction: Direction): SchemaObject {
  return {
    type: 'object',
    description: `${schema.description} (${schema.id}).`,
    properties: Object.fromEntries(
      schema.attributes.map((a) => [a.name, attributeSchema(a, direction)]),
    ),
  };
}

/** `returned: never` attributes (password) are never in responses; read-only ones are not sent. */
function appears(attribute: AttributeDefinition, direction: Direction): boolean {
  return direction === 'response'
    ? attribute.returned !== 'never'
    : attribute.mutability !== 'readOnly';
}

/**
 * A response always carries `schemas` and the `returned: always` attributes (RFC 7643 §7),
 * whatever `attributes` asked for; a request must carry the `required` ones (RFC 7643 §2.2).
 */
function requiredNames(attributes: AttributeDefinition[], direction: Direction): string[] {
  if (direction === 'input') return attributes.filter((a) => a.required).map((a) => a.name);
  return ['schemas', ...attributes.filter((a) => a.returned === 'always').map((a) => a.name)];
}

function attributeSchema(attribute: AttributeDefinition, direction: Direction): SchemaObject {
  const value =
    attribute.type === 'complex' ? complexSchema(attribute, direction) : scalarSchema(attribute);
  const schema: SchemaObject = attribute.multiValued ? { type: 'array', items: value } : value;
  if (attribute.description) schema.description = attribute.description;
  if (attribute.mutability === 'readOnly') schema.readOnly = true;
  if (attribute.mutability === 'writeOnly') schema.writeOnly = true;
  return schema;
}

function complexSchema(attribute: AttributeDefinition, direction: Direction): SchemaObject {
  const subAttributes = (attribute.subAttributes ?? []).filter((a) => appears(a, direction));
  return {
    type: 'object',
    properties: Object.fromEntries(
      subAttributes.map((a) => [a.name, attributeSchema(a, direction)]),
    ),
  };
}

/** RFC 7643 §2.3 data types as JSON. */
function scalarSchema(attribute: AttributeDefinition): SchemaObject {
  switch (attribute.type) {
    case 'string':
    case 'reference':
      return { type: 'string' };
    case 'boolean':
      return { type: 'boolean' };
    case 'decimal':
      return { type: 'number' };
    case 'integer':
      return { type: 'integer' };
    case 'dateTime':
      return { type: 'string', format: 'date-time' };
    case 'binary':
      return { type: 'string', contentEncoding: 'base64' };
    case 'complex':
      return { type: 'object' };
  }
}
