import { existsSync, readdirSync } from 'node:fs';
import { basename, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SHIPPED_SCENARIOS_DIR = fileURLToPath(new URL('../../scenarios', import.meta.url));

/**
 * A scenario argument as a file: relative to where the command was typed (pnpm runs scripts
 * in the package folder and passes the caller's folder as INIT_CWD), else a shipped scenario
 * by file name or by name without `.json`.
 */
export function resolveScenarioFile(argument: string, env: NodeJS.ProcessEnv): string | undefined {
  const bases = [env.INIT_CWD, process.cwd()].filter((base): base is string => Boolean(base));
  const candidates = isAbsolute(argument)
    ? [argument]
    : [
        ...bases.map((base) => resolve(base, argument)),
        join(SHIPPED_SCENARIOS_DIR, argument),
        join(SHIPPED_SCENARIOS_DIR, `${argument}.json`),
      ];
  return candidates.find((candidate) => existsSync(candidate));
}

export function shippedScenarioNames(): string[] {
  return readdirSync(SHIPPED_SCENARIOS_DIR)
    .filter((file) => file.endsWith('.json'))
    .map((file) => basename(file, '.json'))
    .sort();
}
