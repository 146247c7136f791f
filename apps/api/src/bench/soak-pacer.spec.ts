import { describe, expect, it } from '@jest/globals';
import { setTimeout as sleep } from 'node:timers/promises';
import { runPacer } from './soak-pacer.js';

describe('runPacer', () => {
  it('keeps sending on schedule while earlier sends wait for slow answers', async () => {
    const dispatched: number[] = [];
    let waiting = 0;
    let mostWaiting = 0;
    const result = await runPacer(
      { perSecond: 20, seconds: 1, maxInFlight: 100, lateAfterMs: 1_000 },
      async (slot) => {
        dispatched.push(slot);
        waiting += 1;
        mostWaiting = Math.max(mostWaiting, waiting);
        await sleep(400);
        waiting -= 1;
      },
    );

    expect(result).toMatchObject({ scheduled: 20, sent: 20, late: 0 });
    expect(dispatched).toEqual(Array.from({ length: 20 }, (_, slot) => slot));
    // A closed loop would have needed 20 x 400 ms; the open loop overlaps the answers.
    expect(mostWaiting).toBeGreaterThanOrEqual(5);
    expect(result.maxInFlight).toBe(mostWaiting);
  });

  it('counts sends as late when the load generator itself falls behind, and still sends them all', async () => {
    const result = await runPacer(
      { perSecond: 50, seconds: 0.6, maxInFlight: 100, lateAfterMs: 100 },
      (slot) => {
        // The first send blocks the event loop for 400 ms: the slots due meanwhile are late.
        if (slot === 0) {
          const until = performance.now() + 400;
          while (performance.now() < until);
        }
        return Promise.resolve();
      },
    );

    expect(result.scheduled).toBe(30);
    expect(result.sent).toBe(30);
    // Slots 1 to 15 were due 20 to 300 ms after the start; at least those due
    // before 300 ms were dispatched more than 100 ms late.
    expect(result.late).toBeGreaterThanOrEqual(10);
    expect(result.maxLateMs).toBeGreaterThanOrEqual(300);
  });

  it('waits for an answer when the in-flight limit is reached, and counts the wait as lateness', async () => {
    const result = await runPacer(
      { perSecond: 50, seconds: 0.4, maxInFlight: 1, lateAfterMs: 50 },
      () => sleep(100),
    );

    expect(result).toMatchObject({ scheduled: 20, sent: 20, maxInFlight: 1 });
    // One send per 100 ms against one per 20 ms due: the queue falls further behind each time.
    expect(result.late).toBeGreaterThanOrEqual(15);
    expect(result.maxLateMs).toBeGreaterThan(1_000);
  });

  it('refuses a rate, duration or limit that cannot run', async () => {
    const send = () => Promise.resolve();
    await expect(
      runPacer({ perSecond: 0, seconds: 1, maxInFlight: 1, lateAfterMs: 1 }, send),
    ).rejects.toThrow('positive rate');
    await expect(
      runPacer({ perSecond: 1, seconds: 1, maxInFlight: 0, lateAfterMs: 1 }, send),
    ).rejects.toThrow('in-flight limit');
  });
});
