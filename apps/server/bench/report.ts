import type { Measurement } from './load.ts';
import type { ScenarioKey } from './scenarios.ts';

/** The printed results: a fixed-width table, then the targets with PASS/FAIL. */
export interface Row {
  key: ScenarioKey | 'bare';
  label: string;
  /** Users in the database during the run; undefined for the bare server. */
  users: number | undefined;
  m: Measurement;
  /** Share of the machine's CPU that other processes used during the run (0..1). */
  otherCpu: number;
}

export interface Sizes {
  small: number;
  large: number;
}

const MB = 1024 * 1024;
/** Other processes' share of the CPU above which a row is called noisy. */
const NOISY = 0.1;

export function formatTable(rows: Row[], bareRps: number): string {
  const header = [
    'scenario',
    'users',
    'requests',
    'req/s',
    'p50 ms',
    'p99 ms',
    'vs bare',
    'other CPU',
  ];
  const lines = rows.map((r) => [
    r.label,
    r.users === undefined ? '-' : int(r.users),
    int(r.m.count),
    int(r.m.rps),
    ms(r.m.p50),
    ms(r.m.p99),
    (r.m.rps / bareRps).toFixed(3),
    `${(r.otherCpu * 100).toFixed(0)} %`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] ?? '').length)));
  const format = (cells: string[]) =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0)))
      .join('  ');
  const table = [format(header), format(widths.map((w) => '-'.repeat(w))), ...lines.map(format)];
  const noisy = rows.filter((r) => r.otherCpu > NOISY);
  if (noisy.length > 0) {
    table.push(
      '',
      `warning: other processes used over ${NOISY * 100} % of the CPU during ${noisy.length} ` +
        'run(s) (column "other CPU"): those figures are low. Run again on an idle machine.',
    );
  }
  return table.join('\n');
}

export interface Verdict {
  target: string;
  /** undefined: not measured in this run. */
  pass: boolean | undefined;
  detail: string;
}

export function evaluateTargets(
  rows: Row[],
  bareRps: number,
  sizes: Sizes,
  peakRss: number | undefined,
): Verdict[] {
  const find = (key: ScenarioKey, users: number) =>
    rows.find((r) => r.key === key && r.users === users)?.m;
  const L = int(sizes.large);
  const verdicts: Verdict[] = [];

  for (const [key, name] of [
    ['get-id', 'GET by id'],
    ['filter-eq', 'filter userName eq'],
  ] as const) {
    const m = find(key, sizes.large);
    const ratio = m ? m.rps / bareRps : undefined;
    verdicts.push({
      target: `${name} at ${L} users >= 0.20 x bare`,
      pass: ratio === undefined ? undefined : ratio >= 0.2,
      detail: m ? `${int(m.rps)} / ${int(bareRps)} req/s = ${ratio?.toFixed(3)}` : 'not run',
    });
  }

  const eqSmall = find('filter-eq', sizes.small);
  const eqLarge = find('filter-eq', sizes.large);
  const eqRatio = eqSmall && eqLarge ? eqLarge.rps / eqSmall.rps : undefined;
  verdicts.push({
    target: `userName eq at ${L} users within 20 % of ${int(sizes.small)} users`,
    pass: eqRatio === undefined ? undefined : eqRatio >= 0.8,
    detail:
      eqSmall && eqLarge
        ? `${int(eqLarge.rps)} vs ${int(eqSmall.rps)} req/s = ${eqRatio?.toFixed(3)} (>= 0.80); ` +
          `p50 ${ms(eqLarge.p50)} vs ${ms(eqSmall.p50)} ms`
        : 'not run',
  });

  const small = find('patch-small', sizes.large);
  const big = find('patch-big', sizes.large);
  const cost = small && big ? small.rps / big.rps : undefined;
  const addSmall = small?.byTag.add;
  const addBig = big?.byTag.add;
  verdicts.push({
    target: `PATCH +1 member: group of ${L} <= 1.5 x group of 10 (at ${L} users)`,
    pass: cost === undefined ? undefined : cost <= 1.5,
    detail:
      small && big
        ? `time per request ${cost?.toFixed(2)} x (${int(big.rps)} vs ${int(small.rps)} req/s)` +
          (addSmall && addBig
            ? `; add p50 ${ms(addBig.p50)} vs ${ms(addSmall.p50)} ms = ${(addBig.p50 / addSmall.p50).toFixed(2)} x`
            : '') +
          baselineNote(small, find('patch-small', sizes.small), sizes)
        : 'not run',
  });

  verdicts.push({
    target: `server resident memory with ${L} users < 300 MB`,
    pass: peakRss === undefined ? undefined : peakRss < 300 * MB,
    detail: peakRss === undefined ? 'not measured' : `max VmRSS ${(peakRss / MB).toFixed(0)} MB`,
  });
  return verdicts;
}

/** The PATCH target compares against the group of 10 at the same size: say so when that baseline is itself slow. */
function baselineNote(
  atLarge: Measurement,
  atSmall: Measurement | undefined,
  sizes: Sizes,
): string {
  if (!atSmall || atLarge.rps * 1.5 >= atSmall.rps) return '';
  return (
    `. NOTE: the group of 10 is itself ${(atSmall.rps / atLarge.rps).toFixed(0)} x slower at ` +
    `${int(sizes.large)} users than at ${int(sizes.small)} (${int(atLarge.rps)} vs ${int(atSmall.rps)} req/s), ` +
    'so this comparison flatters the large group'
  );
}

export function formatVerdicts(verdicts: Verdict[]): string {
  return verdicts
    .map(
      (v) =>
        `${v.pass === undefined ? 'SKIP' : v.pass ? 'PASS' : 'FAIL'}  ${v.target}: ${v.detail}`,
    )
    .join('\n');
}

function int(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

function ms(n: number): string {
  return n.toFixed(2);
}
