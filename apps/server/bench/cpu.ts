import { readFileSync } from 'node:fs';

/**
 * How busy the machine was with other work during a run: CPU time of every
 * process (/proc/stat) less the time of the server under test and of this
 * process (the load generator). On a 2-core machine a test suite running
 * next to the benchmark shows up here, and the row's figures are suspect.
 */
export interface CpuSnapshot {
  total: number;
  busy: number;
  ours: number;
}

export function cpuSnapshot(pids: number[]): CpuSnapshot {
  const fields = (/^cpu\s+(.*)$/m.exec(readFileSync('/proc/stat', 'utf8'))?.[1] ?? '')
    .trim()
    .split(/\s+/)
    .map(Number);
  // user nice system idle iowait irq softirq steal (guest time is already in user)
  const [user = 0, nice = 0, system = 0, idle = 0, iowait = 0, irq = 0, softirq = 0, steal = 0] =
    fields;
  const busy = user + nice + system + irq + softirq + steal;
  const ours = [process.pid, ...pids].reduce((sum, pid) => sum + processJiffies(pid), 0);
  return { total: busy + idle + iowait, busy, ours };
}

/** Share (0..1) of the machine's CPU used by other processes between two snapshots. */
export function otherLoad(before: CpuSnapshot, after: CpuSnapshot): number {
  const total = after.total - before.total;
  if (total <= 0) return 0;
  const other = after.busy - before.busy - (after.ours - before.ours);
  return Math.max(0, other / total);
}

function processJiffies(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may contain spaces): utime is the 12th, stime the 13th.
    const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(rest[11]) + Number(rest[12]);
  } catch {
    return 0;
  }
}
