/** At most one progress write per this many milliseconds: a writer may report every row. */
export const PROGRESS_INTERVAL_MS = 500;

export type ProgressSink = (fraction: number, stage: string) => Promise<void>;

/**
 * Passes progress reports on to `sink` at most once per `intervalMs`. A
 * report that comes too soon is not lost: the latest one is written when the
 * interval ends, so a stage that starts and then runs long is shown.
 */
export class ThrottledProgress {
  private lastWrite = Number.NEGATIVE_INFINITY;
  private latest: { fraction: number; stage: string } | null = null;
  private timer: NodeJS.Timeout | null = null;
  private writing: Promise<void> = Promise.resolve();
  private stopped = false;

  constructor(
    private readonly sink: ProgressSink,
    private readonly intervalMs = PROGRESS_INTERVAL_MS,
    private readonly now: () => number = Date.now,
  ) {}

  /** `fraction` is clamped to 0..1; anything but a finite number is a writer's bug. */
  report(fraction: number, stage: string): Promise<void> {
    if (!Number.isFinite(fraction)) {
      throw new RangeError(`Progress must be a finite number between 0 and 1, got ${fraction}.`);
    }
    if (this.stopped) return Promise.resolve();
    this.latest = { fraction: Math.min(1, Math.max(0, fraction)), stage };
    const wait = this.lastWrite + this.intervalMs - this.now();
    if (wait <= 0) return this.flush();
    this.timer ??= setTimeout(() => void this.flush(), wait);
    return Promise.resolve();
  }

  /** No more writes: the outcome (done or failed) is recorded next. Waits for one under way. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.writing;
  }

  private flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const report = this.latest;
    if (this.stopped || report === null) return this.writing;
    this.latest = null;
    this.lastWrite = this.now();
    // Writes run one after another, so an older report never lands after a newer one.
    this.writing = this.writing.then(() => this.sink(report.fraction, report.stage));
    // A failed progress write must not fail the export: the outcome is what matters.
    this.writing = this.writing.catch(() => undefined);
    return this.writing;
  }
}
