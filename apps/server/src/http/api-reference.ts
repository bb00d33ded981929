/**
 * The browsable API reference: Swagger UI (swagger-ui-dist, served from this
 * server, so it works offline) rendering /openapi.json. Nothing here describes
 * the API; the page only points the renderer at the generated document.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Hono } from 'hono';
import { openApiDocument } from './openapi-document.ts';

export const OPENAPI_PATH = '/openapi.json';
export const DOCS_PATH = '/docs';

/** The renderer's files this page loads, with their media types. */
const ASSETS: Record<string, string> = {
  'swagger-ui-bundle.js': 'text/javascript; charset=utf-8',
  'swagger-ui.css': 'text/css; charset=utf-8',
  'favicon-32x32.png': 'image/png',
};

const ASSET_DIRECTORY = dirname(
  createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'),
);

const PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>SCIM server API reference</title>
    <link rel="icon" type="image/png" href="${DOCS_PATH}/favicon-32x32.png" />
    <link rel="stylesheet" href="${DOCS_PATH}/swagger-ui.css" />
  </head>
  <body>
    <div id="swagger-ui"></div>
    <script src="${DOCS_PATH}/swagger-ui-bundle.js"></script>
    <script>
      // validatorUrl null: no call to the online validator; everything comes from this server.
      window.ui = SwaggerUIBundle({
        url: '${OPENAPI_PATH}',
        dom_id: '#swagger-ui',
        deepLinking: true,
        validatorUrl: null,
      });
    </script>
  </body>
</html>
`;

/** `GET /openapi.json` (the document) and `GET /docs` (the reference page and its assets). */
export function apiReference(): Hono {
  const app = new Hono();
  const assets = new Map<string, Promise<Uint8Array<ArrayBuffer>>>();

  app.get(OPENAPI_PATH, (c) => c.json(openApiDocument()));
  app.get(DOCS_PATH, (c) => c.html(PAGE));
  app.get(`${DOCS_PATH}/:file`, async (c) => {
    const file = c.req.param('file');
    const type = ASSETS[file];
    if (type === undefined) return c.json({ error: 'not found' }, 404);
    let content = assets.get(file);
    if (!content) {
      content = readFile(join(ASSET_DIRECTORY, file)).then((bytes) => new Uint8Array(bytes));
      assets.set(file, content);
    }
    return c.body(await content, 200, {
      'content-type': type,
      'cache-control': 'public, max-age=3600',
    });
  });
  return app;
}
