/** The OpenAPI 3.1 object types this server's document is built from (openapi3-ts, via trpc-to-openapi). */
import type { OpenAPIObject } from 'trpc-to-openapi';

export type { OpenAPIObject };
export type PathItemObject = NonNullable<OpenAPIObject['paths']>[string];
export type OperationObject = NonNullable<PathItemObject['get']>;
export type ParameterObject = Extract<
  NonNullable<OperationObject['parameters']>[number],
  { in: string }
>;
export type ResponsesObject = OperationObject['responses'];
export type ComponentsObject = NonNullable<OpenAPIObject['components']>;
export type SchemaObject = Extract<
  NonNullable<ComponentsObject['schemas']>[string],
  { type?: unknown }
>;
export type ResponseObject = Extract<
  NonNullable<ComponentsObject['responses']>[string],
  { description: string }
>;
export type HeaderObject = Extract<
  NonNullable<ComponentsObject['headers']>[string],
  { schema?: unknown }
>;

/** A `$ref` to a component, e.g. `{ $ref: '#/components/schemas/User' }`. */
export interface ReferenceObject {
  $ref: string;
}

export const HTTP_METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];
