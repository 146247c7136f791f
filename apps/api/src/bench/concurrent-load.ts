export interface LoadResult {
  requests: number;
  errors: number;
  firstError?: string;
  seconds: number;
  /** Milliseconds, sorted. */
  latencies: number[];
}

/** `clients` clients each sending `request` back to back for `seconds`. */
export async function runClients(
  clients: number,
  seconds: number,
  request: () => Promise<unknown>,
): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  let firstError: string | undefined;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (performance.now() < deadline) {
        const t0 = performance.now();
        try {
          await request();
          latencies.push(performance.now() - t0);
        } catch (error) {
          errors += 1;
          firstError ??= (error as Error).message;
        }
      }
    }),
  );
  return {
    requests: latencies.length,
    errors,
    firstError,
    seconds: (performance.now() - started) / 1000,
    latencies: latencies.sort((a, b) => a - b),
  };
}

/** The value below which `share` (0 to 1) of the sorted values fall. */
export function percentile(sorted: number[], share: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.max(0, Math.min(sorted.length - 1, Math.ceil(sorted.length * share) - 1))];
}
