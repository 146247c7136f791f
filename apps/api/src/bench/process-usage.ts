import fs from 'node:fs';

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
