import { setTimeout as sleep } from 'node:timers/promises';

export interface PacerOptions {
  /** Sends per second. */
  perSecond: number;
  seconds: number;
  /**
   * Sends waiting for their answers at most; a send beyond waits for one to
   * finish, and is late. Keeps a stalled server from exhausting the load generator.
   */
  maxInFlight: number;
  /** A send dispatched more than this after its slot counts as late. */
  lateAfterMs: number;
}

export interface PacerResult {
  /** Slots in the run: perSecond x seconds. */
  scheduled: number;
  /** Every slot is sent, late or not: the offered load is never dropped. */
  sent: number;
  late: number;
  maxLateMs: number;
  /** The most sends that waited for their answers at once. */
  maxInFlight: number;
}

/**
 * An open-loop load: slot k is due at start + k / perSecond by the clock, and
 * `send` is called for it without waiting for the sends before it to answer,
 * so slow answers do not lower the offered load (a closed loop of clients
 * would quietly send less while the server struggles). When the load
 * generator itself falls behind (a busy event loop, `maxInFlight` reached),
 * the slots are sent as soon as it can and counted as late.
 *
 * `send` gets its slot and how late it was dispatched; it must not throw.
 */
export async function runPacer(
  options: PacerOptions,
  send: (slot: number, lateMs: number) => Promise<void>,
): Promise<PacerResult> {
  if (!(options.perSecond > 0) || !(options.seconds > 0) || options.maxInFlight < 1) {
    throw new Error(`a pacer needs a positive rate, duration and in-flight limit`);
  }
  const interval = 1000 / options.perSecond;
  const scheduled = Math.floor(options.seconds * options.perSecond);
  const inFlight = new Set<Promise<void>>();
  const result: PacerResult = { scheduled, sent: 0, late: 0, maxLateMs: 0, maxInFlight: 0 };
  const start = performance.now();
  for (let slot = 0; slot < scheduled; slot += 1) {
    const due = start + slot * interval;
    const wait = due - performance.now();
    if (wait > 0) await sleep(wait);
    while (inFlight.size >= options.maxInFlight) await Promise.race(inFlight);
    const lateMs = Math.max(0, performance.now() - due);
    if (lateMs > options.lateAfterMs) result.late += 1;
    result.maxLateMs = Math.max(result.maxLateMs, lateMs);
    const sending: Promise<void> = send(slot, lateMs).finally(() => inFlight.delete(sending));
    inFlight.add(sending);
    result.sent += 1;
    result.maxInFlight = Math.max(result.maxInFlight, inFlight.size);
  }
  await Promise.all(inFlight);
  return result;
}
