import { describe, expect, it } from '@jest/globals';
import {
  NO_ATTEMPTS,
  countAttempt,
  isLocked,
  lockedFrom,
  secondsLocked,
  type ThrottleLimit,
  type ThrottleState,
} from './login-throttle.js';

const MINUTE = 60_000;
const limit: ThrottleLimit = { maxAttempts: 3, windowMs: 15 * MINUTE, lockoutMs: 10 * MINUTE };
const start = new Date('2026-03-02T10:00:00Z');
const at = (minutes: number) => new Date(start.getTime() + minutes * MINUTE);

/** The state after one attempt at each of the given minutes. */
function attemptsAt(...minutes: number[]): ThrottleState {
  return minutes.reduce((state, minute) => countAttempt(state, at(minute), limit), NO_ATTEMPTS);
}

describe('login throttle rules', () => {
  it('counts attempts within the window without locking up to the limit', () => {
    const state = attemptsAt(0, 1, 2);
    expect(state).toEqual({ attempts: 3, lockedUntil: null, expiresAt: at(15) });
    expect(isLocked(state, at(2))).toBe(false);
  });

  it('locks on the attempt after the limit, for the lockout from that attempt', () => {
    const state = attemptsAt(0, 1, 2, 3);
    expect(state.lockedUntil).toEqual(at(13));
    expect(isLocked(state, at(3))).toBe(true);
    expect(secondsLocked(state, at(3))).toBe(600);
    expect(state.expiresAt).toEqual(at(15));
  });

  it('counts nothing while locked, so retries do not lengthen the lock', () => {
    const locked = attemptsAt(0, 1, 2, 3);
    expect(countAttempt(locked, at(12), limit)).toEqual(locked);
  });

  it('starts afresh once the lock has ended, even inside the old window', () => {
    expect(attemptsAt(0, 1, 2, 3, 13.5)).toEqual({
      attempts: 1,
      lockedUntil: null,
      expiresAt: at(28.5),
    });
  });

  it('starts afresh once the window is over', () => {
    expect(attemptsAt(0, 1, 2, 15)).toEqual({ attempts: 1, lockedUntil: null, expiresAt: at(30) });
  });

  it('keeps the row alive until a lock that outlasts the window ends', () => {
    const long: ThrottleLimit = { ...limit, lockoutMs: 60 * MINUTE };
    const state = [0, 1, 2, 3].reduce((s, m) => countAttempt(s, at(m), long), NO_ATTEMPTS);
    expect(state.expiresAt).toEqual(at(63));
  });

  it('locks from now on request, keeping a lock that already ends later', () => {
    const counted = attemptsAt(0, 1, 2);
    expect(lockedFrom(counted, at(2), limit).lockedUntil).toEqual(at(12));
    const longer = { ...counted, lockedUntil: at(40) };
    expect(lockedFrom(longer, at(2), limit).lockedUntil).toEqual(at(40));
  });

  it('rounds the seconds left up, and never says 0', () => {
    const state = { ...NO_ATTEMPTS, lockedUntil: new Date(start.getTime() + 1_200) };
    expect(secondsLocked(state, start)).toBe(2);
    expect(secondsLocked(state, new Date(start.getTime() + 1_200))).toBe(1);
  });
});
