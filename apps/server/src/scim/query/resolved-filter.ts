import type { AttributeDefinition, CompareOperator, FilterValue } from '@scim/schema';

/**
 * A filter whose attribute references have been checked against the
 * resource type's schemas (RFC 7644 §3.4.2.2) and carry their definitions,
 * so a storage adapter can compile it without knowing SCIM schemas.
 */
export interface ResolvedAttributePath {
  /** Canonical top-level attribute name, e.g. `userName`, `emails`, `meta`. */
  attribute: string;
  /** The extension URN when the attribute is stored under that key. */
  extension?: string;
  /** Canonical sub-attribute name, e.g. `value` in `emails.value`. */
  sub?: string;
  /** Definition of the top-level attribute. */
  definition: AttributeDefinition;
  /** Definition of what is compared: the sub-attribute, or the attribute itself. */
  leaf: AttributeDefinition;
}

export type ResolvedFilter =
  | { kind: 'compare'; path: ResolvedAttributePath; op: CompareOperator; value: FilterValue }
  | { kind: 'present'; path: ResolvedAttributePath }
  | { kind: 'and' | 'or'; left: ResolvedFilter; right: ResolvedFilter }
  | { kind: 'not'; filter: ResolvedFilter }
  /** `emails[type eq "work"]`: inner paths are sub-attributes of `path.attribute`. */
  | { kind: 'valuePath'; path: ResolvedAttributePath; filter: ResolvedFilter };
