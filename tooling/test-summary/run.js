#!/usr/bin/env node
/**
 * `pnpm test`: runs `turbo run test` (every package, one at a time), then
 * reads the vitest JSON reports each package wrote to
 * `.cache/vitest-report*.json` and prints one closing line,
 * `N passed, N failed`, which CI reads. Exits non-zero if anything failed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const workspaces = ['apps', 'packages', 'tooling'].flatMap((dir) =>
  existsSync(join(root, dir))
    ? readdirSync(join(root, dir)).map((name) => join(root, dir, name))
    : [],
);

const reportsOf = (workspace) => {
  const cache = join(workspace, '.cache');
  return existsSync(cache)
    ? readdirSync(cache)
        .filter((f) => /^vitest-report.*\.json$/.test(f))
        .map((f) => join(cache, f))
    : [];
};

// Stale reports from an earlier run must not count.
for (const workspace of workspaces) for (const report of reportsOf(workspace)) rmSync(report);

const turbo = spawnSync(
  'pnpm',
  ['exec', 'turbo', 'run', 'test', '--concurrency=1', ...process.argv.slice(2)],
  {
    cwd: root,
    stdio: 'inherit',
  },
);

let passed = 0;
let failed = 0;
let skipped = 0;
for (const workspace of workspaces) {
  for (const report of reportsOf(workspace)) {
    const json = JSON.parse(readFileSync(report, 'utf8'));
    passed += json.numPassedTests ?? 0;
    failed += (json.numFailedTests ?? 0) + (json.numRuntimeErrorTests ?? 0);
    skipped += (json.numPendingTests ?? 0) + (json.numTodoTests ?? 0);
    // A test file that failed to load counts as a failure even with no test in it.
    for (const file of json.testResults ?? [])
      if (file.status === 'failed' && file.assertionResults?.length === 0) failed += 1;
  }
}

const ok = turbo.status === 0 && failed === 0 && passed > 0;
if (turbo.status !== 0 && failed === 0) failed = 1; // turbo failed outside a test (typecheck of a runner, crash)
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(ok ? 0 : 1);
