import { parseArgs } from 'node:util';
import type { Authentication } from '../engine/scim-client/authentication.ts';

export const USAGE = `Usage:
  pnpm idp run <scenario>... --base-url <url> (--token <token> | --basic <user:password>)
                 [--run-id <id>] [--verbose] [--json] [--bail] [--cleanup] [--timeout <ms>]
      Replays each scenario against the SCIM server at <url> (e.g. http://localhost:8080/scim/v2/demo)
      and reports every step with its expected and actual outcome. The token may also come from
      SCIM_TOKEN. <scenario> is a file, or the name of a shipped one (see "pnpm idp scenarios").
  pnpm idp check <scenario>...     validates scenario files without sending anything
  pnpm idp scenarios               lists the shipped scenarios
  pnpm idp profiles                lists the request profiles and how they differ on the wire`;

export type Command =
  | { name: 'run'; files: string[]; run: RunArguments }
  | { name: 'check'; files: string[] }
  | { name: 'scenarios' }
  | { name: 'profiles' }
  | { name: 'help' };

export interface RunArguments {
  baseUrl: string;
  auth: Authentication;
  runId: string | undefined;
  verbose: boolean;
  json: boolean;
  bail: boolean;
  cleanup: boolean;
  timeoutMs: number | undefined;
}

export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export function parseCommand(argv: string[], env: NodeJS.ProcessEnv): Command {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        'base-url': { type: 'string' },
        token: { type: 'string' },
        basic: { type: 'string' },
        'run-id': { type: 'string' },
        timeout: { type: 'string' },
        verbose: { type: 'boolean', short: 'v', default: false },
        json: { type: 'boolean', default: false },
        bail: { type: 'boolean', default: false },
        cleanup: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  const [name, ...files] = positionals;
  if (values.help || name === undefined || name === 'help') return { name: 'help' };
  if (name === 'scenarios' || name === 'profiles') return { name };
  if (name !== 'run' && name !== 'check') throw new UsageError(`Unknown command ${name}`);
  if (files.length === 0) throw new UsageError(`${name} needs at least one scenario`);
  if (name === 'check') return { name, files };

  const baseUrl = values['base-url'];
  if (!baseUrl)
    throw new UsageError('run needs --base-url, e.g. http://localhost:8080/scim/v2/demo');
  if (!isHttpUrl(baseUrl)) {
    throw new UsageError(`--base-url ${baseUrl} is not an absolute http(s) URL`);
  }
  const timeout = values.timeout === undefined ? undefined : Number(values.timeout);
  if (timeout !== undefined && !(Number.isInteger(timeout) && timeout > 0)) {
    throw new UsageError('--timeout takes milliseconds, e.g. 60000');
  }
  return {
    name,
    files,
    run: {
      baseUrl,
      auth: authentication(values.token ?? env.SCIM_TOKEN, values.basic),
      runId: values['run-id'],
      verbose: values.verbose,
      json: values.json,
      bail: values.bail,
      cleanup: values.cleanup,
      timeoutMs: timeout,
    },
  };
}

function authentication(token: string | undefined, basic: string | undefined): Authentication {
  if (token && basic) throw new UsageError('Give --token or --basic, not both');
  if (basic) {
    const at = basic.indexOf(':');
    if (at <= 0) throw new UsageError('--basic takes user:password');
    return { type: 'basic', username: basic.slice(0, at), password: basic.slice(at + 1) };
  }
  if (!token) throw new UsageError('run needs --token (or SCIM_TOKEN) or --basic');
  return { type: 'bearer', token };
}

function isHttpUrl(text: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(text).protocol);
  } catch {
    return false;
  }
}
