import { readFileSync } from 'node:fs';
import { parseScenarioText } from '../engine/scenario/load-scenario.ts';
import type { Scenario } from '../engine/scenario/scenario-schema.ts';
import { resolveScenarioFile } from './scenario-files.ts';

export type FileLoadResult =
  { ok: true; scenario: Scenario; path: string } | { ok: false; errors: string[] };

export function loadScenarioFile(argument: string, runId: string): FileLoadResult {
  const path = resolveScenarioFile(argument, process.env);
  if (!path) return { ok: false, errors: [`No such file or shipped scenario: ${argument}`] };
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    return {
      ok: false,
      errors: [`Cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`],
    };
  }
  const loaded = parseScenarioText(text, runId);
  return loaded.ok ? { ...loaded, path } : loaded;
}

export function loadingErrors(argument: string): string[] {
  const loaded = loadScenarioFile(argument, 'check');
  return loaded.ok ? [] : loaded.errors;
}
