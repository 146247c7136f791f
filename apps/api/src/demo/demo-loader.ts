import { readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  DEMO_FILES,
  demoStatementLines,
  readDemoManifest,
  readDemoOperation,
} from './demo-files.js';
import { DemoHttp, type DemoTarget } from './demo-http.js';
import type { DemoOperation } from './demo-operation.js';

export interface DemoLoadOptions {
  /** A directory written by `npm run demo -- generate`. */
  dir: string;
  target: DemoTarget;
  /** Statements per request (the LRS takes up to 10,000). */
  batchSize?: number;
  /** Requests in flight at once. */
  concurrency?: number;
  /**
   * Lines of the statements file already stored by an interrupted load: they
   * are not sent again (sending them would be harmless, only slower).
   */
  resumeAt?: number;
  /** After each acknowledged batch: every line before `storedLines` is stored. */
  onProgress?: (progress: DemoLoadProgress) => void | Promise<void>;
  log?: (message: string) => void;
  /** How long to wait for the figures to catch up with the statements. */
  freshnessTimeoutMs?: number;
  /** Aborting stops the load between requests (DemoLoadStopped); a later load resumes it. */
  signal?: AbortSignal;
}

export interface DemoLoadProgress {
  storedLines: number;
  totalLines: number;
}

export interface DemoLoadReport {
  statementLines: number;
  statementsStored: number;
  /** Seconds spent sending statements, and then until the figures were current. */
  sendSeconds: number;
  refreshSeconds: number;
}

const VOIDED = 'http://adlnet.gov/expapi/verbs/voided';

/**
 * Loads a generated demo through Fita's public interfaces, as an LMS and an
 * administrator would: the registry and the catalogue through their imports,
 * the operation through `/api/operations`, the statements through the LRS,
 * then waits until the figures are current. Every step can be repeated: the
 * imports replace, the operation is found by its code and completed,
 * statements have fixed ids.
 */
export async function loadDemo(options: DemoLoadOptions): Promise<DemoLoadReport> {
  const log = options.log ?? (() => undefined);
  const manifest = await readDemoManifest(options.dir);
  if (!manifest) {
    throw new Error(
      `No generated demo in ${options.dir} (no ${DEMO_FILES.manifest}): run "npm run demo -- generate" first.`,
    );
  }
  const http = new DemoHttp(options.target, options.signal);
  for (const [file, endpoint] of [
    [DEMO_FILES.registry, '/api/learners/import'],
    [DEMO_FILES.catalogue, '/api/courses/import'],
  ] as const) {
    const { applied } = await http.upload<{ applied: number }>(
      endpoint,
      file,
      await readFile(path.join(options.dir, file)),
    );
    log(`${file}: ${applied} rows applied`);
  }
  await ensureOperation(http, await readDemoOperation(options.dir));
  log('operation, its money figures and indicators recorded');

  const started = Date.now();
  await sendStatements(http, options, manifest.statements, log);
  const sent = Date.now();
  log(`${manifest.statements} statements sent in ${((sent - started) / 1000).toFixed(1)} s`);
  const stored = await waitForFigures(http, options.freshnessTimeoutMs ?? 600_000, log);
  return {
    statementLines: manifest.statements,
    statementsStored: stored,
    sendSeconds: (sent - started) / 1000,
    refreshSeconds: (Date.now() - sent) / 1000,
  };
}

/**
 * The statements file in batches, several in flight. Voids, and statements
 * sent a second time, wait until everything else is stored: a void only
 * voids what is already there, and the same id twice in one batch is refused.
 */
async function sendStatements(
  http: DemoHttp,
  options: DemoLoadOptions,
  totalLines: number,
  log: (message: string) => void,
): Promise<void> {
  const batchSize = options.batchSize ?? 500;
  const concurrency = options.concurrency ?? 4;
  const resumeAt = options.resumeAt ?? 0;
  const progress = new ProgressTracker(totalLines, options.onProgress, log);
  const seen = new Set<string>();
  // Held back: voids, then statements sent again (a void may itself be sent twice).
  const voids: string[] = [];
  const repeats: string[] = [];
  const inFlight = new Set<Promise<void>>();
  // Set by a failed request; the loop stops at the next line.
  const failed: { error?: Error } = {};
  let batch: string[] = [];
  const flush = async (end: number) => {
    if (batch.length === 0) return;
    const body = `[${batch.join(',')}]`;
    batch = [];
    const done = progress.started(end);
    const request: Promise<void> = http.statements(body).then(
      () => {
        inFlight.delete(request);
        done();
      },
      (error: unknown) => {
        inFlight.delete(request);
        failed.error ??= error instanceof Error ? error : new Error(String(error));
      },
    );
    inFlight.add(request);
    if (inFlight.size >= concurrency) await Promise.race(inFlight);
    await progress.report();
  };

  let line = 0;
  for await (const text of demoStatementLines(options.dir)) {
    line += 1;
    const { id, verb } = JSON.parse(text) as { id: string; verb: { id: string } };
    const repeated = seen.has(id);
    seen.add(id);
    if (repeated) repeats.push(text);
    else if (verb.id === VOIDED) voids.push(text);
    else if (line > resumeAt) batch.push(text);
    if (batch.length >= batchSize) await flush(line);
    if (failed.error || options.signal?.aborted) break;
  }
  http.checkNotStopped();
  await flush(line);
  await Promise.all(inFlight);
  if (failed.error) throw failed.error;
  http.checkNotStopped();
  if (line !== totalLines) {
    throw new Error(`The statements file has ${line} lines, the manifest says ${totalLines}.`);
  }
  for (const held of [voids, repeats]) {
    for (let start = 0; start < held.length; start += batchSize) {
      await http.statements(`[${held.slice(start, start + batchSize).join(',')}]`);
    }
  }
  progress.started(line)();
  await progress.report(true);
}

