import type { PacerResult } from './soak-pacer.js';
import type { KindStats, MemorySample, RequestKind, SoakWindow } from './soak-record.js';

/** What "flat" and "stable" mean for a soak; stated in the report. */
export const SOAK_TOLERANCES = {
  /** RSS of the last window over the first: at most this share more, or the floor in MiB. */
  rssGrowthShare: 0.25,
  rssGrowthFloorMiB: 32,
  /**
   * Trend after the first window (least squares) of the memory a process
   * holds after its full collections, MiB per minute. Over the second half
   * alone (five minutes), the API's swings of 60 to 85 MiB gave slopes of
   * +-2.4 MiB/min with no growth from end to end.
   */
  liveSlopeMiBPerMinute: 2,
  /**
   * A trend needs this long to mean anything, and this many full
   * collections: with the figure it starts with, three levels.
   */
  slopeMinMinutes: 2,
  slopeMinCollections: 2,
  /** p95 latency's fitted trend: its value at the last window over the first. */
  p95Ratio: 2,
  /** A line through fewer windows is no trend. */
  minLatencyWindows: 3,
  /** Fewer requests in a window make a p95 of noise. */
  minRequestsPerWindow: 20,
  /** More requests of a window without an answer make its p95 the client's timeout, not a latency. */
  unansweredShare: 0.05,
  /** A send more than this late counts as late; at most `lateShare` of the sends may be. */
  lateAfterMs: 250,
  lateShare: 0.01,
  /** From the end of the load until the indicators include every stored statement. */
  refreshCatchUpSeconds: 180,
};

export interface Verdict {
  name: string;
  /** null: not judged (too little data), with the reason in `detail`. */
  passed: boolean | null;
  detail: string;
}

export function failed(verdicts: Verdict[]): Verdict[] {
  return verdicts.filter((verdict) => verdict.passed === false);
}

/** No request of any kind answered anything but 200. */
export function errorsVerdict(windows: SoakWindow[]): Verdict {
  const errors: Record<string, number> = {};
  let requests = 0;
  for (const window of windows) {
    for (const [kind, stats] of Object.entries(window.kinds)) {
      requests += stats.requests;
      for (const [status, count] of Object.entries(stats.statuses)) {
        if (status === '200') continue;
        const key = `${kind} ${status === '0' ? 'no answer' : status}`;
        errors[key] = (errors[key] ?? 0) + count;
      }
    }
  }
  const total = Object.values(errors).reduce((sum, n) => sum + n, 0);
  return {
    name: 'no errors',
    passed: total === 0,
    detail:
      total === 0
        ? `0 errors in ${requests.toLocaleString('en')} requests`
        : `${total} errors in ${requests.toLocaleString('en')} requests: ${Object.entries(errors)
            .map(([key, count]) => `${key} x${count}`)
            .join(', ')}`,
  };
}

/** The open-loop load was really offered: every slot sent, few of them late. */
export function pacingVerdict(name: string, pacer: PacerResult): Verdict {
  const share = pacer.scheduled === 0 ? 0 : pacer.late / pacer.scheduled;
  return {
    name: `${name} load offered on schedule`,
    passed: pacer.sent === pacer.scheduled && share <= SOAK_TOLERANCES.lateShare,
    detail: `${pacer.sent} of ${pacer.scheduled} sends, ${pacer.late} more than ${SOAK_TOLERANCES.lateAfterMs} ms late (at most ${pct(SOAK_TOLERANCES.lateShare)} allowed; latest ${pacer.maxLateMs.toFixed(0)} ms), at most ${pacer.maxInFlight} waiting at once`,
  };
}

/**
 * A process's RSS in the last window against the first, and the trend of
 * what it holds after full collections after the first window.
 */
