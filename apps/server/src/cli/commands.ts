/**
 * The command table of `pnpm scim`: each command names its usage line and
 * maps its arguments onto one admin REST call, then prints the result.
 */
import type { Command } from './command-kit.ts';
import { controlPlaneCommands } from './control-plane-commands.ts';
import { operationsCommands } from './operations-commands.ts';

export { UsageError, parseExpiry, table } from './command-kit.ts';

export const commands: Command[] = [...controlPlaneCommands, ...operationsCommands];

/** The command whose name matches the first positional words, and the rest. */
export function findCommand(words: string[]): { command: Command; args: string[] } | undefined {
  for (const command of commands) {
    const parts = command.name.split(' ');
    if (parts.every((p, i) => words[i] === p)) return { command, args: words.slice(parts.length) };
  }
  return undefined;
}

export function usage(): string {
  return [
    'Usage: pnpm scim <command> [options]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.usage}`),
    '  help',
    '',
    'Options:',
    '  --server URL         the SCIM server (env SCIM_SERVER_URL, default http://127.0.0.1:8080)',
    '  --admin-token TOKEN  the admin token (env SCIM_ADMIN_TOKEN)',
    '  --json               print the raw JSON response',
    '  -h, --help           this help',
  ].join('\n');
}
