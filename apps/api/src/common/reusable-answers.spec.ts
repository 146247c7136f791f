import { describe, expect, it } from '@jest/globals';
import { ReusableAnswers } from './reusable-answers.js';

const RULES = { minCostMs: 1_000, costFactor: 4, maxReuseMs: 60_000 };
/** What a dashboard read accepts: any age the rules allow. */
const ANY_AGE = Number.POSITIVE_INFINITY;

/** A clock the test moves, its timers, and computations that take the time the test says. */
function harness() {
  let now = 0;
  const timers: { at: number; fire: () => void }[] = [];
  const advance = (ms: number) => {
    now += ms;
    for (const timer of timers.filter(({ at }) => at <= now)) {
      timers.splice(timers.indexOf(timer), 1);
      timer.fire();
    }
  };
  const sleep = (ms: number) =>
    new Promise<void>((resolve) => timers.push({ at: now + ms, fire: resolve }));
  const answers = new ReusableAnswers<string>(2, RULES, () => now, sleep);
  let computations = 0;
  /** A computation that takes `costMs` of the test's clock, then answers `value`. */
  const costing = (value: string, costMs: number) => async () => {
    computations += 1;
    await Promise.resolve();
    advance(costMs);
    return value;
  };
  /** A computation that answers when the test says. */
  const pending = () => {
    let finish!: (value: string) => void;
    const compute = () => {
      computations += 1;
      return new Promise<string>((resolve) => (finish = resolve));
    };
    return { compute, finish: (value: string) => finish(value) };
  };
  const settle = () => new Promise((resolve) => setImmediate(resolve));
  return { answers, costing, pending, settle, advance, computations: () => computations };
}