export function memoryVerdicts(
  role: string,
  windows: SoakWindow[],
  samples: MemorySample[],
): Verdict[] {
  const start = windows[0]?.rssMiB[role];
  const end = windows.at(-1)?.rssMiB[role];
  if (!start || !end) {
    return [{ name: `${role} memory flat`, passed: null, detail: 'no RSS samples' }];
  }
  const allowed = Math.max(
    start.mean * SOAK_TOLERANCES.rssGrowthShare,
    SOAK_TOLERANCES.rssGrowthFloorMiB,
  );
  const growth = end.mean - start.mean;
  const verdicts: Verdict[] = [
    {
      name: `${role} memory flat`,
      passed: growth <= allowed,
      detail: `RSS ${mib(start.first)} at the start, ${mib(end.last)} at the end; mean of the first window ${mib(start.mean)}, of the last ${mib(end.mean)} (${signed(growth)} MiB, at most +${allowed.toFixed(0)} allowed)`,
    },
  ];
  verdicts.push(memoryTrendVerdict(role, windows[0].to * 1000, samples));
  return verdicts;
}

/**
 * A leak is memory still held after the collector has run: the trend is
 * judged on the heap and external memory after each full collection, from
 * the end of the first window (by then the pools and the answer cache have
 * filled) to the end of the run. RSS is reported beside it but not judged:
 * within minutes, the heap's sizing and the allocator keeping freed pages
 * move it by tens of MiB either way (ADR 0014 has the soaks where it did).
 */
function memoryTrendVerdict(role: string, warmUpMs: number, samples: MemorySample[]): Verdict {
  const name = `${role} memory trend`;
  const span = samples.filter((s) => s.at >= warmUpMs && s.rssMiB[role] !== undefined);
  const spanMinutes = ((span.at(-1)?.at ?? warmUpMs) - warmUpMs) / 60_000;
  if (spanMinutes < SOAK_TOLERANCES.slopeMinMinutes || span.length < 10) {
    return {
      name,
      passed: null,
      detail: `not judged: the run after its first window lasts ${spanMinutes.toFixed(1)} min, under ${SOAK_TOLERANCES.slopeMinMinutes} min`,
    };
  }
  const rssSlope = slopePerMinute(span.map((s) => [s.at, s.rssMiB[role]]));
  const rssNote = `RSS ${signed(rssSlope, 2)} MiB/min, not judged`;
  const live = span.filter((s) => s.liveMiB[role] !== undefined);
  const collections =
    (live.at(-1)?.fullCollections[role] ?? 0) - (live[0]?.fullCollections[role] ?? 0);
  if (collections < SOAK_TOLERANCES.slopeMinCollections) {
    return {
      name,
      passed: null,
      detail: `not judged: ${collections} full collections reported after the first window, under ${SOAK_TOLERANCES.slopeMinCollections} (${rssNote})`,
    };
  }
  const slope = slopePerMinute(live.map((s) => [s.at, s.liveMiB[role]]));
  const limit = SOAK_TOLERANCES.liveSlopeMiBPerMinute;
  return {
    name,
    passed: slope <= limit,
    detail: `held after full collections ${signed(slope, 2)} MiB/min after the first window, ${mib(live[0].liveMiB[role])} to ${mib(live.at(-1)!.liveMiB[role])} over ${collections} collections (at most +${limit} allowed); ${rssNote}`,
  };
}

/**
 * Whether latency drifts over the run: the p95 of each window, fitted with
 * a straight line (least squares), whose value at the last window is at
 * most `p95Ratio` times its value at the first. A steady climb fails it as
 * the two end windows would; one slow stretch (a checkpoint's writes on
 * this machine) moves the line by a tenth of itself, where it would decide
 * a comparison of the two end windows alone. That comparison is printed
 * beside it.
 */
