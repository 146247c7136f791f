import { createHash } from 'node:crypto';
import type { Statement } from '@fita/xapi';
import type { BenchPopulation } from './bench-population.js';
import { DAY, HOUR, MINUTE, Planner, statementOf, type Planned } from './journey-planner.js';

/** A statement of the history with what the LRS would have made of it. */
export interface HistoryStatement {
  statement: Statement;
  /** When the LRS stored it: statements arrive in this order. */
  stored: Date;
  /** A voiding statement later in the history voids it. */
  voided: boolean;
}

/** Local midnight in Madrid (UTC+1 in winter) of 1 January 2017 and 2022. */
const HISTORY_START = Date.UTC(2016, 11, 31, 23);
const HISTORY_END = Date.UTC(2021, 11, 31, 23);
const HISTORY_DAYS = Math.round((HISTORY_END - HISTORY_START) / DAY);
/** Courses were taken more in later years, most in the 2020 lockdowns. */
const YEAR_WEIGHT: Record<number, number> = {
  2017: 0.55,
  2018: 0.75,
  2019: 0.9,
  2020: 1.5,
  2021: 1.3,
};

/**
 * Five years (2017-2021) of a training agency's LMS, deterministic for a
 * seed, as `statements` statements in the order the LRS stored them:
 * learners register for courses, launch and experience their modules,
 * complete some and pass or attend; some statements arrive twice (a re-send
 * under a new id), late (offline sync), from a team (a Group) or are voided
 * by the LMS administrator and often re-issued corrected.
 *
 * Generated day by day, so only the statements still to be stored are held:
 * memory stays flat whatever the size.
 */
export function* learningHistory(
  statements: number,
  population: BenchPopulation,
  seed = 1,
): Generator<HistoryStatement> {
  const plan = new Planner(population, `history-${seed}`, seed);
  const meanSize = meanJourneySize(population, seed);
  const weights = Array.from({ length: HISTORY_DAYS }, (_, day) => dayWeight(day));
  const weightFrom = weights.map((_, day) => weights.slice(day).reduce((a, b) => a + b, 0));
  const byStoredDay = new Map<number, Planned[]>();
  let created = 0;
  let due = 0;
  for (let day = 0; day < HISTORY_DAYS && created < statements; day += 1) {
    // Journeys are spread over what remains of the statements and of the
    // years, so the history ends on its last day whatever the journeys'
    // lengths; the last day makes up what the cut-off journeys before it left.
    due +=
      day === HISTORY_DAYS - 1
        ? Infinity
        : ((statements - created) / meanSize) * (weights[day] / weightFrom[day]);
    for (; due >= 1 && created < statements; due -= 1) {
      const start = HISTORY_START + day * DAY + plan.between(7 * HOUR, 22 * HOUR);
      const kept = plan.journey(start, HISTORY_END).slice(0, statements - created);
      forgetVoidsNotKept(kept);
      created += kept.length;
      for (const planned of kept) {
        const storedDay = Math.floor((planned.stored - HISTORY_START) / DAY);
        let bucket = byStoredDay.get(storedDay);
        if (!bucket) byStoredDay.set(storedDay, (bucket = []));
        bucket.push(planned);
      }
    }
    // Journeys start on or after their day, so this day's arrivals are complete.
    yield* drain(byStoredDay, day);
  }
  for (const day of [...byStoredDay.keys()].sort((a, b) => a - b)) yield* drain(byStoredDay, day);
}

/**
 * Statements as an LMS would send them now: moments of ongoing journeys of
 * the history's learners in the last weeks before `now`, and the voiding of
 * `voidTargets` (statements stored earlier).
 */
export function liveStatements(
  count: number,
  population: BenchPopulation,
  namespace: string,
  now: number,
  voidTargets: string[],
): Statement[] {
  const plan = new Planner(population, namespace, hashSeed(namespace));
  const voids = voidTargets.slice(0, count).map((target) => plan.voiding(target, now - MINUTE));
  const moments: Planned[] = [];
  while (moments.length + voids.length < count) {
    const journey = plan.journey(now - plan.between(HOUR, 40 * DAY), now);
    moments.push(...journey.slice(0, count - voids.length - moments.length));
  }
  return [...moments, ...voids].sort((a, b) => a.at - b.at).map(statementOf);
}

function* drain(byStoredDay: Map<number, Planned[]>, day: number): Generator<HistoryStatement> {
  const bucket = byStoredDay.get(day);
  if (!bucket) return;
  byStoredDay.delete(day);
  bucket.sort((a, b) => a.stored - b.stored || a.order - b.order);
  for (const planned of bucket) {
    yield {
      statement: statementOf(planned),
      stored: new Date(planned.stored),
      voided: planned.voidedBy !== undefined,
    };
  }
}

/** A statement whose voiding statement was cut off (end of the history or of the size) stays valid. */
function forgetVoidsNotKept(kept: Planned[]): void {
  const ids = new Set(kept.map((planned) => planned.id));
  for (const planned of kept) {
    if (planned.voidedBy && !ids.has(planned.voidedBy.id)) planned.voidedBy = undefined;
  }
}

/** The average journey length, from a pilot on its own random stream, to spread journeys over the years. */
function meanJourneySize(population: BenchPopulation, seed: number): number {
  const pilot = new Planner(population, `pilot-${seed}`, seed + 7919);
  const middle = Date.UTC(2019, 5, 1);
  let total = 0;
  const runs = 3000;
  for (let i = 0; i < runs; i += 1) total += pilot.journey(middle, Infinity).length;
  return total / runs;
}

function dayWeight(day: number): number {
  const date = new Date(HISTORY_START + day * DAY + 12 * HOUR);
  const weekday = date.getUTCDay();
  const month = date.getUTCMonth();
  const dayOfMonth = date.getUTCDate();
  const holidays =
    month === 7 || (month === 11 && dayOfMonth >= 23) || (month === 0 && dayOfMonth <= 6);
  return (
    YEAR_WEIGHT[date.getUTCFullYear()] *
    (weekday === 0 ? 0.25 : weekday === 6 ? 0.35 : 1) *
    (holidays ? 0.45 : 1)
  );
}

function hashSeed(text: string): number {
  return createHash('sha1').update(text).digest().readUInt32BE(0);
}
