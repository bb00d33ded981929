import type {
  ComponentsObject,
  HeaderObject,
  ReferenceObject,
  ResponseObject,
  SchemaObject,
} from './openapi-types.ts';

interface Kinds {
  schemas: SchemaObject;
  responses: ResponseObject;
  headers: HeaderObject;
}

/**
 * The reusable parts of the document, added the first time an operation refers to
 * them, so the document holds exactly what its operations use.
 */
export class Components {
  private readonly parts: { [K in keyof Kinds]: Map<string, Kinds[K]> } = {
    schemas: new Map(),
    responses: new Map(),
    headers: new Map(),
  };

  ref<K extends keyof Kinds>(kind: K, name: string, build: () => Kinds[K]): ReferenceObject {
    const parts = this.parts[kind] as Map<string, Kinds[K]>;
    if (!parts.has(name)) parts.set(name, build());
    return { $ref: `#/components/${kind}/${name}` };
  }

  /** Adds a schema that must not exist yet (schemas trpc-to-openapi registered itself). */
  addSchema(name: string, schema: SchemaObject): void {
    if (this.parts.schemas.has(name)) throw new Error(`Two schemas are named ${name}`);
    this.parts.schemas.set(name, schema);
  }

  /** Each kind sorted by name, so the document does not depend on the order of visits. */
  toObject(): Pick<ComponentsObject, keyof Kinds> {
    return {
      schemas: sorted(this.parts.schemas),
      responses: sorted(this.parts.responses),
      headers: sorted(this.parts.headers),
    };
  }
}

function sorted<T>(parts: Map<string, T>): Record<string, T> {
  return Object.fromEntries([...parts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
