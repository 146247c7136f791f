import { describe, expect, it } from '@jest/globals';
import { SoakRecord, windowsOf, type RequestKind } from './soak-record.js';
import {
  errorsVerdict,
  failed,
  latencyVerdict,
  memoryVerdicts,
  pacingVerdict,
  refreshVerdict,
  slopePerMinute,
  storedVerdict,
} from './soak-verdicts.js';

const MINUTE = 60_000;

/**
 * A run of `minutes` with a request of each kind every second, and memory
 * sampled every second: RSS, and a full collection every 10 s after which
 * `live` is held.
 */
function steadyRun(
  minutes: number,
  options: {
    ingestMs?: (at: number) => number;
    queryMs?: (at: number) => number;
    status?: (kind: RequestKind, at: number) => number;
    rss?: (at: number) => number;
    live?: (at: number) => number;
  } = {},
): SoakRecord {
  const record = new SoakRecord();
  for (let at = 0; at < minutes * MINUTE; at += 1_000) {
    for (const kind of ['ingest', 'query', 'freshness'] as const) {
      const ms =
        kind === 'ingest' ? (options.ingestMs?.(at) ?? 100) : (options.queryMs?.(at) ?? 20);
      const status = options.status?.(kind, at) ?? 200;
      record.requests.push({
        kind,
        at,
        ms,
        status,
        statements: kind === 'ingest' ? 100 : 0,
        late: false,
      });
    }
    const rss = options.rss?.(at) ?? 200;
    const collectedAt = at - (at % 10_000);
    const live = options.live?.(collectedAt) ?? 60;
    record.memory.push({
      at,
      rssMiB: { API: rss, worker: rss / 2 },
      liveMiB: { API: live, worker: live / 2 },
      fullCollections: { API: collectedAt / 10_000 + 1, worker: collectedAt / 10_000 + 1 },
    });
    record.refresh.push({ at, pending: 50, lagSeconds: 0.5 });
  }
  return record;
}

describe('soak windows', () => {
  it('cuts the run into windows by send time, with rates, percentiles, statuses and RSS', () => {
    const record = steadyRun(2, {
      ingestMs: (at) => (at < MINUTE ? 100 : 300),
      status: (kind, at) => (kind === 'query' && at === 90_000 ? 503 : 200),
    });
    const windows = windowsOf(record, 60, 120);

    expect(windows).toHaveLength(2);
    expect(windows[0]).toMatchObject({ from: 0, to: 60, ingestRate: 100 });
    expect(windows[0].kinds.ingest).toMatchObject({ requests: 60, stored: 6_000, p95: 100 });
    expect(windows[1].kinds.ingest.p95).toBe(300);
    expect(windows[1].kinds.query.statuses).toEqual({ 200: 59, 503: 1 });
    expect(windows[0].rssMiB['API']).toMatchObject({ first: 200, last: 200, mean: 200 });
    expect(windows[1].refresh).toEqual({ maxPending: 50, maxLagSeconds: 0.5, lastPending: 50 });
  });

  it('puts what was sent after the end into the last window', () => {
    const record = steadyRun(1);
    record.requests.push({
      kind: 'ingest',
      at: 61_500,
      ms: 10,
      status: 200,
      statements: 100,
      late: true,
    });
    const windows = windowsOf(record, 30, 60);

    expect(windows).toHaveLength(2);
    expect(windows[1].kinds.ingest).toMatchObject({ requests: 31, late: 1 });
  });
});

