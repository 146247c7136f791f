import type { AnswerSituation } from './reusable-answers.js';

/** A live read taking this long is logged with where its time went. */
export const SLOW_READ_MS = 10_000;

/** The time of a read, phase by phase, on the monotonic clock. */
export class ReadPhases {
  private readonly started = performance.now();
  private last = this.started;
  readonly phases: [name: string, ms: number][] = [];

  /** Ends the phase under way, naming it. */
  lap(name: string): void {
    const now = performance.now();
    this.phases.push([name, now - this.last]);
    this.last = now;
  }

  get totalMs(): number {
    return performance.now() - this.started;
  }
}

/**
 * Watches one live read: logs it if it is still waiting after
 * `SLOW_READ_MS`, and again when it ends that slow, with `slowReadLine`.
 * The caller says when each phase ends, when it asks for its answer (the
 * question, and what it found then) and how it was answered.
 */
export class SlowReadWatch {
  private readonly phases = new ReadPhases();
  private readonly watchdog: NodeJS.Timeout;
  private asked: SlowReadContext | undefined;
  private outcome = 'failed';

  constructor(
    private question: string,
    private readonly log: (line: string) => void,
    /** What there is now for a question: its last answer, its computation, the analytic queries. */
    private readonly lookUp: (question: string) => SlowReadContext,
  ) {
    this.watchdog = setTimeout(() => {
      const now = this.asked && this.lookUp(this.question);
      this.log(slowReadLine(this.question, this.phases, this.asked, 'still waiting', now));
    }, SLOW_READ_MS);
    this.watchdog.unref();
  }

  /** Ends the phase under way, naming it. */
  lap(name: string): void {
    this.phases.lap(name);
  }

  /** The read asks for the answer to `question` now. */
  asking(question: string): void {
    this.question = question;
    this.asked = this.lookUp(question);
  }

  answered(outcome: string): void {
    this.outcome = outcome;
  }

  /** However the read ended. */
  end(): void {
    clearTimeout(this.watchdog);
    if (this.phases.totalMs >= SLOW_READ_MS) {
      this.log(slowReadLine(this.question, this.phases, this.asked, this.outcome));
    }
  }
}

/** What a slow reader found when it asked for its answer, and what was running then. */
export interface SlowReadContext {
  situation: AnswerSituation;
  analytic: { active: number; queued: number };
}

/**
 * One log line saying where a slow read's time went, and what it found
 * when it asked for its answer: the last answer (its age and cost), the
 * computation under way, and the analytic queries running and waiting;
 * for a read still waiting, also what there is `now`.
 */
export function slowReadLine(
  question: string,
  read: ReadPhases,
  asked: SlowReadContext | undefined,
  outcome: string,
  now?: SlowReadContext,
): string {
  const phases = read.phases.map(([name, ms]) => `${name} ${seconds(ms)}`).join(', ');
  const head = `slow live read (${seconds(read.totalMs)}, ${outcome}): ${question}; ${phases || 'no phase ended'}`;
  if (!asked) return `${head}; it never asked for its answer`;
  const later = now ? `; now there is ${described(now)}` : '';
  return `${head}; on asking it found ${described(asked)}${later}`;
}

function described({ situation, analytic }: SlowReadContext): string {
  const { answer, runningForMs } = situation;
  return [
    answer
      ? `the last answer ${seconds(answer.ageMs)} old, which took ${seconds(answer.costMs)}`
      : 'no earlier answer',
    runningForMs === null
      ? 'no computation under way'
      : `a computation under way for ${seconds(runningForMs)}`,
    `${analytic.active} analytic queries running and ${analytic.queued} waiting`,
  ].join(', ');
}

/** A duration for a log line: `12.5 s`. */
export function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}
