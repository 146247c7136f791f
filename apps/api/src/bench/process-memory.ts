import type { ChildProcess } from 'node:child_process';
import { MEMORY_QUESTION, type MemoryReport } from '../app/memory-report.js';

/** How long a busy process may take to answer before the sample goes without its figures. */
const ANSWER_WITHIN_MS = 500;

/**
 * Asks one of Fita's processes, started with an IPC channel, for its memory
 * (`answerMemoryQuestions`); null if it cannot or does not answer in time.
 */
export function askMemory(child: ChildProcess): Promise<MemoryReport | null> {
  if (!child.connected) return Promise.resolve(null);
  return new Promise((resolve) => {
    const done = (report: MemoryReport | null) => {
      clearTimeout(timer);
      child.off('message', onMessage);
      resolve(report);
    };
    const onMessage = (message: unknown) => {
      if ((message as MemoryReport | null)?.type === 'fita:memory') done(message as MemoryReport);
    };
    const timer = setTimeout(() => done(null), ANSWER_WITHIN_MS);
    child.on('message', onMessage);
    child.send(MEMORY_QUESTION, (error) => {
      if (error) done(null);
    });
  });
}
