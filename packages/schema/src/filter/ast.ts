/** The SCIM filter AST (RFC 7644 §3.4.2.2, Figure 1), shared by search, PATCH paths and the store. */

export type CompareOperator = 'eq' | 'ne' | 'co' | 'sw' | 'ew' | 'gt' | 'lt' | 'ge' | 'le';

/** An attribute reference as written: optional schema URN, attribute name, optional sub-attribute. */
export interface AttributePath {
  urn?: string;
  name: string;
  sub?: string;
}

export type FilterValue = string | number | boolean | null;

export type Filter =
  | { kind: 'compare'; path: AttributePath; op: CompareOperator; value: FilterValue }
  | { kind: 'present'; path: AttributePath }
  | { kind: 'and'; left: Filter; right: Filter }
  | { kind: 'or'; left: Filter; right: Filter }
  | { kind: 'not'; filter: Filter }
  // `emails[type eq "work"]`: path has no sub; the inner filter's paths are relative to the element (their `name` is the sub-attribute name, no urn).
  | { kind: 'valuePath'; path: AttributePath; filter: Filter };
