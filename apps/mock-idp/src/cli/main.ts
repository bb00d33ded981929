/**
 * `pnpm idp`: the mock IdP's scenario runner on the command line (Node only; the engine it
 * drives runs in browsers too).
 */
import { relative } from 'node:path';
import { loadingErrors, loadScenarioFile } from './load-scenario-file.ts';
import { parseCommand, USAGE, UsageError, type RunArguments } from './cli-arguments.ts';
import { formatStep, formatSummary, paint } from './print-report.ts';
import { shippedScenarioNames, SHIPPED_SCENARIOS_DIR } from './scenario-files.ts';
import { allRequestProfiles } from '../engine/profiles/request-profiles.ts';
import { randomRunId } from '../engine/scenario/run-id.ts';
import { runScenario, type ScenarioReport } from '../engine/scenario/run-scenario.ts';

async function main(argv: string[]): Promise<number> {
  const command = parseCommand(argv, process.env);
  switch (command.name) {
    case 'help':
      console.log(USAGE);
      return 0;
    case 'profiles':
      for (const profile of allRequestProfiles()) {
        console.log(`${profile.name.padEnd(11)} ${profile.label}\n            ${profile.summary}`);
      }
      return 0;
    case 'scenarios':
      for (const name of shippedScenarioNames()) {
        const loaded = loadScenarioFile(`${SHIPPED_SCENARIOS_DIR}/${name}.json`, 'run');
        const description = loaded.ok
          ? `${loaded.scenario.name} (${loaded.scenario.profile})`
          : 'invalid';
        console.log(`${name.padEnd(24)} ${description}`);
      }
      return 0;
    case 'check': {
      let failed = false;
      for (const file of command.files) {
        const errors = loadingErrors(file);
        failed ||= errors.length > 0;
        console.log(
          errors.length === 0
            ? `${file}: valid`
            : `${file}: invalid\n${errors.map((e) => `  ${e}`).join('\n')}`,
        );
      }
      return failed ? 2 : 0;
    }
    case 'run':
      return runAll(command.files, command.run);
  }
}

async function runAll(files: string[], options: RunArguments): Promise<number> {
  // Ctrl-C cancels the step in flight (and the waits of a 429 back-off) instead of killing mid-request.
  const interrupted = new AbortController();
  process.once('SIGINT', () => interrupted.abort());
  const baseRunId = options.runId ?? randomRunId();
  // Scenarios may share logins ("ada.{run}@…"): each file gets its own run id when there are several.
  const runIdOf = (index: number) => (files.length > 1 ? `${baseRunId}${index + 1}` : baseRunId);
  const color = !options.json && process.stdout.isTTY === true;
  const c = paint(color);
  const reports: ScenarioReport[] = [];
  // Validate everything first, so a typo in the third file does not leave two runs behind.
  const loaded = files.map((file, index) => ({
    file,
    runId: runIdOf(index),
    result: loadScenarioFile(file, runIdOf(index)),
  }));
  const invalid = loaded.filter((entry) => !entry.result.ok);
  if (invalid.length > 0) {
    for (const { file, result } of invalid) {
      if (!result.ok)
        console.error(
          `${file}: invalid scenario\n${result.errors.map((e) => `  ${e}`).join('\n')}`,
        );
    }
    return 2;
  }
  for (const { file, runId, result } of loaded) {
    if (!result.ok) continue;
    const { scenario, path } = result;
    if (!options.json) {
      const shown = relative(process.env.INIT_CWD ?? process.cwd(), path);
      console.log(
        c.bold(
          `▶ ${shown || file}: ${scenario.name} (${scenario.profile}) → ${options.baseUrl}, run id ${runId}`,
        ),
      );
    }
    const report = await runScenario(scenario, {
      signal: interrupted.signal,
      baseUrl: options.baseUrl,
      auth: options.auth,
      bail: options.bail,
      cleanup: options.cleanup,
      ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
      onStep: (step) => {
        if (!options.json) console.log(formatStep(step, { verbose: options.verbose, color }));
      },
    });
    reports.push(report);
    if (!options.json) console.log(formatSummary(report, { verbose: options.verbose, color }));
    if (interrupted.signal.aborted) break;
  }
  if (options.json) {
    console.log(
      JSON.stringify(
        reports.map((report) => ({ ...report, log: options.verbose ? report.log : undefined })),
        null,
        2,
      ),
    );
  }
  return reports.every((report) => report.ok) ? 0 : 1;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError) {
      console.error(`${error.message}\n\n${USAGE}`);
      process.exitCode = 2;
      return;
    }
    console.error(error);
    process.exitCode = 1;
  },
);
