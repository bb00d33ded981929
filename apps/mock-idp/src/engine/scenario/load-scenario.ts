/**
 * Scenario text → a validated scenario, or every problem found, each naming its place:
 * `line 4, column 3: …` for JSON, `steps[2] (assign user).user: …` for the content.
 */
import type { z } from 'zod';
import { closestName } from './closest-name.ts';
import { describeJsonError } from './json-position.ts';
import { withRunId } from './run-id.ts';
import { scenarioReferenceErrors } from './scenario-references.ts';
import { ScenarioSchema, STEP_NAMES, type Scenario } from './scenario-schema.ts';

export type LoadResult = { ok: true; scenario: Scenario } | { ok: false; errors: string[] };

export function parseScenarioText(text: string, runId: string): LoadResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [`Not valid JSON: ${describeJsonError(text, error)}`] };
  }
  return validateScenario(raw, runId);
}

export function validateScenario(raw: unknown, runId: string): LoadResult {
  const input = withRunId(raw, runId);
  const unknownSteps = unknownStepErrors(input);
  if (unknownSteps.length > 0) return { ok: false, errors: unknownSteps };
  const parsed = ScenarioSchema.safeParse(input);
  if (!parsed.success) {
    return { ok: false, errors: parsed.error.issues.map((issue) => describeIssue(issue, input)) };
  }
  const errors = scenarioReferenceErrors(parsed.data);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, scenario: parsed.data };
}

/** Clearer than zod's union message: which step, what it said, and what it probably meant. */
function unknownStepErrors(input: unknown): string[] {
  if (typeof input !== 'object' || input === null) return [];
  const steps = (input as { steps?: unknown }).steps;
  if (!Array.isArray(steps)) return [];
  return steps.flatMap((step: unknown, index) => {
    const action =
      typeof step === 'object' && step !== null ? (step as { do?: unknown }).do : undefined;
    if (typeof action === 'string' && STEP_NAMES.includes(action)) return [];
    const near = typeof action === 'string' ? closestName(action, STEP_NAMES) : undefined;
    const said =
      action === undefined ? 'has no "do"' : `has the unknown action ${JSON.stringify(action)}`;
    return [
      `steps[${index}].do: the step ${said}${near ? ` (did you mean "${near}"?)` : ''}; actions: ${STEP_NAMES.join(', ')}`,
    ];
  });
}

function describeIssue(issue: z.core.$ZodIssue, input: unknown): string {
  let where = '';
  let node: unknown = input;
  for (const segment of issue.path) {
    if (typeof segment === 'number') {
      where += `[${segment}]`;
      node = Array.isArray(node) ? node[segment] : undefined;
      const action =
        typeof node === 'object' && node !== null ? (node as { do?: unknown }).do : undefined;
      if (
        where.startsWith('steps[') &&
        where.indexOf(']') === where.length - 1 &&
        typeof action === 'string'
      ) {
        where += ` (${action})`;
      }
    } else {
      where += where === '' ? String(segment) : `.${String(segment)}`;
      node =
        typeof node === 'object' && node !== null
          ? (node as Record<string, unknown>)[String(segment)]
          : undefined;
    }
  }
  return `${where === '' ? 'scenario' : where}: ${issue.message}`;
}
