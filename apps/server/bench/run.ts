import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { cpuSnapshot, otherLoad } from './cpu.ts';
import { problemsOf, runLoad, type Step } from './load.ts';
import { evaluateTargets, formatTable, formatVerdicts, type Row } from './report.ts';
import { parseOptions, SMALL_GROUP } from './options.ts';
import { scenariosFor, type World } from './scenarios.ts';
import { ScimClient } from './scim-client.ts';
import { createGroup, createUsers, probeBulk, seededUserName, type SeededUser } from './seed.ts';
import { killChildrenNow, startBareServer, startScimServer, type ChildServer } from './servers.ts';

/**
 * `pnpm bench`: starts a bare node:http server and the SCIM server as child
 * processes, seeds the SCIM server over HTTP, loads both with autocannon and
 * prints a table and the targets. Exit code 1 only when the run
 * itself broke (a non-2xx answer, a wrong answer, a crash); a missed target
 * is a result, not an error.
 */
const TENANT = 'bench';
const TOKEN = 'bench-token-0123456789';
const MB = 1024 * 1024;

const log = (line: string) => process.stderr.write(`${line}\n`);
const out = (line = '') => process.stdout.write(`${line}\n`);
const seconds = (from: number) => (performance.now() - from) / 1000;
const int = (n: number) => Math.round(n).toLocaleString('en-US');

