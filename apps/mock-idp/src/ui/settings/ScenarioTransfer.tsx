import { useId, useState } from 'react';
import {
  exportScenario,
  importScenario,
  parseScenarioText,
  randomRunId,
  type ImportedStep,
} from '../../engine/index.ts';
import { useActions } from '../console/activity.tsx';
import { useIdp } from '../console/idp-context.tsx';
import { downloadFile } from './download-file.ts';

/** A file name from the org's sub-domain: `acme-scenario.json`. */
function fileName(subDomain: string): string {
  return `${subDomain.replace(/[^a-z0-9-]+/gi, '-') || 'mock-idp'}-scenario.json`;
}

/**
 * Export the org as a scenario file (the same format `pnpm idp run` replays), and import one:
 * its directory and app replace the org, then its steps run against the current connection.
 */
export function ScenarioTransfer() {
  const idp = useIdp();
  const { runTask } = useActions();
  const fileId = useId();
  const [errors, setErrors] = useState<string[]>([]);
  const [steps, setSteps] = useState<ImportedStep[]>();

  async function load(file: File) {
    setErrors([]);
    setSteps(undefined);
    const loaded = parseScenarioText(await file.text(), randomRunId());
    if (!loaded.ok) {
      setErrors(loaded.errors);
      return;
    }
    const { baseUrl, auth } = idp.getState().app.connection;
    const runnable = loaded.scenario.steps.filter((step) => step.do !== 'check').length;
    const firstRequest = idp.log.peekNextId();
    const imported = await runTask(
      `import scenario ${loaded.scenario.name}`,
      (options) =>
        importScenario(idp, loaded.scenario, {
          connection: { baseUrl, auth },
          ...(options.signal ? { signal: options.signal } : {}),
          ...(options.onProgress ? { onProgress: options.onProgress } : {}),
        }),
      (done) => {
        const failed = done.find((step) => !step.ok);
        return {
          ok: failed === undefined,
          cancelled: done.length < runnable,
          requests: idp.log.peekNextId() - firstRequest,
          ...(failed?.error === undefined ? {} : { error: `${failed.title}: ${failed.error}` }),
        };
      },
    );
    setSteps(imported);
  }

  return (
    <div className="panel">
      <h2>Scenario file</h2>
      <p>
        Export this org (people, groups, rules, the app&apos;s attributes and mappings, and steps
        for its assignments and pushes) as a scenario file that <code>pnpm idp run</code> replays.
        Importing one replaces the org and runs its steps against the current connection.
      </p>
      <div className="button-row">
        <button
          type="button"
          className="button-secondary"
          onClick={() => {
            const state = idp.getState();
            const text = `${JSON.stringify(exportScenario(state, `${state.org.name} export`), null, 2)}\n`;
            downloadFile(fileName(state.org.subDomain), text, 'application/json');
          }}
        >
          Export scenario
        </button>
      </div>
      <div className="field">
        <label htmlFor={fileId}>Import scenario</label>
        <input
          id={fileId}
          type="file"
          accept="application/json,.json"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) void load(file);
          }}
        />
      </div>
      {errors.length > 0 && (
        <div role="alert" className="error-text">
          <p>The file is not a scenario the engine accepts:</p>
          <ul>
            {errors.map((error) => (
              <li key={error}>{error}</li>
            ))}
          </ul>
        </div>
      )}
      {steps && (
        <div role="status">
          <p>Imported, {steps.length} steps run:</p>
          <ul>
            {steps.map((step, index) => (
              <li key={index} className={step.ok ? undefined : 'error-text'}>
                {step.title}
                {step.error ? `: ${step.error}` : ''}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