/**
 * Batches finish out of order: what is stored for sure is every line before
 * the end of the longest run of finished batches from the start.
 */
class ProgressTracker {
  private readonly pending: { end: number; done: boolean }[] = [];
  private storedLines = 0;
  private reportedAt = 0;
  private loggedAt = Date.now();

  constructor(
    private readonly totalLines: number,
    private readonly onProgress: DemoLoadOptions['onProgress'],
    private readonly log: (message: string) => void,
  ) {}

  /** A batch ending at line `end` is on its way; call the result when it is stored. */
  started(end: number): () => void {
    const entry = { end, done: false };
    this.pending.push(entry);
    return () => {
      entry.done = true;
      while (this.pending[0]?.done) this.storedLines = this.pending.shift()!.end;
    };
  }

  /** At most once a second to the callback (it may write to a database), every 5 s to the log. */
  async report(final = false): Promise<void> {
    const now = Date.now();
    if (final || now - this.loggedAt >= 5_000) {
      this.loggedAt = now;
      this.log(`statements sent: ${this.storedLines} / ${this.totalLines}`);
    }
    if (!final && now - this.reportedAt < 1_000) return;
    this.reportedAt = now;
    await this.onProgress?.({ storedLines: this.storedLines, totalLines: this.totalLines });
  }
}

/** Polls freshness (spec section 10) until every stored statement is processed. */
async function waitForFigures(
  http: DemoHttp,
  timeoutMs: number,
  log: (message: string) => void,
): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  let reported = Date.now();
  for (;;) {
    http.checkNotStopped();
    const freshness = await http.json<{ statementsStored: number; statementsProcessed: number }>(
      'GET',
      '/api/indicators/freshness',
    );
    if (freshness.statementsProcessed === freshness.statementsStored) {
      return freshness.statementsStored;
    }
    if (Date.now() > deadline) {
      throw new Error(
        `The figures did not catch up within ${timeoutMs / 1000} s: ${freshness.statementsProcessed} of ${freshness.statementsStored} statements processed.`,
      );
    }
    if (Date.now() - reported > 5_000) {
      reported = Date.now();
      log(
        `figures: ${freshness.statementsProcessed} / ${freshness.statementsStored} statements processed`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

interface OperationSummary {
  id: string;
  code: string;
}
interface OperationState extends OperationSummary {
  money: { history: { kind: string; amount: string; asOf: string }[] };
}

const sameAmount = (a: string, b: string) => Number(a) === Number(b);

/** Creates the operation unless its code exists, then adds whatever of it is missing. */
async function ensureOperation(http: DemoHttp, demo: DemoOperation): Promise<void> {
  const existing = (await http.json<OperationSummary[]>('GET', '/api/operations')).find(
    (operation) => operation.code === demo.operation.code,
  );
  const id =
    existing?.id ??
    (await http.json<OperationSummary>('POST', '/api/operations', demo.operation)).id;
  const state = await http.json<OperationState>('GET', `/api/operations/${id}`);
  for (const figure of demo.figures) {
    const recorded = state.money.history.some(
      (old) =>
        old.kind === figure.kind &&
        old.asOf === figure.asOf &&
        sameAmount(old.amount, figure.amount),
    );
    if (!recorded) await http.json('POST', `/api/operations/${id}/figures`, figure);
  }
  for (const { code, ...targets } of demo.indicators) {
    await http.json('PUT', `/api/operations/${id}/indicators/${code}`, targets);
  }
  for (const { code, ...value } of demo.manualValues) {
    const values = await http.json<{ asOf: string; value: string }[]>(
      'GET',
      `/api/operations/${id}/indicators/${code}/values`,
    );
    if (!values.some((old) => old.asOf === value.asOf && sameAmount(old.value, value.value))) {
      await http.json('POST', `/api/operations/${id}/indicators/${code}/values`, value);
    }
  }
}
