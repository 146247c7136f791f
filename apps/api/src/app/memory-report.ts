import { constants, PerformanceObserver } from 'node:perf_hooks';

/** What a process that reports its memory answers to `MEMORY_QUESTION`. */
export interface MemoryReport {
  type: 'fita:memory';
  rssMiB: number;
  heapUsedMiB: number;
  /** Memory outside the V8 heap held by JavaScript objects (buffers included). */
  externalMiB: number;
  /**
   * Heap used plus external memory just after the latest full (mark-compact)
   * collection: what the process still holds when garbage is gone. A leak
   * raises it; the collector's sawtooth and the allocator's keeping of freed
   * pages, which move RSS by tens of MiB either way, do not. Null before
   * the first full collection.
   */
  liveAfterFullGcMiB: number | null;
  fullCollections: number;
}

export const MEMORY_QUESTION = { type: 'fita:memory?' } as const;

/**
 * Lets a supervising process (the soak benchmark) ask Fita's process for its
 * memory over the IPC channel it was started with. Does nothing for a
 * process started without one, as in production.
 */
export function answerMemoryQuestions(): void {
  if (!process.send || !process.channel) return;
  let liveAfterFullGcMiB: number | null = null;
  let fullCollections = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      // A gc entry's detail says which collection ran (Node's types leave it out).
      const kind = (entry as { detail?: { kind?: number } }).detail?.kind;
      if (kind !== constants.NODE_PERFORMANCE_GC_MAJOR) continue;
      fullCollections += 1;
      const usage = process.memoryUsage();
      liveAfterFullGcMiB = mib(usage.heapUsed + usage.external);
    }
  });
  observer.observe({ entryTypes: ['gc'] });
  process.on('message', (message: unknown) => {
    if ((message as { type?: unknown } | null)?.type !== MEMORY_QUESTION.type) return;
    const usage = process.memoryUsage();
    const report: MemoryReport = {
      type: 'fita:memory',
      rssMiB: mib(usage.rss),
      heapUsedMiB: mib(usage.heapUsed),
      externalMiB: mib(usage.external),
      liveAfterFullGcMiB,
      fullCollections,
    };
    process.send?.(report);
  });
  // Listening refs the channel; the process still ends when its work does.
  process.channel.unref();
}

function mib(bytes: number): number {
  return bytes / 2 ** 20;
}
