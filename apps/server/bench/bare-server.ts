import { createServer } from 'node:http';

/**
 * The baseline: a bare `node:http` server answering every request with the
 * same JSON body, about the size of a SCIM user. Run as a child process by
 * the benchmark; listens on 127.0.0.1:$PORT.
 */
const body = Buffer.from(
  JSON.stringify({
    schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'],
    id: '2819c223-7f76-453a-919d-413861904646',
    userName: 'user0042137@bench.example',
    name: { givenName: 'Given42137', familyName: 'Family42137' },
    emails: [{ value: 'user0042137@bench.example', type: 'work', primary: true }],
    externalId: 'ext-0042137',
    active: true,
    meta: {
      resourceType: 'User',
      created: '2025-01-01T00:00:00.000Z',
      lastModified: '2025-01-01T00:00:00.000Z',
      version: 'W/"1"',
      location: 'http://127.0.0.1:8080/scim/v2/bench/Users/2819c223-7f76-453a-919d-413861904646',
    },
  }),
);

const port = Number(process.env.PORT ?? '0');
const server = createServer((_request, response) => {
  response.writeHead(200, {
    'content-type': 'application/scim+json',
    'content-length': body.length,
  });
  response.end(body);
});
server.listen(port, '127.0.0.1');

process.once('SIGTERM', () => server.close(() => process.exit(0)));
