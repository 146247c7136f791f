export interface Measurement {
  seconds: number;
  perSecond: number;
}

/** Wall-clock time of `work` over `units` of work (statements, rows, requests). */
export async function measure(units: number, work: () => Promise<unknown>): Promise<Measurement> {
  const started = process.hrtime.bigint();
  await work();
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { seconds, perSecond: units / seconds };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
