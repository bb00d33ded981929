/**
 * The runner's report for a terminal: each step with its requests (method, path, status,
 * latency) and, for failures, every check's expected and actual outcome. `--verbose` adds the
 * request and response bodies.
 */
import type { LoggedExchange } from '../engine/log/provisioning-log.ts';
import { requestLine } from '../engine/scenario/request-lines.ts';
import type { ScenarioReport, StepReport } from '../engine/scenario/run-scenario.ts';

export interface PrintOptions {
  verbose: boolean;
  color: boolean;
}

const MAX_BODY_CHARS = 4_000;

export function paint(color: boolean) {
  const wrap = (code: string) => (text: string) =>
    color ? `\u001b[${code}m${text}\u001b[0m` : text;
  return { green: wrap('32'), red: wrap('31'), dim: wrap('2'), bold: wrap('1') };
}

function body(label: string, value: unknown): string[] {
  if (value === undefined) return [];
  let text = JSON.stringify(value);
  if (text.length > MAX_BODY_CHARS)
    text = `${text.slice(0, MAX_BODY_CHARS)}… (${text.length} characters)`;
  return [`         ${label} ${text}`];
}

function requestLines(entry: LoggedExchange, options: PrintOptions): string[] {
  const status = entry.status ?? `no response (${entry.error ?? 'unknown'})`;
  const retry = entry.attempt > 1 ? ` (attempt ${entry.attempt})` : '';
  const lines = [`       ${requestLine(entry)} → ${status}, ${entry.latencyMs} ms${retry}`];
  if (options.verbose) {
    lines.push(...body('sent', entry.requestBody), ...body('got ', entry.responseBody));
  }
  return lines;
}

export function formatStep(step: StepReport, options: PrintOptions): string {
  const c = paint(options.color);
  const mark = step.ok ? c.green('✓') : c.red('✗');
  const lines = [`  ${mark} ${String(step.number).padStart(2)} ${step.title}`];
  for (const entry of step.requests) lines.push(...requestLines(entry, options).map(c.dim));
  for (const check of step.checks) {
    if (check.ok && !options.verbose) continue;
    lines.push(`       ${check.ok ? c.green('ok') : c.red('FAILED')} ${check.what}`);
    if (check.ok) continue;
    const indent = (text: string) => text.split('\n').join(`\n${' '.repeat(18)}`);
    lines.push(`         expected ${indent(check.expected)}`);
    lines.push(`         actual   ${indent(check.actual)}`);
    for (const detail of check.details ?? []) lines.push(`         - ${detail}`);
  }
  return lines.join('\n');
}

export function formatSummary(report: ScenarioReport, options: PrintOptions): string {
  const c = paint(options.color);
  const failed = report.steps.filter((step) => !step.ok).length;
  const passed = report.steps.length - failed;
  const skipped = report.skipped > 0 ? `, ${report.skipped} not run` : '';
  const cleanup = report.cleanup ? `\n  cleanup: ${report.cleanup.length} DELETE requests` : '';
  const count = report.steps.length + report.skipped;
  const line = `  ${count} step${count === 1 ? '' : 's'}: ${passed} passed, ${failed} failed${skipped}`;
  return `${cleanup}${report.ok ? c.green(line) : c.red(line)}`;
}
