import fs from 'node:fs';
import os from 'node:os';

export interface ProcessUsage {
  cpuSeconds: number;
  rssMiB: number;
}

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

/** CPU time so far and resident memory of a process, from /proc (Linux). */
export function processUsage(pid: number): ProcessUsage {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]); // utime + stime
  const rssPages = Number(fields[21]);
  return { cpuSeconds: ticks / TICKS_PER_SECOND, rssMiB: (rssPages * 4096) / 2 ** 20 };
}

/**
 * CPU time of every Postgres process on this machine: the live ones plus, via
 * the postmaster's children counters, the backends that have exited.
 */
export function postgresCpuSeconds(): number {
  let ticks = 0;
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue; // the process ended while we looked
    }
    const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
    if (name !== 'postgres') continue;
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    ticks += Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]);
  }
  return ticks / TICKS_PER_SECOND;
}

/** CPU seconds so far of named processes, of every Postgres process and of this process. */
export interface CpuSnapshot {
  at: number;
  seconds: Map<string, number>;
}

export function cpuSnapshot(processes: Map<string, number> = new Map()): CpuSnapshot {
  const seconds = new Map<string, number>();
  for (const [name, pid] of processes) seconds.set(name, processUsage(pid).cpuSeconds);
  seconds.set('Postgres', postgresCpuSeconds());
  const own = process.cpuUsage();
  seconds.set('bench', (own.user + own.system) / 1e6);
  return { at: performance.now(), seconds };
}

/** Each process's CPU between two snapshots, as a share of one core. */
export function cpuShares(before: CpuSnapshot, after: CpuSnapshot): string {
  const wall = (after.at - before.at) / 1000;
  const shares = [...after.seconds].map(([name, seconds]) => {
    const used = seconds - (before.seconds.get(name) ?? 0);
    return `${name} ${((used / wall) * 100).toFixed(0)}%`;
  });
  // Other work on the machine takes cores from the measured processes: say how much there was.
  return `CPU (of one core; ${os.cpus().length} cores): ${shares.join(', ')}; machine load average ${os.loadavg()[0].toFixed(1)}`;
}
