import { percentile } from './concurrent-load.js';
import type { BackendActivity } from './database-activity.js';

/** `ingest`: statement batches; `query`: dashboard API reads; `freshness`: the refresh-lag polls. */
export type RequestKind = 'ingest' | 'query' | 'freshness';

export interface RequestSample {
  kind: RequestKind;
  /** Milliseconds from the start of the run to the send. */
  at: number;
  ms: number;
  /** The HTTP status; 0 when no answer came (connection error, timeout). */
  status: number;
  /** Why no answer came (status 0): the client's error, as `describeFailure` words it. */
  error?: string;
  /** Statements in the request (ingest). */
  statements: number;
  late: boolean;
  /** What was asked (a dashboard read's path). */
  label?: string;
}

/** Memory of Fita's processes (MiB by role) at a moment of the run. */
export interface MemorySample {
  at: number;
  rssMiB: Record<string, number>;
  /** Heap and external memory after the latest full collection, of the processes that report it. */
  liveMiB: Record<string, number>;
  /** Full collections so far, of the same processes. */
  fullCollections: Record<string, number>;
}

/** How far the indicators trail the stored statements, from GET /api/indicators/freshness. */
export interface RefreshSample {
  at: number;
  /** Stored statements the facts do not include yet. */
  pending: number;
  /** Seconds between the sample and the figures' "data as of" (0 when caught up). */
  lagSeconds: number;
}

/** What the database was doing while a dashboard read waited long. */
export interface StallSample {
  /** When the read was sent, and how long it had waited then. */
  at: number;
  waitedMs: number;
  label: string;
  activity: BackendActivity[];
}

/** Everything a soak run observed, by time since its start. */
export class SoakRecord {
  readonly requests: RequestSample[] = [];
  readonly memory: MemorySample[] = [];
  readonly refresh: RefreshSample[] = [];
  readonly stalls: StallSample[] = [];
  private readonly started = performance.now();

  /** Milliseconds since the run started. */
  now(): number {
    return performance.now() - this.started;
  }

  /** Times `send` (which resolves to an HTTP status, 0 for no answer) as a request of `kind`. */
  async time(
    kind: RequestKind,
    statements: number,
    late: boolean,
    send: () => Promise<number>,
    label?: string,
  ): Promise<void> {
    const at = this.now();
    let error: string | undefined;
    const status = await send().catch((failure: unknown) => {
      error = describeFailure(failure);
      return 0;
    });
    this.requests.push({ kind, at, ms: this.now() - at, status, statements, late, label, error });
  }
}

export interface KindStats {
  requests: number;
  /** Statements in requests answered 200 (ingest). */
  stored: number;
  late: number;
  /** Requests by HTTP status ("0" for no answer). */
  statuses: Record<string, number>;
  p50: number;
  p95: number;
  p99: number;
}

export interface MemoryStats {
  first: number;
  last: number;
  mean: number;
  max: number;
}

export interface SoakWindow {
  /** Seconds since the start of the run. */
  from: number;
  to: number;
  kinds: Record<RequestKind, KindStats>;
  /** Statements stored per second in the window. */
  ingestRate: number;
  rssMiB: Record<string, MemoryStats>;
  liveMiB: Record<string, MemoryStats>;
  refresh: { maxPending: number; maxLagSeconds: number; lastPending: number };
}

const KINDS: RequestKind[] = ['ingest', 'query', 'freshness'];

/**
 * The run cut into windows of `windowSeconds` (the last one up to
 * `totalSeconds`, taking whatever was sent after it); a request belongs to
 * the window in which it was sent.
 */
export function windowsOf(
  record: SoakRecord,
  windowSeconds: number,
  totalSeconds: number,
): SoakWindow[] {
  const count = Math.max(1, Math.round(totalSeconds / windowSeconds));
  const indexOf = (at: number) => Math.min(count - 1, Math.floor(at / 1000 / windowSeconds));
  const buckets = Array.from({ length: count }, () => ({
    requests: [] as RequestSample[],
    memory: [] as MemorySample[],
    refresh: [] as RefreshSample[],
  }));
  for (const sample of record.requests) buckets[indexOf(sample.at)].requests.push(sample);
  for (const sample of record.memory) buckets[indexOf(sample.at)].memory.push(sample);
  for (const sample of record.refresh) buckets[indexOf(sample.at)].refresh.push(sample);
  return buckets.map((bucket, index) => {
    const from = index * windowSeconds;
    const to = index === count - 1 ? totalSeconds : from + windowSeconds;
    const kinds = Object.fromEntries(
      KINDS.map((kind) => [kind, kindStats(bucket.requests.filter((r) => r.kind === kind))]),
    ) as Record<RequestKind, KindStats>;
    return {
      from,
      to,
      kinds,
      ingestRate: kinds.ingest.stored / Math.max(to - from, 1e-9),
      rssMiB: memoryStats(bucket.memory.map((s) => s.rssMiB)),
      liveMiB: memoryStats(bucket.memory.map((s) => s.liveMiB)),
      refresh: {
        maxPending: Math.max(0, ...bucket.refresh.map((s) => s.pending)),
        maxLagSeconds: Math.max(0, ...bucket.refresh.map((s) => s.lagSeconds)),
        lastPending: bucket.refresh.at(-1)?.pending ?? 0,
      },
    };
  });
}

/** Each label's figures over the whole run (the dashboard reads by path). */
export function statsByLabel(record: SoakRecord, kind: RequestKind): Record<string, KindStats> {
  const byLabel = new Map<string, RequestSample[]>();
  for (const sample of record.requests) {
    if (sample.kind !== kind || sample.label === undefined) continue;
    const samples = byLabel.get(sample.label);
    if (samples) samples.push(sample);
    else byLabel.set(sample.label, [sample]);
  }
  return Object.fromEntries([...byLabel].map(([label, samples]) => [label, kindStats(samples)]));
}

export function kindStats(samples: RequestSample[]): KindStats {
  const latencies = samples.map((s) => s.ms).sort((a, b) => a - b);
  const statuses: Record<string, number> = {};
  for (const sample of samples) statuses[sample.status] = (statuses[sample.status] ?? 0) + 1;
  return {
    requests: samples.length,
    stored: samples.filter((s) => s.status === 200).reduce((sum, s) => sum + s.statements, 0),
    late: samples.filter((s) => s.late).length,
    statuses,
    p50: percentile(latencies, 0.5),
    p95: percentile(latencies, 0.95),
    p99: percentile(latencies, 0.99),
  };
}

function memoryStats(samples: Record<string, number>[]): Record<string, MemoryStats> {
  const roles = new Set(samples.flatMap((s) => Object.keys(s)));
  return Object.fromEntries(
    [...roles].map((role) => {
      const values = samples.map((s) => s[role]).filter((v) => v !== undefined);
      const mean = values.reduce((sum, v) => sum + v, 0) / values.length;
      return [role, { first: values[0], last: values.at(-1)!, mean, max: Math.max(...values) }];
    }),
  );
}

/**
 * A client error in a few words: a timeout says so, a connection error gives
 * its code (ECONNRESET, UND_ERR_SOCKET...) and what the socket reported.
 */
export function describeFailure(failure: unknown): string {
  if (!(failure instanceof Error)) return String(failure);
  if (failure.name === 'TimeoutError' || failure.name === 'AbortError') {
    return `${failure.name}: ${failure.message}`;
  }
  const cause = failure.cause as { code?: string; message?: string } | undefined;
  const detail = cause ? ` (${[cause.code, cause.message].filter(Boolean).join(': ')})` : '';
  return `${failure.name}: ${failure.message}${detail}`;
}
