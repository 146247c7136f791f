import type { ChildProcess } from 'node:child_process';

/**
 * The last line of defence of the fault tests: every server and Fita process
 * they start is killed (with its process group when it has one) when the test
 * process exits, even if an `afterAll` never ran. The tests still stop
 * everything themselves; this only catches what a crash of the runner leaves.
 */
const running = new Set<ChildProcess>();
let hooked = false;

export function killOnExit(child: ChildProcess): void {
  running.add(child);
  child.once('exit', () => running.delete(child));
  if (hooked) return;
  hooked = true;
  process.once('exit', () => {
    for (const process_ of running) {
      if (!process_.pid) continue;
      try {
        // A negative pid signals the group of a `detached` child.
        process.kill(-process_.pid, 'SIGKILL');
      } catch {
        process_.kill('SIGKILL');
      }
    }
  });
}
