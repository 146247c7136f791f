import { execFile } from 'node:child_process';
import { readdir, readFile, readlink, realpath } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

export interface ProcessInfo {
  pid: number;
  ppid: number;
  /** Short command name (`/proc/<pid>/comm`). */
  name: string;
  args: string[];
  /** Working directory, when readable (postgres chdirs into its data directory). */
  cwd?: string;
  /** Resolved executable path, when readable. */
  exe?: string;
}

const hasProcFs = existsSync('/proc/self/stat');

/** Null when no such process is alive; a zombie counts as gone. */
export async function readProcessInfo(pid: number): Promise<ProcessInfo | null> {
  if (!Number.isInteger(pid) || pid <= 0) return null;
  return hasProcFs ? readFromProcFs(pid) : readFromPs(pid);
}

export async function isProcessAlive(pid: number): Promise<boolean> {
  return (await readProcessInfo(pid)) !== null;
}

/** Live processes whose working directory is `dir` (Linux only; elsewhere empty). */
export async function findProcessesWithCwd(dir: string): Promise<ProcessInfo[]> {
  if (!hasProcFs) return [];
  const target = await realpath(dir).catch(() => path.resolve(dir));
  const pids = (await readdir('/proc')).filter((entry) => /^\d+$/.test(entry)).map(Number);
  const matches: ProcessInfo[] = [];
  for (const pid of pids) {
    if (pid === process.pid) continue;
    const cwd = await readlink(`/proc/${pid}/cwd`).catch(() => undefined);
    if (cwd !== target) continue;
    const info = await readFromProcFs(pid);
    if (info) matches.push(info);
  }
  return matches;
}

async function readFromProcFs(pid: number): Promise<ProcessInfo | null> {
  let stat: string;
  try {
    stat = await readFile(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return null;
  }
  // The name sits in parentheses and may itself contain spaces or parentheses.
  const open = stat.indexOf('(');
  const close = stat.lastIndexOf(')');
  const name = stat.slice(open + 1, close);
  const [state, ppid] = stat.slice(close + 2).split(' ');
  if (state === 'Z' || state === 'X') return null;
  const cmdline = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
  return {
    pid,
    ppid: Number(ppid),
    name,
    args: cmdline.split('\0').filter((arg) => arg !== ''),
    cwd: await readlink(`/proc/${pid}/cwd`).catch(() => undefined),
    exe: await readlink(`/proc/${pid}/exe`).catch(() => undefined),
  };
}

async function readFromPs(pid: number): Promise<ProcessInfo | null> {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return null;
  }
  const field = async (name: string) =>
    (await execFileAsync('ps', ['-p', String(pid), '-o', `${name}=`])).stdout.trim();
  try {
    const [ppid, comm, args, state] = await Promise.all([
      field('ppid'),
      field('comm'),
      field('args'),
      field('state'),
    ]);
    if (state.startsWith('Z')) return null;
    return { pid, ppid: Number(ppid), name: path.basename(comm), args: args.split(/\s+/) };
  } catch {
    return null;
  }
}
