import { setTimeout as delay } from 'node:timers/promises';

/** An answer, the state of the data it was computed from, and what it cost. */
export interface Computed<T> {
  state: string;
  value: T;
  finishedAt: number;
  costMs: number;
}

interface Running<T> {
  state: string;
  startedAt: number;
  promise: Promise<Computed<T>>;
}

interface Question<T> {
  /** The newest answer computed. */
  done?: Computed<T> & { startedAt: number };
  /** The computation under way, if any. */
  running?: Running<T>;
}

/** A question's last answer and the computation under way, as `situation` reports them. */
export interface AnswerSituation {
  answer: { ageMs: number; costMs: number } | null;
  runningForMs: number | null;
}

export interface ReuseRules {
  /**
   * An answer that took this long is expensive. A cheaper one is not served
   * at once after the data moved on; a reader that accepts an earlier answer
   * waits no longer than this for a new computation.
   */
  minCostMs: number;
  /** An expensive answer is served for this many times what it cost... */
  costFactor: number;
  /** ...and never longer than this after it was computed. */
  maxReuseMs: number;
}

/**
 * Live figures and the quality view, for readers that accept an answer from
 * before the latest statements (the dashboard says so with `max-stale`): an
 * answer that took a second or more is served for up to eight times that
 * (ten minutes at most) after new statements arrive, while one new
 * computation runs, and no reader waits more than a second for a new one.
 * Each question then takes at most a ninth of the analytic capacity while
 * statements stream in; under a load the database cannot follow, those
 * readers get the last figures with their own cut-off rather than waiting
 * for ones that come too late.
 */
export const LIVE_ANSWER_REUSE: ReuseRules = {
  minCostMs: 1_000,
  costFactor: 8,
  maxReuseMs: 600_000,
};

/**
 * Answers to questions about data that keeps changing (live figures while
 * statements stream in). While the data is as it was (the same `state`),
 * everyone asking shares one answer, as a cache would. Once it has moved on,
 * whoever needs the latest data gets an answer computed from it, so a client
 * that waited for the data to settle always sees it.
 *
 * A reader that accepts staleness (`maxStaleMs`) runs at most one
 * computation per question: it joins the one under way (if that started no
 * longer ago than it accepts) or starts one. It gets an expensive answer (at
 * least `minCostMs`) at once for `costFactor` times what it cost, while the
 * new computation runs in the background. Otherwise it waits for the new
 * computation until that has taken `minCostMs`, and then gets the last
 * answer it accepts, if there is one (never older than `maxReuseMs`): under
 * load, a question that is cheap on a quiet system queues for the database
 * like any other, and its readers would otherwise wait for the queue. So
 * such reads answer within about `minCostMs` under any load, and take no more
 * than about 1 / (costFactor + 1) of the database per expensive question.
 * Each answer carries its own state, so the caller can say what it counts. A
 * failed computation is forgotten.
 */
export class ReusableAnswers<T> {
  private readonly questions = new Map<string, Question<T>>();

  constructor(
    private readonly capacity: number,
    private readonly rules: ReuseRules,
    private readonly now: () => number,
    /** Resolves after `ms` of the same clock as `now`. */
    private readonly sleep: (ms: number) => Promise<void> = (ms) =>
      delay(ms, undefined, { ref: false }),
  ) {
    if (!Number.isInteger(capacity) || capacity < 1) {
      throw new RangeError(`capacity must be a positive integer, got ${capacity}.`);
    }
  }

  /**
   * The answer to `question` for data in `state`. `maxStaleMs` is how long
   * ago an answer from earlier data may have been computed for this reader;
   * 0, the default, asks for the data as it is.
   */
  get(
    question: string,
    state: string,
    compute: () => Promise<T>,
    maxStaleMs = 0,
  ): Promise<Computed<T>> {
    const entry = this.entry(question);
    if (entry.done?.state === state) return Promise.resolve(entry.done);
    if (entry.running?.state === state) return entry.running.promise;
    if (maxStaleMs <= 0) return this.start(entry, state, compute).promise;
    const done = entry.done;
    if (done && this.reusable(done, maxStaleMs)) {
      // Failures of a background computation are the next asker's to see.
      if (!entry.running) this.start(entry, state, compute).promise.catch(() => undefined);
      return Promise.resolve(done);
    }
    const running =
      entry.running && this.now() - entry.running.startedAt <= maxStaleMs
        ? entry.running
        : this.start(entry, state, compute);
    return done && this.acceptable(done, maxStaleMs)
      ? this.unlessSlow(running, done)
      : running.promise;
  }

  /** What is known of `question` now (for a slow reader's log), without counting as a use. */
  situation(question: string): AnswerSituation {
    const entry = this.questions.get(question);
    const now = this.now();
    return {
      answer: entry?.done
        ? { ageMs: now - entry.done.finishedAt, costMs: entry.done.costMs }
        : null,
      runningForMs: entry?.running ? now - entry.running.startedAt : null,
    };
  }

  /** The computation's answer if it comes before it has taken `minCostMs`, else `earlier`. */
  private unlessSlow(running: Running<T>, earlier: Computed<T>): Promise<Computed<T>> {
    const patience = running.startedAt + this.rules.minCostMs - this.now();
    if (patience <= 0) return Promise.resolve(earlier);
    return Promise.race([running.promise, this.sleep(patience).then(() => earlier)]);
  }

  private start(entry: Question<T>, state: string, compute: () => Promise<T>): Running<T> {
    const startedAt = this.now();
    const promise = (async () => {
      const value = await compute();
      const finishedAt = this.now();
      return { state, value, finishedAt, costMs: finishedAt - startedAt };
    })();
    const running = { state, startedAt, promise };
    entry.running = running;
    promise.then(
      (computed) => {
        // A slower, older computation never replaces a newer answer.
        if (!entry.done || entry.done.startedAt <= startedAt)
          entry.done = { ...computed, startedAt };
        if (entry.running === running) entry.running = undefined;
      },
      () => {
        if (entry.running === running) entry.running = undefined;
      },
    );
    return running;
  }

  /** Whether `done` is served at once, with no wait for a new computation. */
  private reusable(done: Computed<T>, maxStaleMs: number): boolean {
    const { minCostMs, costFactor } = this.rules;
    if (done.costMs < minCostMs) return false;
    return this.acceptable(done, maxStaleMs) && this.ageOf(done) < costFactor * done.costMs;
  }

  /** Whether `done` may be served at all to a reader that accepts `maxStaleMs`. */
  private acceptable(done: Computed<T>, maxStaleMs: number): boolean {
    const age = this.ageOf(done);
    return age < this.rules.maxReuseMs && age <= maxStaleMs;
  }

  private ageOf(done: Computed<T>): number {
    return this.now() - done.finishedAt;
  }

  /** The question's entry, most recently used last; the least recently used go past capacity. */
  private entry(question: string): Question<T> {
    const entry = this.questions.get(question) ?? {};
    this.questions.delete(question);
    this.questions.set(question, entry);
    for (const oldest of this.questions.keys()) {
      if (this.questions.size <= this.capacity) break;
      this.questions.delete(oldest);
    }
    return entry;
  }
}
