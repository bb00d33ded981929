/**
 * `pnpm scim <command>`: the admin API from the command line, over HTTP, so
 * it works against any deployment. Exit codes: 0 ok, 1 API error, 2 usage.
 */
import { parseArgs } from 'node:util';
import { ApiError, createAdminClient } from './admin-client.ts';
import { findCommand, UsageError, usage } from './commands.ts';

const DEFAULT_SERVER = 'http://127.0.0.1:8080';

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) process.stderr.write('Password (then Enter and Ctrl-D; it is echoed): ');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

export async function main(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        server: { type: 'string' },
        'admin-token': { type: 'string' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        name: { type: 'string' },
        tenant: { type: 'string' },
        label: { type: 'string' },
        expires: { type: 'string' },
        username: { type: 'string' },
        'scim-enabled': { type: 'string' },
        'catalog-auto-create': { type: 'string' },
        'rate-limit': { type: 'string' },
        'idp-client': { type: 'string' },
        workspace: { type: 'string', multiple: true },
        'secret-scope': { type: 'string', multiple: true },
        user: { type: 'string' },
        'user-name': { type: 'string' },
        email: { type: 'string' },
        all: { type: 'boolean' },
        status: { type: 'string' },
        method: { type: 'string' },
        path: { type: 'string' },
        limit: { type: 'string' },
        resource: { type: 'string' },
        type: { type: 'string' },
        url: { type: 'string' },
        description: { type: 'string' },
        'event-type': { type: 'string', multiple: true },
        'adopt-existing-users': { type: 'string' },
        'request-log-retention-days': { type: 'string' },
      },
    });
  } catch (error) {
    return usageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help || positionals[0] === 'help' || positionals.length === 0) {
    (positionals.length === 0 && !values.help ? console.error : console.log)(usage());
    return positionals.length === 0 && !values.help ? 2 : 0;
  }
  const found = findCommand(positionals);
  if (!found) return usageError(`unknown command '${positionals.slice(0, 2).join(' ')}'`);

  const token = values['admin-token'] ?? env.SCIM_ADMIN_TOKEN;
  if (!token) return usageError('no admin token: set SCIM_ADMIN_TOKEN or pass --admin-token');
  const server = values.server ?? env.SCIM_SERVER_URL ?? DEFAULT_SERVER;

  try {
    await found.command.run({
      client: createAdminClient({ server, token }),
      options: values,
      args: found.args,
      print: (line) => console.log(line),
      warn: (line) => console.error(line),
      readPassword: async () => env.SCIM_BASIC_PASSWORD ?? (await readStdin()),
    });
    return 0;
  } catch (error) {
    if (error instanceof UsageError)
      return usageError(`${error.message}\n  usage: pnpm scim ${found.command.usage}`, false);
    if (error instanceof ApiError) {
      console.error(`error: ${error.message}`);
      return 1;
    }
    throw error;
  }
}

function usageError(message: string, full = true): number {
  console.error(`error: ${message}`);
  if (full) console.error(`\n${usage()}`);
  return 2;
}

process.exitCode = await main(process.argv.slice(2));
