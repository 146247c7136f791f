import type { DemoRandom } from './demo-random.js';

/**
 * Days and times of the demo, thought of in Barcelona's local time (the
 * reporting zone, spec section 1) and written as UTC instants. A day is a
 * number: days since 1 January 2017, local.
 */

export const DEMO_YEARS = [2017, 2018, 2019, 2020, 2021] as const;
export type DemoYear = (typeof DEMO_YEARS)[number];

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const EPOCH = Date.UTC(2017, 0, 1);

export function dayOf(year: number, month: number, day: number): number {
  return Math.round((Date.UTC(year, month - 1, day) - EPOCH) / DAY_MS);
}

export function firstDayOf(year: number): number {
  return dayOf(year, 1, 1);
}

export function lastDayOf(year: number): number {
  return dayOf(year, 12, 31);
}

export function yearOfDay(day: number): number {
  return new Date(EPOCH + day * DAY_MS).getUTCFullYear();
}

/** `2020-03-14` */
export function isoDateOfDay(day: number): string {
  return new Date(EPOCH + day * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The UTC instant of a local Madrid time, by the EU summer-time rule (last
 * Sunday of March to last Sunday of October). The generator never picks a
 * time between 02:00 and 03:00, the hour that is skipped or repeated.
 */
export function utcInstant(day: number, minuteOfDay: number, second: number): string {
  const local = EPOCH + day * DAY_MS + minuteOfDay * 60_000 + second * 1000;
  const year = new Date(local).getUTCFullYear();
  const summer =
    local >= lastSunday(year, 3) + 2 * HOUR_MS && local < lastSunday(year, 10) + 2 * HOUR_MS;
  return new Date(local - (summer ? 2 : 1) * HOUR_MS).toISOString().replace('.000Z', 'Z');
}

function lastSunday(year: number, month: number): number {
  const last = Date.UTC(year, month, 0);
  return last - new Date(last).getUTCDay() * DAY_MS;
}

// How busy a day is for online training: low in August and over Christmas,
// low at weekends, and the spring 2020 lockdown (from 14 March, when the
// state of alarm closed the training rooms, to 21 June) far above anything
// before it, with a smaller second wave in the autumn.
const MONTH_WEIGHT = [1.0, 1.15, 1.1, 1.0, 1.0, 0.85, 0.55, 0.2, 0.9, 1.15, 1.1, 0.6];
const WEEKDAY_WEIGHT = [0.3, 1.05, 1.1, 1.1, 1.05, 0.9, 0.35];

function dayWeight(day: number): number {
  const date = new Date(EPOCH + day * DAY_MS);
  const month = date.getUTCMonth();
  const dayOfMonth = date.getUTCDate();
  let weight = MONTH_WEIGHT[month] * WEEKDAY_WEIGHT[date.getUTCDay()];
  if ((month === 11 && dayOfMonth >= 24) || (month === 0 && dayOfMonth <= 6)) weight *= 0.3;
  if (date.getUTCFullYear() === 2020) {
    if (day >= dayOf(2020, 3, 14) && day <= dayOf(2020, 6, 21)) weight *= 3;
    else if (day >= dayOf(2020, 10, 15) && day <= dayOf(2020, 12, 15)) weight *= 1.4;
  }
  return weight;
}

/** Draws days of a span in proportion to how busy each is. */
export class BusyDays {
  private readonly cumulative: number[] = [];

  constructor(
    private readonly first: number,
    last: number,
  ) {
    let total = 0;
    for (let day = first; day <= last; day += 1) this.cumulative.push((total += dayWeight(day)));
  }

  draw(random: DemoRandom): number {
    const target = random.unit() * this.cumulative[this.cumulative.length - 1];
    let low = 0;
    let high = this.cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.cumulative[middle] > target) high = middle;
      else low = middle + 1;
    }
    return this.first + low;
  }
}

// Local hours people learn at: working hours and evenings, and a few after
// midnight, which are still that local date but the previous one in UTC
// (spec section 1: the local date decides the year).
const HOURS = [0, 1, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23];
const HOUR_WEIGHT = [
  0.3, 0.1, 0.4, 1, 1.6, 1.8, 1.7, 1.4, 1, 0.8, 1.1, 1.4, 1.6, 1.7, 1.6, 1.3, 1.0, 0.8, 0.5,
];

/** A local minute of the day someone is online. */
export function drawMinute(random: DemoRandom): number {
  return HOURS[random.weighted(HOUR_WEIGHT)] * 60 + random.int(0, 59);
}

/**
 * `minutes` after `minute`, on the same local day: a night owl's session
 * stops before 02:00 and an evening's before midnight, so a follow-up never
 * lands on another date (or year) than the event it follows.
 */
export function minuteAfter(minute: number, minutes: number): number {
  return Math.min(minute + minutes, minute < 120 ? 119 : 1439);
}
