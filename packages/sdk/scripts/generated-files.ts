/**
 * What `generate` writes, computed from the server's code: the OpenAPI document,
 * its TypeScript types (openapi-typescript) and the admin API's operation table.
 * The drift test compares the committed files with this.
 */
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import { openApiDocument } from '@scim/server/src/http/openapi-document.ts';
import type { OpenAPIObject } from '@scim/server/src/http/openapi-types.ts';

/** The one command that regenerates every file below. */
export const GENERATE_COMMAND = 'npx -y pnpm@10.34.9 --filter @scim/sdk generate';

const HEADER = `// Generated from the server's OpenAPI document by \`${GENERATE_COMMAND}\`. Do not edit.\n\n`;

/** Paths relative to packages/sdk, and their content. */
export async function generatedFiles(): Promise<Record<string, string>> {
  const document = openApiDocument();
  const ast = await openapiTS(structuredClone(document) as unknown as OpenAPI3, {
    silent: true,
    emptyObjectsUnknown: true,
  });
  return {
    'openapi.json': `${JSON.stringify(document, null, 2)}\n`,
    'src/generated/openapi.ts': HEADER + astToString(ast),
    'src/generated/admin-operations.ts': HEADER + adminOperationsModule(document),
  };
}

const ADMIN_PREFIX = 'admin-';

/** The admin API's operations by name (`tenants-create`), for createAdminClient. */
function adminOperationsModule(document: OpenAPIObject): string {
  const entries: string[] = [];
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    for (const method of ['get', 'post', 'put', 'patch', 'delete'] as const) {
      const id = item[method]?.operationId;
      if (!id?.startsWith(ADMIN_PREFIX)) continue;
      const body = item[method]?.requestBody !== undefined;
      entries.push(
        `  '${id.slice(ADMIN_PREFIX.length)}': { method: '${method.toUpperCase()}', path: '${path}', body: ${body} },`,
      );
    }
  }
  return [
    '/** Each admin API operation (tRPC procedure `a.b` is `a-b`): its method, path, and whether its input is a JSON body. */',
    'export const adminOperations = {',
    ...entries,
    '} as const;',
    '',
  ].join('\n');
}
