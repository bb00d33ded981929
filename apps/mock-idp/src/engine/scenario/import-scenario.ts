/**
 * Loading a scenario file into a running console: its directory and app replace the state, then
 * its steps run as the admin's actions would (a `check` step has nothing to do). Unlike the
 * runner, nothing is judged: the point is to rebuild an org, e.g. one exported earlier.
 */
import type { MockIdp } from '../provisioning/mock-idp.ts';
import type { Progress } from '../provisioning/provisioning-run.ts';
import { KnownScimIds } from './placeholders.ts';
import type { Scenario } from './scenario-schema.ts';
import { stateFromScenario, type Connection } from './scenario-state.ts';
import { actionOfStep, rememberCreated } from './step-action.ts';

export interface ImportScenarioOptions {
  /** Where the app sends requests; a scenario file never carries one. */
  connection: Connection;
  idSeed?: string;
  signal?: AbortSignal;
  onProgress?: (progress: Progress) => void;
}

export interface ImportedStep {
  title: string;
  ok: boolean;
  error?: string;
}

export async function importScenario(
  idp: MockIdp,
  scenario: Scenario,
  options: ImportScenarioOptions,
): Promise<ImportedStep[]> {
  const { state, keys } = stateFromScenario(scenario, options.connection, options.idSeed);
  idp.replaceState(state);
  const ids = new KnownScimIds();
  const steps = scenario.steps.filter((step) => step.do !== 'check');
  const imported: ImportedStep[] = [];
  for (const [done, step] of steps.entries()) {
    if (options.signal?.aborted) break;
    options.onProgress?.({ label: `import ${scenario.name}`, done, total: steps.length });
    const action = actionOfStep(step, { keys, resolve: (text) => ids.resolve(text) });
    const result = await idp.run(action, options.signal ? { signal: options.signal } : {});
    rememberCreated(step, result.created, keys);
    ids.remember(idp.getState(), keys);
    imported.push({
      title: step.title ?? result.label,
      ok: result.ok,
      ...(result.error === undefined ? {} : { error: result.error }),
    });
  }
  options.onProgress?.({
    label: `import ${scenario.name}`,
    done: imported.length,
    total: steps.length,
  });
  return imported;
}
