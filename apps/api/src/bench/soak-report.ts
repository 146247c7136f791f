import type { SoakDetails } from './soak.scenario.js';
import type { KindStats, RequestSample, SoakWindow, StallSample } from './soak-record.js';
import type { Verdict } from './soak-verdicts.js';
import type { BenchRow } from './spine.scenarios.js';
import { textTable } from './text-table.js';

/** The soak's lines of the bench table: each figure against the baseline measured in the same run. */
export function soakRows(details: SoakDetails): BenchRow[] {
  const { soak, probe, idle } = details;
  const [firstHalf, secondHalf] = soak.halves;
  const whole = soak.whole;
  const name = `soak ${details.minutes} min`;
  const load = `load average ${soak.loadAverage.start.toFixed(1)} -> ${soak.loadAverage.end.toFixed(1)}`;
  const row = (
    scenario: string,
    unit: string,
    fita: number,
    baseline: number,
    baselineIs: string,
    notes: string,
  ): BenchRow => ({
    scenario: `${name}: ${scenario}`,
    size: whole.kinds.ingest.stored,
    unit,
    fita,
    baseline,
    ratio: baseline > 0 ? fita / baseline : 0,
    baselineIs,
    notes,
  });
  const halves = (kind: 'ingest' | 'query', what: string) =>
    row(
      `${what} p95, second half vs first`,
      'ms',
      secondHalf.kinds[kind].p95,
      firstHalf.kinds[kind].p95,
      'the first half of the soak',
      `first ${latencies(firstHalf.kinds[kind])}; second ${latencies(secondHalf.kinds[kind])}`,
    );
  const rows = [
    row(
      'ingest at half the maximum rate',
      'statements/s',
      whole.kinds.ingest.stored / soak.seconds,
      probe.rate,
      `the maximum sustained rate: ${probe.connections} connections, closed loop, ${probe.seconds.toFixed(0)} s`,
      `offered ${details.ingestRate.toFixed(0)}/s in batches of ${details.batch}; ${latencies(whole.kinds.ingest)}; ${soak.ingest?.late ?? 0} sends late; probe ${latencies(probe)}; ${load}`,
    ),
    halves('ingest', 'ingest'),
    row(
      'dashboard reads p95 under ingestion vs idle',
      'ms',
      whole.kinds.query.p95,
      idle.windows[0].kinds.query.p95,
      `the same reads with no ingestion, ${details.queriesPerSecond}/s`,
      `soak ${latencies(whole.kinds.query)}; idle ${latencies(idle.windows[0].kinds.query)}, after one round of every question that took ${idle.warmUpSeconds.toFixed(1)} s; ${whole.kinds.query.requests} reads`,
    ),
    halves('query', 'dashboard reads'),
  ];
  for (const role of Object.keys(soak.windows[0]?.rssMiB ?? {})) {
    const start = soak.windows[0].rssMiB[role];
    const end = soak.windows.at(-1)!.rssMiB[role];
    rows.push(
      row(
        `${role} RSS, last window vs first`,
        'MiB',
        end.mean,
        start.mean,
        'the mean RSS of the first window',
        `${start.first.toFixed(0)} MiB at the start, ${end.last.toFixed(0)} MiB at the end, peak ${Math.max(...soak.windows.map((w) => w.rssMiB[role]?.max ?? 0)).toFixed(0)} MiB; before the probe ${details.rssBeforeProbeMiB[role]?.toFixed(0)} MiB; ${held(soak.windows, role)}`,
      ),
    );
  }
  rows.push(
    row(
      'refresh lag, largest',
      's',
      Math.max(...soak.windows.map((w) => w.refresh.maxLagSeconds)),
      0,
      '-',
      `behind by at most ${Math.max(...soak.windows.map((w) => w.refresh.maxPending)).toLocaleString('en')} statements; caught up ${details.end.caughtUpSeconds?.toFixed(1) ?? 'not'} s after the load`,
    ),
  );
  return rows;
}