describe('ReusableAnswers', () => {
  it('shares one answer while the data is as it was, and says what it was computed from', async () => {
    const { answers, costing, computations } = harness();
    const [a, b] = await Promise.all([
      answers.get('q', 's1', costing('first', 10)),
      answers.get('q', 's1', costing('again', 10)),
    ]);
    expect(a).toMatchObject({ state: 's1', value: 'first', costMs: 10 });
    expect(b).toBe(a);
    expect(computations()).toBe(1);
  });

  it('answers a cheap question again as soon as the data moved on', async () => {
    const { answers, costing } = harness();
    await answers.get('q', 's1', costing('old', 999));
    const fresh = await answers.get('q', 's2', costing('new', 999));
    expect(fresh).toMatchObject({ state: 's2', value: 'new' });
  });

  it('serves an expensive answer for four times its cost while one new computation runs, then the new one', async () => {
    const { answers, costing, settle, advance, computations } = harness();
    await answers.get('q', 's1', costing('old', 2_000));
    advance(7_000);
    const [a, b] = await Promise.all([
      answers.get('q', 's2', costing('new', 2_000), ANY_AGE),
      answers.get('q', 's3', costing('newer', 2_000), ANY_AGE),
    ]);
    expect([a.value, b.value]).toEqual(['old', 'old']);
    await settle();
    expect(computations()).toBe(2);
    expect(await answers.get('q', 's3', costing('newest', 2_000), ANY_AGE)).toMatchObject({
      state: 's2',
      value: 'new',
    });
  });

  it('computes again once an expensive answer is older than four times its cost, and waits for it up to a second', async () => {
    const { answers, costing, advance } = harness();
    await answers.get('q', 's1', costing('old', 2_000));
    advance(8_000);
    expect(await answers.get('q', 's2', costing('new', 900), ANY_AGE)).toMatchObject({
      value: 'new',
    });
  });

  it('gives the last answer the reader accepts once a new computation has taken a second, and the new one when it comes', async () => {
    const { answers, costing, pending, settle, advance, computations } = harness();
    await answers.get('q', 's1', costing('old', 10));
    advance(60);
    const slow = pending();
    const first = answers.get('q', 's2', slow.compute, ANY_AGE);
    await settle();
    advance(999);
    await settle();
    const second = answers.get('q', 's3', costing('beside it', 10), ANY_AGE);
    advance(1);
    // Both waited for the computation under way until it had taken a second.
    expect([(await first).value, (await second).value]).toEqual(['old', 'old']);
    expect(await answers.get('q', 's3', costing('beside it', 10), ANY_AGE)).toMatchObject({
      value: 'old',
    });
    slow.finish('new');
    await settle();
    expect(await answers.get('q', 's4', costing('unused', 10), ANY_AGE)).toMatchObject({
      state: 's2',
      value: 'new',
    });
    expect(computations()).toBe(3);
  });

  it('never serves an answer older than maxReuseMs, however expensive', async () => {
    const { answers, costing, advance } = harness();
    await answers.get('q', 's1', costing('old', 30_000));
    advance(60_000);
    expect(await answers.get('q', 's2', costing('new', 30_000), ANY_AGE)).toMatchObject({
      value: 'new',
    });
  });

  it('never serves an answer older than the reader accepts', async () => {
    const { answers, costing, advance } = harness();
    await answers.get('q', 's1', costing('old', 2_000));
    advance(3_000);
    expect(await answers.get('q', 's2', costing('new', 2_000), 2_000)).toMatchObject({
      value: 'new',
    });
  });

  it('answers an expensive question from the data as it is for a reader that accepts no staleness', async () => {
    const { answers, costing, computations } = harness();
    await answers.get('q', 's1', costing('old', 5_000));
    expect(await answers.get('q', 's2', costing('new', 5_000))).toMatchObject({
      state: 's2',
      value: 'new',
    });
    expect(computations()).toBe(2);
  });

  it('waits for a computation under way when no earlier answer is acceptable', async () => {
    const { answers, costing, pending, settle, advance, computations } = harness();
    await answers.get('q', 's1', costing('too old', 2_000));
    advance(60_000);
    const slow = pending();
    const first = answers.get('q', 's2', slow.compute, ANY_AGE);
    await settle();
    advance(5_000);
    const second = answers.get('q', 's3', costing('beside it', 10), ANY_AGE);
    slow.finish('new');
    expect([(await first).value, (await second).value]).toEqual(['new', 'new']);
    expect(computations()).toBe(2);
  });

  it('runs one computation of a cheap question at a time for readers that accept staleness', async () => {
    const { answers, costing, pending, settle, advance, computations } = harness();
    await answers.get('q', 's1', costing('old', 10));
    const quick = pending();
    const first = answers.get('q', 's2', quick.compute, ANY_AGE);
    await settle();
    advance(5);
    // Under load, each reader starting its own computation would queue behind the others.
    const others = [
      answers.get('q', 's3', costing('beside it', 10), ANY_AGE),
      answers.get('q', 's4', costing('beside it', 10), ANY_AGE),
    ];
    quick.finish('new');
    const values = (await Promise.all([first, ...others])).map((answer) => answer.value);
    expect(values).toEqual(['new', 'new', 'new']);
    expect(computations()).toBe(2);
  });

  it('never joins a computation that started longer ago than the reader accepts', async () => {
    const { answers, costing, pending, settle, advance } = harness();
    const slow = pending();
    const first = answers.get('q', 's1', slow.compute, ANY_AGE);
    await settle();
    advance(3_000);
    const second = answers.get('q', 's2', costing('fresher', 10), 2_000);
    slow.finish('older');
    expect([(await first).value, (await second).value]).toEqual(['older', 'fresher']);
  });

  it('never hands a reader that needs the latest data a computation for earlier data', async () => {
    const { answers, costing, pending, settle, advance } = harness();
    const slow = pending();
    const first = answers.get('q', 's1', slow.compute);
    await settle();
    advance(5_000);
    const second = answers.get('q', 's2', costing('latest', 5_000));
    slow.finish('earlier');
    expect([(await first).value, (await second).value]).toEqual(['earlier', 'latest']);
  });

  it('never joins a cheap computation for other data: a quiet system answers from its latest', async () => {
    const { answers, costing, pending } = harness();
    const quick = pending();
    const first = answers.get('q', 's1', quick.compute);
    const second = answers.get('q', 's2', costing('latest', 5));
    quick.finish('earlier');
    expect([(await first).value, (await second).value]).toEqual(['earlier', 'latest']);
  });

  it('forgets a failed computation: the next asker computes again', async () => {
    const { answers, costing } = harness();
    await expect(
      answers.get('q', 's1', () => Promise.reject(new Error('database unavailable'))),
    ).rejects.toThrow('database unavailable');
    expect(await answers.get('q', 's1', costing('after', 10))).toMatchObject({ value: 'after' });
  });

  it('keeps the expensive answer when its background computation fails, and tries again later', async () => {
    const { answers, costing, settle, advance } = harness();
    await answers.get('q', 's1', costing('old', 2_000));
    advance(1_000);
    const served = await answers.get(
      'q',
      's2',
      () => Promise.reject(new Error('timeout')),
      ANY_AGE,
    );
    expect(served.value).toBe('old');
    await settle();
    expect((await answers.get('q', 's2', costing('retried', 10), ANY_AGE)).value).toBe('old');
    await settle();
    expect((await answers.get('q', 's2', costing('unused', 10), ANY_AGE)).value).toBe('retried');
  });

  it('keeps the questions most recently asked, up to its capacity', async () => {
    const { answers, costing, computations } = harness();
    await answers.get('a', 's', costing('a', 1));
    await answers.get('b', 's', costing('b', 1));
    await answers.get('a', 's', costing('a', 1));
    await answers.get('c', 's', costing('c', 1));
    expect(computations()).toBe(3);
    await answers.get('a', 's', costing('a', 1));
    expect(computations()).toBe(3);
    await answers.get('b', 's', costing('b', 1));
    expect(computations()).toBe(4);
  });

  it('reports the last answer and the computation under way of a question, without counting a use', async () => {
    const { answers, costing, pending, advance } = harness();
    expect(answers.situation('a')).toEqual({ answer: null, runningForMs: null });
    await answers.get('a', 's1', costing('a', 1_500));
    const slow = pending();
    void answers.get('a', 's2', slow.compute);
    advance(2_000);
    expect(answers.situation('a')).toEqual({
      answer: { ageMs: 2_000, costMs: 1_500 },
      runningForMs: 2_000,
    });
    // Had `situation` counted as a use, 'a' would outlive 'b' here at capacity 2.
    await answers.get('b', 's', costing('b', 1));
    answers.situation('a');
    await answers.get('c', 's', costing('c', 1));
    expect(answers.situation('a').answer).toBeNull();
    slow.finish('a2');
  });
});
