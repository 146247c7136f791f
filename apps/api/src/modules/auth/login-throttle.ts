/**
 * The counting rules of login rate limiting and lockout, as pure functions
 * over one key's state (an e-mail address or a client address); the
 * repository stores the state, the service chooses the limits.
 */
export interface ThrottleLimit {
  /** Attempts allowed in one window; one more is refused and locks the key. */
  maxAttempts: number;
  windowMs: number;
  lockoutMs: number;
}

export interface ThrottleState {
  /** Attempts in the current window, counted when they start, so parallel guesses count too. */
  attempts: number;
  lockedUntil: Date | null;
  /** When the window and any lock have both ended: from then on the state counts for nothing. */
  expiresAt: Date;
}

/** A key never seen, or whose state has expired. */
export const NO_ATTEMPTS: ThrottleState = {
  attempts: 0,
  lockedUntil: null,
  expiresAt: new Date(0),
};

export function isLocked(state: ThrottleState, now: Date): boolean {
  return state.lockedUntil !== null && state.lockedUntil > now;
}

/** Whole seconds until the lock ends (at least 1), for `Retry-After`. */
export function secondsLocked(state: ThrottleState, now: Date): number {
  const until = state.lockedUntil?.getTime() ?? now.getTime();
  return Math.max(1, Math.ceil((until - now.getTime()) / 1000));
}

/**
 * The state after one more attempt. A window that is over, or a lock that
 * has ended, starts the count afresh; while locked nothing is counted (so
 * hammering a locked key does not lengthen its lock); the attempt after the
 * last allowed one locks the key.
 */
export function countAttempt(
  previous: ThrottleState,
  now: Date,
  limit: ThrottleLimit,
): ThrottleState {
  const lockEnded = previous.lockedUntil !== null && previous.lockedUntil <= now;
  if (previous.expiresAt <= now || lockEnded) {
    return { attempts: 1, lockedUntil: null, expiresAt: after(now, limit.windowMs) };
  }
  if (isLocked(previous, now)) return previous;
  const attempts = previous.attempts + 1;
  if (attempts <= limit.maxAttempts) return { ...previous, attempts };
  return lockedFrom({ ...previous, attempts }, now, limit);
}

/** Locks the key for the lockout from now, keeping a lock that already lasts longer. */
export function lockedFrom(state: ThrottleState, now: Date, limit: ThrottleLimit): ThrottleState {
  const until = after(now, limit.lockoutMs);
  const lockedUntil = state.lockedUntil && state.lockedUntil > until ? state.lockedUntil : until;
  return {
    ...state,
    lockedUntil,
    expiresAt: state.expiresAt > lockedUntil ? state.expiresAt : lockedUntil,
  };
}

function after(now: Date, ms: number): Date {
  return new Date(now.getTime() + ms);
}
