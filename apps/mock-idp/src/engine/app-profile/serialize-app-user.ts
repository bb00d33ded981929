/**
 * An app user profile (values by variable name) as the attributes of a SCIM User: each
 * attribute written at its external name in its namespace; attributes without a namespace
 * are never sent (idp-wire-behavior §1.4).
 */
import type { AppAttribute } from '../model/app.ts';
import { CORE_USER_URN } from '../scim-urns.ts';
import { writeAttribute, type AttributeLocation, type ScimObject } from './resource-paths.ts';

/** Where the attribute goes in a SCIM resource; undefined when it is not sent at all. */
export function locationOf(attribute: AppAttribute): AttributeLocation | undefined {
  if (attribute.externalNamespace === null || attribute.externalNamespace === '') return undefined;
  return {
    externalName: attribute.externalName,
    externalNamespace: attribute.externalNamespace,
    ...(attribute.primary ? { primary: true } : {}),
  };
}

/** One sent attribute with its current value (null: no value). */
export interface SentAttribute {
  attribute: AppAttribute;
  location: AttributeLocation;
  value: unknown;
}

export function sentAttributes(
  attributes: readonly AppAttribute[],
  profile: Record<string, unknown>,
): SentAttribute[] {
  return attributes.flatMap((attribute) => {
    const location = locationOf(attribute);
    return location
      ? [{ attribute, location, value: profile[attribute.variableName] ?? null }]
      : [];
  });
}

/** The SCIM attributes of the profile, in attribute order; values that are null are left out. */
export function scimAttributesOf(sent: readonly SentAttribute[]): ScimObject {
  const resource: ScimObject = {};
  for (const { location, value } of sent) {
    if (value !== null) writeAttribute(resource, location, value);
  }
  return resource;
}

/** Extension URNs the resource carries, for `schemas` next to the core URN. */
export function extensionUrnsOf(resource: ScimObject): string[] {
  return Object.keys(resource).filter((key) => key.startsWith('urn:') && key !== CORE_USER_URN);
}