async function main(): Promise<number> {
  const options = parseOptions();
  const directory = mkdtempSync(join(tmpdir(), 'scim-bench-'));
  const children: ChildServer[] = [];
  const onSignal = () => {
    killChildrenNow();
    rmSync(directory, { recursive: true, force: true });
    process.exit(130);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  const problems: string[] = [];
  /**
   * Warm-up, measured run, cleanup. autocannon drops the requests in flight
   * when a run ends, but the server still works through them: wait for that
   * (`drain`) before the next run, or a slow scenario's backlog is billed to
   * the next one.
   */
  const load = async (
    label: string,
    steps: Step[],
    server: ChildServer,
    drain: () => Promise<void>,
    headers: Record<string, string> = {},
    after: () => Promise<void> = () => Promise.resolve(),
  ) => {
    const settings = { origin: server.origin, headers, connections: options.connections };
    if (options.warmup > 0) {
      const warm = await runLoad(steps, { ...settings, duration: options.warmup });
      problems.push(...problemsOf(warm, true).map((p) => `${label} (warm-up): ${p}`));
      await drain();
      await after();
    }
    const before = cpuSnapshot([server.pid]);
    const m = await runLoad(steps, { ...settings, duration: options.duration });
    const otherCpu = otherLoad(before, cpuSnapshot([server.pid]));
    problems.push(...problemsOf(m).map((p) => `${label}: ${p}`));
    await drain();
    await after();
    return { m, otherCpu };
  };

  try {
    out(
      `scim-server benchmark, ${new Date().toISOString()}: node ${process.version}, ` +
        `${cpus().length} x ${cpus()[0]?.model ?? 'cpu'}`,
    );
    out(
      `${options.quick ? 'quick mode; ' : ''}${options.connections} connections, ` +
        `${options.duration} s per scenario after ${options.warmup} s warm-up; ` +
        `users ${int(options.small)} and ${int(options.large)}`,
    );

    // The baseline, before and after the SCIM runs: two figures show how steady the machine was.
    const bareSteps: Step[] = [{ method: 'GET', next: () => ({ path: '/' }) }];
    const measureBare = async (when: string): Promise<Row> => {
      const server = await startBareServer();
      children.push(server);
      const { m, otherCpu } = await load(`bare (${when})`, bareSteps, server, () =>
        Promise.resolve(),
      );
      await server.stop();
      log(`bare node:http (${when}): ${int(m.rps)} req/s`);
      return { key: 'bare', label: `bare node:http (${when})`, users: undefined, m, otherCpu };
    };
    const rows: Row[] = [await measureBare('first')];

    if (options.cpuProfDir) mkdirSync(options.cpuProfDir, { recursive: true });
    const scim = await startScimServer({
      databaseFile: join(directory, 'scim.sqlite'),
      tenant: TENANT,
      token: TOKEN,
      cpuProfDir: options.cpuProfDir,
    });
    children.push(scim);
    const client = new ScimClient(scim.origin, TENANT, TOKEN);

    const bulk = await probeBulk(client);
    out(
      typeof bulk === 'string'
        ? `seeding: POST /Users, 32 in flight (Bulk not used: ${bulk})`
        : `seeding: POST /Bulk, up to ${bulk.maxOperations} operations per request`,
    );
    const bulkLimits = typeof bulk === 'string' ? undefined : bulk;

    const spareCount = Math.max(64, 4 * options.connections);
    const spareNames = Array.from(
      { length: spareCount },
      (_, i) => `spare${String(i + 1).padStart(4, '0')}@bench.example`,
    );
    const spares = (await createUsers(client, spareNames, bulkLimits)).map((u) => u.id);
    const users: SeededUser[] = [];
    let seeded = 0;
    let world: World | undefined;
    let peakRss = 0;
    let rssAfterSeeding = 0;

    for (const size of [options.small, options.large]) {
      const started = performance.now();
      const names = Array.from({ length: size - users.length }, () => seededUserName(++seeded));
      let shown = 0;
      users.push(
        ...(await createUsers(client, names, bulkLimits, (done) => {
          if (done - shown >= names.length / 10 || done === names.length) {
            shown = done;
            log(`  seeded ${int(done)} / ${int(names.length)}`);
          }
        })),
      );
      out(
        `seeded ${int(names.length)} users (to ${int(users.length)}) in ${seconds(started).toFixed(1)} s` +
          ` (${int(names.length / seconds(started))} users/s)`,
      );

      if (!world) {
        const id = await createGroup(
          client,
          'bench-small',
          users.slice(0, SMALL_GROUP).map((u) => u.id),
        );
        world = {
          client,
          users,
          spares,
          smallGroup: { id, size: SMALL_GROUP },
          bigGroup: undefined,
          runTag: Date.now().toString(36),
          createdCount: 0,
        };
      }
      const isLarge = size === options.large;
      if (isLarge && (!options.only || options.only.has('patch-big'))) {
        const groupStarted = performance.now();
        const members = users.slice(0, size).map((u) => u.id);
        world.bigGroup = { id: await createGroup(client, 'bench-big', members), size };
        out(
          `created a group of ${int(size)} members (PATCH chunks of 5,000) in ` +
            `${seconds(groupStarted).toFixed(1)} s`,
        );
      }
      const sample = () => {
        const memory = scim.memory();
        if (isLarge && memory) peakRss = Math.max(peakRss, memory.rss);
        return memory;
      };
      if (isLarge) rssAfterSeeding = sample()?.rss ?? 0;

      // Two requests in a row through the server's transaction queue: behind every dropped one.
      const sentinel = users[0]?.id ?? '';
      const drain = async () => {
        for (let i = 0; i < 2; i++) await client.expect('GET', `/Users/${sentinel}`);
      };
      for (const scenario of scenariosFor(world)) {
        if (options.only && !options.only.has(scenario.key)) continue;
        const usersNow = users.length;
        const { m, otherCpu } = await load(
          `${scenario.label} at ${int(usersNow)}`,
          scenario.steps,
          scim,
          drain,
          client.headers,
          scenario.after,
        );
        sample();
        rows.push({ key: scenario.key, label: scenario.label, users: usersNow, m, otherCpu });
        log(
          `${scenario.label} at ${int(usersNow)} users: ${int(m.rps)} req/s, ` +
            `p50 ${m.p50.toFixed(2)} ms, p99 ${m.p99.toFixed(2)} ms, ` +
            `status ${JSON.stringify(m.statuses)}, other CPU ${(otherCpu * 100).toFixed(0)} %`,
        );
      }
    }

    const memory = scim.memory();
    await scim.stop();
    rows.splice(1, 0, await measureBare('last'));
    // The better of the two: what this machine can do (a busy moment only lowers it).
    const bareRps = Math.max(rows[0]?.m.rps ?? 0, rows[1]?.m.rps ?? 0);

    out();
    out(formatTable(rows, bareRps));
    out(`("vs bare": req/s over ${int(bareRps)}, the higher of the two bare runs)`);
    out();
    out(
      `server memory at ${int(options.large)} users: VmRSS ${(rssAfterSeeding / MB).toFixed(0)} MB after seeding, ` +
        `max ${(peakRss / MB).toFixed(0)} MB over the runs; peak VmHWM ${((memory?.peak ?? 0) / MB).toFixed(0)} MB (includes seeding)`,
    );
    out();
    out('targets:');
    out(
      formatVerdicts(
        evaluateTargets(
          rows,
          bareRps,
          { small: options.small, large: options.large },
          peakRss || undefined,
        ),
      ),
    );
    if (options.cpuProfDir) out(`\nCPU profile of the SCIM server: ${options.cpuProfDir}`);
    if (problems.length > 0) {
      out('\nTHE RUN IS BROKEN:');
      for (const problem of problems) out(`  ${problem}`);
      return 1;
    }
    return 0;
  } finally {
    for (const child of children) await child.stop();
    // BENCH_KEEP_DB=1 keeps the seeded database for a look at query plans (EXPLAIN QUERY PLAN).
    if (process.env.BENCH_KEEP_DB) out(`kept the database: ${join(directory, 'scim.sqlite')}`);
    else rmSync(directory, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(
      `benchmark failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exit(1);
  },
);