describe('soak verdicts', () => {
  it('passes a steady run: no errors, flat memory, stable latency', () => {
    const record = steadyRun(6, { rss: (at) => 200 + 10 * Math.sin(at / 7_000) });
    const windows = windowsOf(record, 60, 360);
    const verdicts = [
      errorsVerdict(windows),
      ...memoryVerdicts('API', windows, record.memory),
      latencyVerdict('ingest', windows),
      latencyVerdict('query', windows),
    ];

    expect(failed(verdicts)).toEqual([]);
    expect(verdicts.every((v) => v.passed === true)).toBe(true);
    expect(verdicts[0].detail).toBe('0 errors in 1,080 requests');
  });

  it('fails on any answer but 200 and on requests without an answer, naming them by kind and status', () => {
    const record = steadyRun(1, {
      status: (kind, at) =>
        kind === 'ingest' && at === 5_000 ? 503 : kind === 'freshness' && at < 2_000 ? 0 : 200,
    });
    const verdict = errorsVerdict(windowsOf(record, 60, 60));

    expect(verdict.passed).toBe(false);
    expect(verdict.detail).toBe('3 errors in 180 requests: ingest 503 x1, freshness no answer x2');
  });

  it('fails memory that grows past the tolerance, and a steady climb after the first window', () => {
    // +1 MiB per second: 200 MiB in the first minute, about 500 in the sixth.
    const record = steadyRun(6, { rss: (at) => 200 + at / 1_000, live: (at) => 60 + at / 1_000 });
    const [flat, trend] = memoryVerdicts('API', windowsOf(record, 60, 360), record.memory);

    expect(flat).toMatchObject({ name: 'API memory flat', passed: false });
    expect(flat.detail).toContain('+300 MiB, at most +57 allowed');
    expect(trend).toMatchObject({ name: 'API memory trend', passed: false });
    expect(trend.detail).toContain('held after full collections +59.93 MiB/min');
  });

  it('judges the trend on what is held after full collections, not on RSS', () => {
    // RSS climbing 3 MiB/min while the live heap stays put...
    const sizing = steadyRun(6, { rss: (at) => 190 + (3 * at) / MINUTE });
    const [, allocator] = memoryVerdicts('API', windowsOf(sizing, 60, 360), sizing.memory);
    expect(allocator).toMatchObject({ name: 'API memory trend', passed: true });
    expect(allocator.detail).toBe(
      'held after full collections +0.00 MiB/min after the first window, 60 MiB to 60 MiB over 29 collections (at most +2 allowed); RSS +3.00 MiB/min, not judged',
    );
    // ...and a live heap growing 3 MiB/min under a flat RSS.
    const leak = steadyRun(6, { live: (at) => 60 + (3 * at) / MINUTE });
    const [, leaking] = memoryVerdicts('API', windowsOf(leak, 60, 360), leak.memory);
    expect(leaking.passed).toBe(false);
    expect(leaking.detail).toContain('held after full collections +3.00 MiB/min');
  });

  it('does not judge a trend without enough full collections', () => {
    const record = steadyRun(6);
    for (const sample of record.memory) sample.fullCollections['API'] = sample.at < 300_000 ? 1 : 2;
    const [, trend] = memoryVerdicts('API', windowsOf(record, 60, 360), record.memory);

    expect(trend.passed).toBeNull();
    expect(trend.detail).toBe(
      'not judged: 1 full collections reported after the first window, under 2 (RSS +0.00 MiB/min, not judged)',
    );
  });

  it('allows small growth by the floor, and does not judge a trend over a short half', () => {
    const record = steadyRun(1, { rss: (at) => (at < 30_000 ? 100 : 125) });
    const [flat, trend] = memoryVerdicts('API', windowsOf(record, 30, 60), record.memory);

    expect(flat.passed).toBe(true);
    expect(flat.detail).toContain('+25 MiB, at most +32 allowed');
    expect(trend.passed).toBeNull();
  });

  it('fails a p95 whose fitted line ends more than twice where it starts, and does not judge thin runs', () => {
    const slower = steadyRun(3, { queryMs: (at) => (at >= 2 * MINUTE ? 50 : 20) });
    expect(latencyVerdict('query', windowsOf(slower, 60, 180))).toMatchObject({
      passed: false,
      detail:
        'p95 per window fitted from 20 ms in the first to 45 ms in the last: 2.25x (at most 2x allowed; 3 windows); the windows themselves 20 ms and 50 ms, 2.50x, not judged',
    });
    const short = steadyRun(0.5);
    expect(latencyVerdict('ingest', windowsOf(short, 15, 30)).passed).toBeNull();
  });

  it('fails a steady climb, but not one slow window at the end of a flat run', () => {
    const minuteOf = (at: number) => Math.floor(at / MINUTE);
    const climbing = steadyRun(10, { ingestMs: (at) => 100 + (150 * minuteOf(at)) / 9 });
    expect(latencyVerdict('ingest', windowsOf(climbing, 60, 600))).toMatchObject({
      passed: false,
      detail: expect.stringMatching(/^p95 per window fitted from 100 ms in the first to 250 ms/),
    });
    const stretch = steadyRun(10, { ingestMs: (at) => (minuteOf(at) === 9 ? 250 : 100) });
    expect(latencyVerdict('ingest', windowsOf(stretch, 60, 600))).toMatchObject({
      passed: true,
      detail:
        'p95 per window fitted from 100 ms in the first to 152 ms in the last: 1.52x (at most 2x allowed; 10 windows); the windows themselves 100 ms and 250 ms, 2.50x, not judged',
    });
  });

  it('leaves out windows whose answers ran into the client timeout', () => {
    const timedOut = steadyRun(2, {
      queryMs: (at) => (at % 10_000 === 0 ? 30_000 : 20),
      status: (kind, at) => (kind === 'query' && at % 10_000 === 0 ? 0 : 200),
    });
    expect(latencyVerdict('query', windowsOf(timedOut, 30, 120))).toMatchObject({
      passed: null,
      detail: expect.stringContaining('0 of 4 are, 4 had requests without an answer'),
    });
    // 3 of 60 without an answer is under the 5 % that makes p95 the timeout.
    const fewTimedOut = steadyRun(3, {
      status: (kind, at) => (kind === 'query' && at % 20_000 === 0 ? 0 : 200),
    });
    expect(latencyVerdict('query', windowsOf(fewTimedOut, 60, 180)).passed).toBe(true);
  });

  it('fails a pacer that dropped or delayed sends', () => {
    const onTime = { scheduled: 1000, sent: 1000, late: 10, maxLateMs: 300, maxInFlight: 4 };
    expect(pacingVerdict('ingest', onTime).passed).toBe(true);
    expect(pacingVerdict('ingest', { ...onTime, late: 11 }).passed).toBe(false);
    expect(pacingVerdict('ingest', { ...onTime, sent: 999 }).passed).toBe(false);
  });

  it('compares the statements stored with those acknowledged, and the refresh with the count', () => {
    expect(storedVerdict(1_000, 1_000).passed).toBe(true);
    expect(storedVerdict(1_000, 999)).toMatchObject({
      passed: false,
      detail: '999 statements in the database, 1,000 expected',
    });
    const caughtUp = { statementsStored: 1_000, statementsProcessed: 1_000 };
    expect(refreshVerdict(2.5, caughtUp, 1_000).passed).toBe(true);
    expect(refreshVerdict(null, { ...caughtUp, statementsProcessed: 900 }, 1_000)).toMatchObject({
      passed: false,
      detail: expect.stringContaining('not within 180 s'),
    });
    expect(refreshVerdict(1, caughtUp, 1_001).passed).toBe(false);
  });

  it('fits a slope in MiB per minute', () => {
    expect(
      slopePerMinute([
        [0, 100],
        [60_000, 103],
        [120_000, 106],
      ]),
    ).toBeCloseTo(3);
    expect(slopePerMinute([[0, 100]])).toBe(0);
  });
});
