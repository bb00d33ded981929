import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { ScenarioKey } from './scenarios.ts';

// The command line and environment of `pnpm bench`.

/** Members of the small group (the "group of 10"). */
export const SMALL_GROUP = 10;

const SCENARIOS: readonly ScenarioKey[] = [
  'get-id',
  'filter-eq',
  'filter-co',
  'list',
  'patch-small',
  'patch-big',
  'create',
];

const USAGE = `Usage: pnpm bench [--quick] [options]

  --quick              small sizes and short runs, for a smoke test
  --duration <s>       seconds of load per scenario   (env BENCH_DURATION; 5, quick 2)
  --warmup <s>         unmeasured seconds before each (env BENCH_WARMUP; 1, quick 0.5)
  --connections <n>    concurrent connections         (env BENCH_CONNECTIONS; 10)
  --users <a,b>        the two database sizes         (env BENCH_USERS; 1000,100000, quick 200,2000)
  --only <keys>        scenarios to run: get-id,filter-eq,filter-co,list,patch-small,patch-big,create
  --cpu-prof <dir>     write a V8 CPU profile of the SCIM server into <dir> (node --cpu-prof)
`;

export interface Options {
  quick: boolean;
  duration: number;
  warmup: number;
  connections: number;
  small: number;
  large: number;
  only: Set<ScenarioKey> | undefined;
  cpuProfDir: string | undefined;
}

export function parseOptions(): Options {
  const { values } = parseArgs({
    allowPositionals: true,
    options: {
      quick: { type: 'boolean', default: false },
      duration: { type: 'string' },
      warmup: { type: 'string' },
      connections: { type: 'string' },
      users: { type: 'string' },
      only: { type: 'string' },
      'cpu-prof': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(USAGE);
    process.exit(0);
  }
  const env = process.env;
  const quick = values.quick;
  const number = (name: string, raw: string | undefined, fallback: number, min: number) => {
    const value = raw === undefined || raw === '' ? fallback : Number(raw);
    if (!Number.isFinite(value) || value < min)
      throw new Error(`${name} must be a number >= ${min}`);
    return value;
  };
  const users = (values.users ?? env.BENCH_USERS ?? (quick ? '200,2000' : '1000,100000'))
    .split(',')
    .map(Number);
  const [small, large] = users;
  if (
    users.length !== 2 ||
    !Number.isInteger(small) ||
    !Number.isInteger(large) ||
    (small ?? 0) < 2 * SMALL_GROUP ||
    (large ?? 0) <= (small ?? 0) ||
    (large ?? 0) > 1_000_000
  ) {
    throw new Error(`--users needs two sizes, ${2 * SMALL_GROUP} <= small < large <= 1000000`);
  }
  const keys = values.only?.split(',').map((k) => k.trim());
  const unknown = keys?.filter((k) => !(SCENARIOS as readonly string[]).includes(k)) ?? [];
  if (unknown.length > 0) throw new Error(`--only: unknown scenario(s) ${unknown.join(', ')}`);
  return {
    quick,
    duration: number('--duration', values.duration ?? env.BENCH_DURATION, quick ? 2 : 5, 1),
    warmup: number('--warmup', values.warmup ?? env.BENCH_WARMUP, quick ? 0.5 : 1, 0),
    connections: Math.round(
      number('--connections', values.connections ?? env.BENCH_CONNECTIONS, 10, 1),
    ),
    small: small as number,
    large: large as number,
    only: keys ? new Set(keys as ScenarioKey[]) : undefined,
    cpuProfDir: values['cpu-prof'] ? resolve(values['cpu-prof']) : undefined,
  };
}
