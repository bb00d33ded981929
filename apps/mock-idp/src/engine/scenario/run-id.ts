/**
 * `{run}` in any string of a scenario becomes the run id, so logins and group names are new on
 * every run and a scenario can be replayed against a server that keeps its data.
 */
export const RUN_PLACEHOLDER = '{run}';

export function randomRunId(random: () => number = Math.random): string {
  let id = '';
  while (id.length < 6) id += Math.floor(random() * 36).toString(36);
  return id;
}

export function withRunId(value: unknown, runId: string): unknown {
  if (typeof value === 'string') return value.split(RUN_PLACEHOLDER).join(runId);
  if (Array.isArray(value)) return value.map((item) => withRunId(item, runId));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, withRunId(item, runId)]),
    );
  }
  return value;
}
