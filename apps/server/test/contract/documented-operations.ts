import {
  HTTP_METHODS,
  type OpenAPIObject,
  type OperationObject,
  type ParameterObject,
} from '../../src/http/openapi-types.ts';

/** One operation of the document, with what the contract test needs to call it. */
export interface DocumentedOperation {
  id: string;
  method: string;
  /** As documented, e.g. `/scim/v2/{tenant}/Users/{id}`. */
  path: string;
  api: 'scim' | 'admin';
  operation: OperationObject;
  /** Documented statuses, ascending. */
  statuses: number[];
  pathParameters: string[];
  queryParameters: ParameterObject[];
  hasBody: boolean;
  /** e.g. `POST /scim/v2/{tenant}/Users (users-create)`, for messages. */
  label: string;
}

export function documentedOperations(document: OpenAPIObject): DocumentedOperation[] {
  const operations: DocumentedOperation[] = [];
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (!operation) continue;
      if (!operation.operationId) throw new Error(`${method} ${path} has no operationId`);
      const parameters = (operation.parameters ?? []).filter(
        (p): p is ParameterObject => 'in' in p,
      );
      operations.push({
        id: operation.operationId,
        method,
        path,
        api: path.startsWith('/scim/') ? 'scim' : 'admin',
        operation,
        statuses: Object.keys(operation.responses ?? {})
          .map(Number)
          .sort((a, b) => a - b),
        pathParameters: parameters.filter((p) => p.in === 'path').map((p) => p.name),
        queryParameters: parameters.filter((p) => p.in === 'query'),
        hasBody: operation.requestBody !== undefined,
        label: `${method.toUpperCase()} ${path} (${operation.operationId})`,
      });
    }
  }
  return operations;
}