export function latencyVerdict(kind: RequestKind, windows: SoakWindow[]): Verdict {
  const name = `${kind} latency stable`;
  const min = SOAK_TOLERANCES.minRequestsPerWindow;
  const unanswered = (stats: KindStats) => stats.statuses['0'] ?? 0;
  const judged = windows.filter(
    ({ kinds: { [kind]: stats } }) =>
      stats.requests >= min &&
      unanswered(stats) <= stats.requests * SOAK_TOLERANCES.unansweredShare,
  );
  if (judged.length < SOAK_TOLERANCES.minLatencyWindows) {
    const timedOut = windows.filter((w) => unanswered(w.kinds[kind]) > 0).length;
    return {
      name,
      passed: null,
      detail: `not judged: needs ${SOAK_TOLERANCES.minLatencyWindows} windows of at least ${min} requests, at most ${pct(SOAK_TOLERANCES.unansweredShare)} of them without an answer (whose p95 would be the client's timeout); ${judged.length} of ${windows.length} are, ${timedOut} had requests without an answer (the errors verdict counts them)`,
    };
  }
  const points = judged.map((w): [number, number] => [(w.from + w.to) / 2, w.kinds[kind].p95]);
  const [firstAt, lastAt] = [points[0][0], points.at(-1)![0]];
  const { at } = fitLine(points);
  // A line that dips under the fastest window at the start would make any ratio huge.
  const fittedStart = Math.max(at(firstAt), Math.min(...points.map(([, p95]) => p95)));
  const fittedEnd = at(lastAt);
  const ratio = fittedEnd / fittedStart;
  const [first, last] = [judged[0].kinds[kind].p95, judged.at(-1)!.kinds[kind].p95];
  return {
    name,
    passed: ratio <= SOAK_TOLERANCES.p95Ratio,
    detail: `p95 per window fitted from ${ms(fittedStart)} in the first to ${ms(fittedEnd)} in the last: ${ratio.toFixed(2)}x (at most ${SOAK_TOLERANCES.p95Ratio}x allowed; ${judged.length} windows); the windows themselves ${ms(first)} and ${ms(last)}, ${(last / first).toFixed(2)}x, not judged`,
  };
}

/** Every statement the LRS acknowledged is stored, and no other. */
export function storedVerdict(expected: number, stored: number): Verdict {
  return {
    name: 'every acknowledged statement stored',
    passed: stored === expected,
    detail: `${stored.toLocaleString('en')} statements in the database, ${expected.toLocaleString('en')} expected`,
  };
}

/** The indicators included every stored statement soon after the load ended. */
export function refreshVerdict(
  caughtUpSeconds: number | null,
  freshness: { statementsStored: number; statementsProcessed: number },
  stored: number,
): Verdict {
  const limit = SOAK_TOLERANCES.refreshCatchUpSeconds;
  const counts = `/freshness: ${freshness.statementsProcessed.toLocaleString('en')} processed of ${freshness.statementsStored.toLocaleString('en')} stored`;
  return {
    name: 'refresh caught up',
    passed:
      caughtUpSeconds !== null &&
      freshness.statementsProcessed === stored &&
      freshness.statementsStored === stored,
    detail:
      caughtUpSeconds === null
        ? `not within ${limit} s of the end of the load; ${counts}`
        : `${caughtUpSeconds.toFixed(1)} s after the end of the load (at most ${limit} s allowed); ${counts}`,
  };
}

/** Least-squares slope of (milliseconds, MiB) points, in MiB per minute. */
export function slopePerMinute(points: [number, number][]): number {
  return fitLine(points).slope * 60_000;
}

/** The least-squares line through `points`: its slope, and its value at any x. */
export function fitLine(points: [number, number][]): {
  slope: number;
  at: (x: number) => number;
} {
  const n = points.length;
  const meanX = n === 0 ? 0 : points.reduce((sum, [x]) => sum + x, 0) / n;
  const meanY = n === 0 ? 0 : points.reduce((sum, [, y]) => sum + y, 0) / n;
  let covariance = 0;
  let variance = 0;
  for (const [x, y] of points) {
    covariance += (x - meanX) * (y - meanY);
    variance += (x - meanX) ** 2;
  }
  const slope = variance === 0 ? 0 : covariance / variance;
  return { slope, at: (x) => meanY + slope * (x - meanX) };
}

function mib(value: number): string {
  return `${value.toFixed(0)} MiB`;
}

function ms(value: number): string {
  return `${value.toFixed(0)} ms`;
}

function pct(share: number): string {
  return `${(share * 100).toFixed(0)} %`;
}

function signed(value: number, digits = 0): string {
  return `${value >= 0 ? '+' : ''}${value.toFixed(digits)}`;
}
