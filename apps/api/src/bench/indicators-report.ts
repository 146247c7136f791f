import type { RefreshReport } from '../modules/indicators/indicators-refresh.service.js';
import type { LoadResult } from './concurrent-load.js';
import { percentile } from './concurrent-load.js';
import type { IndicatorsDataset } from './indicators-dataset.js';
import type { IncrementalRun } from './incremental-refresh.js';
import { median } from './measure.js';
import type { BenchRow } from './spine.scenarios.js';

/** Load, baseline and rebuild, measured with the app in the bench process. */
export interface RebuildMeasurement {
  dataset: IndicatorsDataset;
  /** Seconds of each run of the baseline scan. */
  baselineRuns: number[];
  rebuildSeconds: number;
  rebuildCpu: string;
  report: RefreshReport;
  /** The outcome of the users-per-year check, in words. */
  check: string;
}

/** The refresh after POSTs and the queries, measured against Fita's processes. */
export interface LiveMeasurement {
  incremental: { runs: IncrementalRun[] };
  coldMs: number;
  first: { users: number; provenance: { statementCount: number } };
  load: LoadResult;
  loadCpu: string;
}

/** The scenario's rows of the bench table, each against the baseline scan where that means something. */
export function indicatorsRows(
  run: { size: number; seconds: number; clients: number },
  built: RebuildMeasurement,
  live: LiveMeasurement,
): BenchRow[] {
  const { size, seconds, clients } = run;
  const { dataset, baselineRuns, rebuildSeconds, report } = built;
  const baseline = median(baselineRuns);
  const baselineMs = baseline * 1000;
  const scan = 'one scan of the raw statements: distinct actors per local year';
  const { load } = dataset;
  const { incremental, load: queries } = live;
  const row = (
    scenario: string,
    unit: string,
    fita: number,
    against: { value: number; is: string } | null,
    notes: string[],
  ): BenchRow => ({
    scenario: `indicators: ${scenario}`,
    size,
    unit,
    fita,
    baseline: against?.value ?? 0,
    ratio: against ? fita / against.value : 0,
    baselineIs: against?.is ?? 'none',
    notes: notes.join('; '),
  });
  const scanMs = { value: baselineMs, is: scan };
  const jobTimes = incremental.runs.flatMap((r) => (r.jobRanMs === undefined ? [] : [r.jobRanMs]));
  return [
    row(
      'load by COPY as the LRS stores (not a target)',
      'statements/s',
      load.statements / load.seconds,
      null,
      [
        `${load.seconds.toFixed(1)} s for ${load.statements.toLocaleString('en')} statements`,
        `${load.agentLinks.toLocaleString('en')} agent and ${load.activityLinks.toLocaleString('en')} activity links, ${load.activities.toLocaleString('en')} activities`,
        `${dataset.actorKeys.toLocaleString('en')} actor keys (population of ${dataset.population.learners.toLocaleString('en')} learners); ${dataset.coursesApplied} catalogue courses; ${dataset.registryRowsApplied.toLocaleString('en')} registry rows`,
        `then VACUUM ANALYZE ${dataset.vacuumSeconds.toFixed(1)} s`,
        `database ${(dataset.databaseMiB / 1024).toFixed(1)} GiB`,
        `bench RSS peak ${dataset.benchPeakRssMiB.toFixed(0)} MiB`,
        dataset.loadCpu,
      ],
    ),
    row(
      'full rebuild (IndicatorsRefreshService.rebuild() in the bench process, no worker, until the inbox is drained); target <= 2x',
      's',
      rebuildSeconds,
      { value: baseline, is: scan },
      [
        `${report.processed.toLocaleString('en')} statements in ${report.steps} steps, ${Math.round(report.processed / rebuildSeconds).toLocaleString('en')}/s`,
        `baseline runs ${baselineRuns.map((s) => s.toFixed(2)).join(', ')} s (median)`,
        built.rebuildCpu,
        built.check,
      ],
    ),
    row(
      `incremental refresh after POST of 1,000 statements, median of ${incremental.runs.length}; target < 1 s at 10M`,
      'ms',
      median(incremental.runs.map((r) => r.caughtUpMs)),
      scanMs,
      [
        `accepted -> watermark includes the batch: ${incremental.runs.map((r) => r.caughtUpMs.toFixed(0)).join(', ')} ms`,
        `refresh job ran ${incremental.runs.map((r) => r.jobRanMs?.toFixed(0) ?? '?').join(', ')} ms, waited in the queue ${incremental.runs.map((r) => r.jobWaitedMs?.toFixed(0) ?? '?').join(', ')} ms`,
        `POST ${median(incremental.runs.map((r) => r.postMs)).toFixed(0)} ms (median)`,
        `GET /api/indicators/freshness then ${median(incremental.runs.map((r) => r.freshnessMs)).toFixed(0)} ms (median), processed == stored every time`,
        `each batch voids 2 earlier completions`,
      ],
    ),
    ...(jobTimes.length === 0
      ? []
      : [
          row(
            'incremental refresh: the refresh job alone (worker), median',
            'ms',
            median(jobTimes),
            scanMs,
            ['as recorded by the queue: processedOn to finishedOn'],
          ),
        ]),
    row('GET 2017-2021, first request after the facts changed', 'ms', live.coldMs, scanMs, [
      `users ${live.first.users.toLocaleString('en')}, provenance over ${live.first.provenance.statementCount.toLocaleString('en')} statements`,
    ]),
    ...(
      [
        ['p50', 0.5],
        ['p95', 0.95],
        ['p99', 0.99],
      ] as const
    ).map(([label, share]) =>
      row(
        `GET 2017-2021, ${clients} clients, ${seconds} s: ${label}`,
        'ms',
        percentile(queries.latencies, share),
        scanMs,
        [],
      ),
    ),
    row(
      `GET 2017-2021, ${clients} clients, ${seconds} s: throughput`,
      'requests/s',
      queries.requests / queries.seconds,
      null,
      [
        `${queries.requests} requests, ${queries.errors} errors${queries.firstError ? ` (first: ${queries.firstError.slice(0, 200)})` : ''}`,
        live.loadCpu,
      ],
    ),
  ];
}
