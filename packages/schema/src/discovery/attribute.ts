/**
 * RFC 7643 §7 attribute definitions, and a builder that applies the
 * defaults of RFC 7643 §2.2 so the schema files stay readable.
 */

export type AttributeType =
  'string' | 'boolean' | 'decimal' | 'integer' | 'dateTime' | 'binary' | 'reference' | 'complex';

export type Mutability = 'readOnly' | 'readWrite' | 'immutable' | 'writeOnly';
export type Returned = 'always' | 'never' | 'default' | 'request';
export type Uniqueness = 'none' | 'server' | 'global';

export interface AttributeDefinition {
  name: string;
  type: AttributeType;
  multiValued: boolean;
  description: string;
  required: boolean;
  caseExact: boolean;
  mutability: Mutability;
  returned: Returned;
  uniqueness: Uniqueness;
  canonicalValues?: string[];
  referenceTypes?: string[];
  subAttributes?: AttributeDefinition[];
}

export interface SchemaDefinition {
  id: string;
  name: string;
  description: string;
  attributes: AttributeDefinition[];
}

type AttributeOptions = Partial<Omit<AttributeDefinition, 'name' | 'type'>>;

/** An attribute with RFC 7643 §2.2 defaults for everything not given. */
export function attribute(
  name: string,
  type: AttributeType,
  options: AttributeOptions = {},
): AttributeDefinition {
  return {
    name,
    type,
    multiValued: false,
    description: '',
    required: false,
    caseExact: false,
    mutability: 'readWrite',
    returned: 'default',
    uniqueness: 'none',
    ...options,
  };
}

export function complex(
  name: string,
  subAttributes: AttributeDefinition[],
  options: AttributeOptions = {},
): AttributeDefinition {
  return attribute(name, 'complex', { ...options, subAttributes });
}

/**
 * The usual sub-attributes of a multi-valued attribute (RFC 7643 §2.4):
 * value, display, type, primary, plus whatever is specific to it.
 */
export function multiValued(
  name: string,
  description: string,
  options: {
    valueType?: AttributeType;
    canonicalTypes?: string[];
    referenceTypes?: string[];
    mutability?: Mutability;
    extra?: AttributeDefinition[];
    withoutType?: boolean;
  } = {},
): AttributeDefinition {
  const valueType = options.valueType ?? 'string';
  const sub: AttributeDefinition[] = [
    attribute('value', valueType, {
      description: `The value of the ${name} entry.`,
      mutability: options.mutability ?? 'readWrite',
      ...(options.referenceTypes ? { referenceTypes: options.referenceTypes } : {}),
    }),
    attribute('display', 'string', {
      description: 'A human-readable name, primarily used for display purposes.',
      mutability: options.mutability ?? 'readWrite',
    }),
  ];
  if (!options.withoutType) {
    sub.push(
      attribute('type', 'string', {
        description: `A label indicating the ${name} entry's function.`,
        mutability: options.mutability ?? 'readWrite',
        ...(options.canonicalTypes ? { canonicalValues: options.canonicalTypes } : {}),
      }),
    );
  }
  sub.push(
    attribute('primary', 'boolean', {
      description: 'Whether this is the preferred entry.',
      mutability: options.mutability ?? 'readWrite',
    }),
    ...(options.extra ?? []),
  );
  return complex(name, sub, {
    multiValued: true,
    description,
    ...(options.mutability ? { mutability: options.mutability } : {}),
  });
}
