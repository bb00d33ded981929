import { ScimError } from '../errors.ts';
import type { AttributeDefinition } from '../discovery/attribute.ts';
import { resolveSubAttribute } from '../discovery/resource-types.ts';

/**
 * Tolerant coercion of one attribute value to its definition. This is the
 * seam where IdP quirks are absorbed (`../research/idp-wire-behavior.md` §5):
 * - booleans sent as strings: "True", "False", "true" (Entra `active`, validator `primary`);
 * - numbers where a string is declared (employeeNumber 123);
 * - a bare string where a complex value with `value` is declared (Entra `manager`, Okta `roles`);
 * - a single object where a multi-valued attribute is declared (OneLogin `emails`);
 * - sub-attribute names in any case.
 * Unknown sub-attributes are kept: nothing accepted is lost.
 * `null` is passed through; callers decide whether it means "clear".
 */
export function normalizeAttributeValue(
  definition: AttributeDefinition,
  value: unknown,
  where: string = definition.name,
): unknown {
  if (value === null || value === undefined) return null;
  if (definition.multiValued) {
    const items = Array.isArray(value) ? value : [value];
    return items
      .map((item, index) => normalizeSingle(definition, item, `${where}[${index}]`))
      .filter((item) => item !== null);
  }
  if (Array.isArray(value)) {
    // Some clients wrap single values in arrays (old MS sample: manager as [{$ref, value}]).
    if (value.length === 0) return null;
    if (value.length === 1) return normalizeSingle(definition, value[0], where);
    throw ScimError.of(
      'invalidValue',
      `Attribute '${where}' is single-valued but an array was given`,
    );
  }
  return normalizeSingle(definition, value, where);
}

function normalizeSingle(definition: AttributeDefinition, value: unknown, where: string): unknown {
  if (value === null || value === undefined) return null;
  if (definition.type === 'complex') return normalizeComplex(definition, value, where);
  return normalizeScalar(definition, value, where);
}

function normalizeComplex(definition: AttributeDefinition, value: unknown, where: string): unknown {
  if (typeof value !== 'object' || Array.isArray(value)) {
    const valueSub = definition.subAttributes?.find((s) => s.name === 'value');
    if (valueSub && (typeof value === 'string' || typeof value === 'number')) {
      // Entra: manager as a bare id string; Okta default template: roles as strings.
      // An empty string clears (Entra removes a manager with "").
      if (value === '') return null;
      return { value: normalizeScalar(valueSub, value, `${where}.value`) };
    }
    throw ScimError.of('invalidValue', `Attribute '${where}' must be a complex value (an object)`);
  }
  const result: Record<string, unknown> = {};
  for (const [key, raw] of Object.entries(value as Record<string, unknown>)) {
    const sub = resolveSubAttribute(definition, key);
    if (!sub) {
      result[key] = raw;
      continue;
    }
    const normalized = normalizeSingle(sub, raw, `${where}.${sub.name}`);
    if (normalized !== null) result[sub.name] = normalized;
  }
  // Entra: `{"value": ""}` removes a manager; an object with only empty parts is no value.
  return Object.keys(result).length === 0 ? null : result;
}

const BOOLEAN_STRINGS: Record<string, boolean> = { true: true, false: false };

function normalizeScalar(definition: AttributeDefinition, value: unknown, where: string): unknown {
  switch (definition.type) {
    case 'boolean': {
      if (typeof value === 'boolean') return value;
      if (typeof value === 'string') {
        const parsed = BOOLEAN_STRINGS[value.trim().toLowerCase()];
        if (parsed !== undefined) return parsed;
      }
      throw ScimError.of('invalidValue', `Attribute '${where}' must be a boolean`);
    }
    case 'integer': {
      const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
      if (typeof n === 'number' && Number.isInteger(n)) return n;
      throw ScimError.of('invalidValue', `Attribute '${where}' must be an integer`);
    }
    case 'decimal': {
      const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
      if (typeof n === 'number' && Number.isFinite(n)) return n;
      throw ScimError.of('invalidValue', `Attribute '${where}' must be a number`);
    }
    case 'dateTime': {
      if (typeof value === 'string' && !Number.isNaN(Date.parse(value))) return value;
      throw ScimError.of('invalidValue', `Attribute '${where}' must be an xsd:dateTime string`);
    }
    case 'string':
    case 'reference':
    case 'binary': {
      if (typeof value === 'string') return value;
      if (typeof value === 'number' || typeof value === 'boolean') return String(value);
      throw ScimError.of('invalidValue', `Attribute '${where}' must be a string`);
    }
    case 'complex':
      return normalizeComplex(definition, value, where);
  }
}
