import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { ThrottledProgress } from './throttled-progress.js';

describe('ThrottledProgress', () => {
  let now = 0;
  let written: [number, string][];
  let progress: ThrottledProgress;

  beforeEach(() => {
    jest.useFakeTimers();
    now = 1_000;
    written = [];
    progress = new ThrottledProgress(
      (fraction, stage) => {
        written.push([fraction, stage]);
        return Promise.resolve();
      },
      500,
      () => now,
    );
  });
  afterEach(() => {
    jest.useRealTimers();
  });

  it('writes the first report at once and at most one per interval after it', async () => {
    await progress.report(0.1, 'reading');
    for (let i = 2; i <= 9; i += 1) await progress.report(i / 10, 'reading');
    expect(written).toEqual([[0.1, 'reading']]);
    now += 500;
    await progress.report(0.95, 'writing');
    expect(written).toEqual([
      [0.1, 'reading'],
      [0.95, 'writing'],
    ]);
  });

  it('writes the latest report held back once the interval ends', async () => {
    await progress.report(0, 'reading');
    now += 100;
    await progress.report(0.5, 'writing');
    expect(written).toHaveLength(1);
    now += 400;
    await jest.advanceTimersByTimeAsync(400);
    expect(written).toEqual([
      [0, 'reading'],
      [0.5, 'writing'],
    ]);
  });

  it('clamps to 0..1 and refuses what is not a number', async () => {
    await progress.report(1.7, 'writing');
    expect(written).toEqual([[1, 'writing']]);
    expect(() => progress.report(Number.NaN, 'writing')).toThrow(/finite number/);
  });

  it('writes nothing once stopped, not even a report held back', async () => {
    await progress.report(0, 'reading');
    await progress.report(0.5, 'writing');
    await progress.stop();
    await jest.advanceTimersByTimeAsync(1_000);
    await progress.report(0.9, 'writing');
    expect(written).toEqual([[0, 'reading']]);
  });

  it('survives a failed write: progress is not the outcome', async () => {
    const failing = new ThrottledProgress(() => Promise.reject(new Error('db down')), 0);
    await expect(failing.report(0.5, 'writing')).resolves.toBeUndefined();
  });
});