/** The soak window by window, then its verdicts. */
export function soakText(details: SoakDetails): string {
  const roles = Object.keys(details.soak.windows[0]?.rssMiB ?? {});
  const header = [
    'window',
    'ingest/s',
    'late',
    'errors',
    'ingest p50/p95/p99 ms',
    'reads',
    'reads p50/p95/p99 ms',
    ...roles.flatMap((role) => [`${role} RSS MiB`, `${role} held MiB`]),
    'behind (max)',
    'lag s (max)',
  ];
  const lines = details.soak.windows.map((window) => [
    `${minutes(window.from)}-${minutes(window.to)}`,
    window.ingestRate.toFixed(0),
    String(window.kinds.ingest.late + window.kinds.query.late),
    String(errorsIn(window)),
    triple(window.kinds.ingest),
    String(window.kinds.query.requests),
    triple(window.kinds.query),
    ...roles.flatMap((role) => [
      window.rssMiB[role]?.mean.toFixed(0) ?? '-',
      window.liveMiB[role]?.mean.toFixed(0) ?? '-',
    ]),
    window.refresh.maxPending.toLocaleString('en'),
    window.refresh.maxLagSeconds.toFixed(1),
  ]);
  const reads = Object.entries(details.soak.byQuery).map(([path, soak]) => {
    const idle = details.idle.byQuery[path];
    return [
      path,
      idle ? triple(idle) : '-',
      triple(soak),
      String(soak.requests),
      String(soak.requests - (soak.statuses['200'] ?? 0)),
    ];
  });
  return [
    `soak by window of ${details.soak.windowSeconds.toFixed(0)} s (minutes since its start):`,
    textTable(header, lines),
    '',
    'dashboard reads:',
    textTable(['GET', 'idle p50/p95/p99 ms', 'soak p50/p95/p99 ms', 'reads', 'errors'], reads),
    '',
    ...failureLines(details.soak.failures),
    ...stallLines(details.soak.stalls),
    'verdicts:',
    ...details.verdicts.map(verdictLine),
  ].join('\n');
}

/** Each request without a 200: when it was sent, what it asked, how long it took and why. */
function failureLines(failures: RequestSample[]): string[] {
  if (failures.length === 0) return [];
  const lines = failures.map((failure) => [
    `${(failure.at / 1000).toFixed(1)} s`,
    failure.kind,
    failure.label ?? '-',
    `${failure.ms.toFixed(0)} ms`,
    failure.status === 0 ? `no answer: ${failure.error ?? 'unknown'}` : String(failure.status),
  ]);
  return [
    'requests without a 200:',
    textTable(['sent at', 'kind', 'GET', 'took', 'answer'], lines),
    '',
  ];
}

/** The database's work while each long-waiting dashboard read waited (the first few). */
function stallLines(stalls: StallSample[]): string[] {
  return stalls.slice(0, STALLS_PRINTED).flatMap((stall) => [
    `read sent at ${(stall.at / 1000).toFixed(1)} s, unanswered after ${(stall.waitedMs / 1000).toFixed(1)} s: ${stall.label}; the database's busy backends then:`,
    textTable(
      ['pid', 'application', 'state', 'waits for', 'blocked by', 'xact s', 'query s', 'query'],
      stall.activity.map((backend) => [
        String(backend.pid),
        backend.application,
        backend.state,
        backend.waitEvent ?? '-',
        backend.blockedBy.join(' ') || '-',
        String(backend.transactionSeconds ?? '-'),
        String(backend.querySeconds ?? '-'),
        backend.query,
      ]),
    ),
    '',
  ]);
}

const STALLS_PRINTED = 10;

export function verdictLine(verdict: Verdict): string {
  const mark = verdict.passed === null ? 'n/a ' : verdict.passed ? 'PASS' : 'FAIL';
  return `  ${mark} ${verdict.name}: ${verdict.detail}`;
}

/** Heap and external memory after full collections, in the first and last windows. */
function held(windows: SoakWindow[], role: string): string {
  const first = windows[0].liveMiB[role];
  const last = windows.at(-1)!.liveMiB[role];
  if (!first || !last) return 'held after full collections not reported';
  return `held after full collections ${first.mean.toFixed(0)} MiB in the first window, ${last.mean.toFixed(0)} MiB in the last`;
}

function errorsIn(window: SoakWindow): number {
  return Object.values(window.kinds).reduce(
    (sum, stats) =>
      sum +
      Object.entries(stats.statuses)
        .filter(([status]) => status !== '200')
        .reduce((n, [, count]) => n + count, 0),
    0,
  );
}

function latencies(stats: { p50: number; p95: number; p99: number }): string {
  return `p50 ${stats.p50.toFixed(0)} ms, p95 ${stats.p95.toFixed(0)} ms, p99 ${stats.p99.toFixed(0)} ms`;
}

function triple(stats: KindStats): string {
  return stats.requests === 0
    ? '-'
    : `${stats.p50.toFixed(0)}/${stats.p95.toFixed(0)}/${stats.p99.toFixed(0)}`;
}

function minutes(seconds: number): string {
  return (seconds / 60).toFixed(seconds % 60 === 0 ? 0 : 1);
}
