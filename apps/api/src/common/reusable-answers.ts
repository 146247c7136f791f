/** An answer, the state of the data it was computed from, and what it cost. */
export interface Computed<T> {
  state: string;
  value: T;
  finishedAt: number;
  costMs: number;
}

interface Question<T> {
  /** The newest answer computed. */
  done?: Computed<T> & { startedAt: number };
  /** The computation under way, if any. */
  running?: { state: string; startedAt: number; promise: Promise<Computed<T>> };
}

export interface ReuseRules {
  /** Answers that took less than this are never served once the data moved on. */
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
 * computation runs. Each question then takes at most a ninth of the analytic
 * capacity while statements stream in; under a load the database cannot
 * follow, those readers get the last figures with their own cut-off rather
 * than waiting for ones that come too late.
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
 * that waited for the data to settle always sees it. A reader that accepts
 * staleness (`maxStaleMs`) may instead get an expensive answer (at least
 * `minCostMs`) for `costFactor` times what it cost, at most `maxReuseMs` and
 * never older than it accepts, while a single new computation runs in the
 * background; past that, it joins an expensive computation already under way
 * rather than starting a second one beside it. So such reads answer at once
 * under load and take no more than about 1 / (costFactor + 1) of the
 * database per question. Each answer carries its own state, so the caller
 * can say what it counts. A failed computation is forgotten.
 */
export class ReusableAnswers<T> {
  private readonly questions = new Map<string, Question<T>>();

  constructor(
    private readonly capacity: number,
    private readonly rules: ReuseRules,
    private readonly now: () => number,
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
    if (maxStaleMs > 0) {
      if (entry.done && this.reusable(entry.done, maxStaleMs)) {
        // Failures of a background computation are the next asker's to see.
        if (!entry.running) this.start(entry, state, compute).catch(() => undefined);
        return Promise.resolve(entry.done);
      }
      // An expensive computation under way is the freshest answer coming: a
      // second one beside it would only slow both down.
      if (entry.running && this.now() - entry.running.startedAt >= this.rules.minCostMs) {
        return entry.running.promise;
      }
    }
    return this.start(entry, state, compute);
  }

  private start(
    entry: Question<T>,
    state: string,
    compute: () => Promise<T>,
  ): Promise<Computed<T>> {
    const startedAt = this.now();
    const promise = (async () => {
      const value = await compute();
      const finishedAt = this.now();
      return { state, value, finishedAt, costMs: finishedAt - startedAt };
    })();
    entry.running = { state, startedAt, promise };
    promise.then(
      (computed) => {
        // A slower, older computation never replaces a newer answer.
        if (!entry.done || entry.done.startedAt <= startedAt)
          entry.done = { ...computed, startedAt };
        if (entry.running?.promise === promise) entry.running = undefined;
      },
      () => {
        if (entry.running?.promise === promise) entry.running = undefined;
      },
    );
    return promise;
  }

  private reusable(done: Computed<T>, maxStaleMs: number): boolean {
    const { minCostMs, costFactor, maxReuseMs } = this.rules;
    if (done.costMs < minCostMs) return false;
    const age = this.now() - done.finishedAt;
    return age < Math.min(maxReuseMs, costFactor * done.costMs) && age <= maxStaleMs;
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
