import { describe, expect, it } from '@jest/globals';
import { ConcurrencyLimit } from './concurrency-limit.js';

/** A task that stays open until the test settles it. */
function gate<T = void>() {
  let settle!: (value: T) => void;
  let fail!: (error: Error) => void;
  const promise = new Promise<T>((resolve, reject) => {
    settle = resolve;
    fail = reject;
  });
  return { promise, settle, fail };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('ConcurrencyLimit', () => {
  it('refuses a limit that is not a positive integer', () => {
    expect(() => new ConcurrencyLimit(0)).toThrow('max must be a positive integer, got 0.');
    expect(() => new ConcurrencyLimit(1.5)).toThrow(RangeError);
  });

  it('runs no more than max tasks at once and starts the waiting ones in the order they asked', async () => {
    const limit = new ConcurrencyLimit(2);
    const gates = [gate(), gate(), gate(), gate()];
    const started: number[] = [];
    const runs = gates.map((g, index) =>
      limit.run(async () => {
        started.push(index);
        await g.promise;
        return index;
      }),
    );
    await tick();
    expect({ started, active: limit.active, queued: limit.queued }).toEqual({
      started: [0, 1],
      active: 2,
      queued: 2,
    });
    gates[1].settle();
    await tick();
    expect(started).toEqual([0, 1, 2]);
    gates[0].settle();
    await tick();
    expect({ started, active: limit.active, queued: limit.queued }).toEqual({
      started: [0, 1, 2, 3],
      active: 2,
      queued: 0,
    });
    gates[2].settle();
    gates[3].settle();
    await expect(Promise.all(runs)).resolves.toEqual([0, 1, 2, 3]);
    expect(limit.active).toBe(0);
  });

  it('gives the permit back when a task fails, and passes the failure on', async () => {
    const limit = new ConcurrencyLimit(1);
    const first = gate();
    const failing = limit.run(() => first.promise);
    const next = limit.run(() => Promise.resolve('next ran'));
    first.fail(new Error('query failed'));
    await expect(failing).rejects.toThrow('query failed');
    await expect(next).resolves.toBe('next ran');
    expect({ active: limit.active, queued: limit.queued }).toEqual({ active: 0, queued: 0 });
  });

  it('gives the permit back when a task throws before returning a promise', async () => {
    const limit = new ConcurrencyLimit(1);
    await expect(
      limit.run(() => {
        throw new Error('bad SQL built');
      }),
    ).rejects.toThrow('bad SQL built');
    await expect(limit.run(() => Promise.resolve(1))).resolves.toBe(1);
  });
});
