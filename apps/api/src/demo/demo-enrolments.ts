import {
  BusyDays,
  DEMO_YEARS,
  drawMinute,
  firstDayOf,
  lastDayOf,
  minuteAfter,
  yearOfDay,
  type DemoYear,
} from './demo-calendar.js';
import type { DemoCourse, DemoFormat } from './demo-catalogue.js';
import type { DemoPerson } from './demo-population.js';
import type { DemoRandom } from './demo-random.js';
import { YEAR_TARGETS } from './demo-targets.js';

/** A moment in local time: day number and minute of the day (see demo-calendar). */
export interface LocalMoment {
  day: number;
  minute: number;
}

/** One person's first enrolment in one course, and its first completion if any. */
export interface DemoEnrolment {
  person: DemoPerson;
  course: DemoCourse;
  year: DemoYear;
  enrolled: LocalMoment;
  /** The xAPI registration of this attempt. */
  registration: string;
  /** When they would finish, if they do. */
  finish: LocalMoment;
  completed: LocalMoment | null;
}

/** The most courses one person starts in a year (a few learners are voracious). */
const MAX_PER_YEAR = 40;

// How each format draws in each year: instant courses arrived in 2018 and,
// with MOOCs, carried the 2020 lockdown, when live courses mostly stopped.
const FORMAT_DRAW: Record<DemoFormat | 'sync-course', Record<DemoYear, number>> = {
  mooc: { 2017: 8, 2018: 8, 2019: 8, 2020: 13, 2021: 8 },
  instant: { 2017: 0, 2018: 1, 2019: 1.5, 2020: 2.7, 2021: 2 },
  masterclass: { 2017: 2.5, 2018: 2.5, 2019: 2.5, 2020: 3, 2021: 2.5 },
  course: { 2017: 1, 2018: 1, 2019: 1, 2020: 1.3, 2021: 1 },
  'sync-course': { 2017: 1, 2018: 1, 2019: 1, 2020: 0.5, 2021: 0.8 },
};

/** How likely a start in each format is finished (attended, for live formats). */
const FORMAT_FINISH: Record<DemoFormat, number> = {
  instant: 3,
  masterclass: 2,
  course: 1.2,
  mooc: 0.4,
};

function drawOf(course: DemoCourse, year: DemoYear): number {
  const key = course.format === 'course' && course.mode === 'sync' ? 'sync-course' : course.format;
  return course.appeal * FORMAT_DRAW[key][year];
}

/**
 * Every first enrolment of 2017-2021 and, among them, the first completions:
 * each year exactly its enrolments (every active person at least one, so
 * each year's users are exactly its active persons) and exactly its
 * completions, some of courses started the year before.
 */
export function demoEnrolments(
  random: DemoRandom,
  persons: readonly DemoPerson[],
  courses: readonly DemoCourse[],
): DemoEnrolment[] {
  const taken = new Map<DemoPerson, Set<DemoCourse>>();
  const enrolments: DemoEnrolment[] = [];
  for (const year of DEMO_YEARS) {
    const active = persons.filter((person) => person.years.includes(year));
    const offered = courses.filter((course) => course.years.includes(year));
    const counts = allocate(active, offered, taken, YEAR_TARGETS[year].enrolments);
    const chooser = new CourseChooser(offered, year);
    const busy = new BusyDays(firstDayOf(year), lastDayOf(year));
    const draw = random.fork(`enrol-${year}`);
    active.forEach((person, index) => {
      const mine = taken.get(person) ?? new Set<DemoCourse>();
      taken.set(person, mine);
      for (const course of chooser.choose(draw, counts[index], mine)) {
        mine.add(course);
        const enrolled = enrolmentMoment(draw, course, year, busy);
        enrolments.push({
          person,
          course,
          year,
          enrolled,
          registration: draw.uuid(),
          finish: finishMoment(draw, course, enrolled),
          completed: null,
        });
      }
    });
    chooseCompletions(random.fork(`complete-${year}`), enrolments, year);
  }
  return enrolments;
}

/**
 * How many courses each active person starts: one each, and the rest of the
 * year's enrolments shared by appetite, none above what is on offer to them.
 */
function allocate(
  active: readonly DemoPerson[],
  offered: readonly DemoCourse[],
  taken: Map<DemoPerson, Set<DemoCourse>>,
  enrolments: number,
): number[] {
  const caps = active.map((person) => {
    const before = taken.get(person);
    const open = before ? offered.filter((course) => !before.has(course)).length : offered.length;
    return Math.min(MAX_PER_YEAR, open);
  });
  if (caps.some((cap) => cap < 1))
    throw new Error('A returning learner has no course left to take.');
  const counts = active.map(() => 1);
  let left = enrolments - active.length;
  if (left < 0) throw new Error(`Fewer enrolments (${enrolments}) than users (${active.length}).`);
  // Water-filling: share what is left by appetite among those not yet at their cap.
  while (left > 0) {
    const open = active.map((_, index) => index).filter((index) => counts[index] < caps[index]);
    if (open.length === 0) throw new Error('The courses on offer cannot take the enrolments.');
    const weight = open.reduce((sum, index) => sum + active[index].appetite, 0);
    const shares = open.map((index) => ({
      index,
      share: Math.min((left * active[index].appetite) / weight, caps[index] - counts[index]),
    }));
    let given = 0;
    for (const { index, share } of shares) {
      counts[index] += Math.floor(share);
      given += Math.floor(share);
    }
    // The remainders, largest first, one each, until the total is exact.
    const remainders = shares
      .filter(({ index }) => counts[index] < caps[index])
      .sort((a, b) => (b.share % 1) - (a.share % 1) || a.index - b.index);
    for (const { index } of remainders) {
      if (given >= left) break;
      counts[index] += 1;
      given += 1;
    }
    left -= given;
  }
  return counts;
}

/** Draws distinct courses in proportion to how much each draws that year. */
class CourseChooser {
  private readonly cumulative: number[] = [];

  constructor(
    private readonly offered: readonly DemoCourse[],
    private readonly year: DemoYear,
  ) {
    let total = 0;
    for (const course of offered) this.cumulative.push((total += drawOf(course, year)));
  }

  choose(random: DemoRandom, count: number, taken: ReadonlySet<DemoCourse>): DemoCourse[] {
    const chosen = new Set<DemoCourse>();
    let misses = 0;
    while (chosen.size < count && misses < 200) {
      const course = this.offered[this.search(random.unit() * this.total())];
      if (taken.has(course) || chosen.has(course)) misses += 1;
      else chosen.add(course);
    }
    if (chosen.size < count) {
      // A voracious learner near the cap: take the rest in order of draw.
      const rest = this.offered.filter((course) => !taken.has(course) && !chosen.has(course));
      for (const course of random.sample(rest, count - chosen.size, (c) => drawOf(c, this.year))) {
        chosen.add(course);
      }
    }
    return [...chosen];
  }

  private total(): number {
    return this.cumulative[this.cumulative.length - 1];
  }

  private search(target: number): number {
    let low = 0;
    let high = this.cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.cumulative[middle] > target) high = middle;
      else low = middle + 1;
    }
    return low;
  }
}

/** Masterclass seats are booked in the three weeks before the session; other courses any day. */
function enrolmentMoment(
  random: DemoRandom,
  course: DemoCourse,
  year: DemoYear,
  busy: BusyDays,
): LocalMoment {
  if (course.session) {
    const day = Math.max(firstDayOf(year), course.session.day - random.int(0, 20));
    const minute = drawMinute(random);
    return {
      day,
      minute: day === course.session.day ? Math.min(minute, course.session.minute - 15) : minute,
    };
  }
  return { day: busy.draw(random), minute: drawMinute(random) };
}

/** When a learner who finishes does: the end of the live session, or after the course's length. */
function finishMoment(random: DemoRandom, course: DemoCourse, enrolled: LocalMoment): LocalMoment {
  if (course.session) return { day: course.session.day, minute: course.session.minute + 90 };
  if (course.format === 'instant') {
    return { day: enrolled.day, minute: minuteAfter(enrolled.minute, random.int(12, 50)) };
  }
  const days = !course.catalogued
    ? random.int(5, 30)
    : course.format === 'mooc'
      ? random.int(25, 80)
      : course.mode === 'sync'
        ? random.int(14, 45)
        : random.int(10, 60);
  return { day: enrolled.day + days, minute: drawMinute(random) };
}

/**
 * Exactly the year's completions: the carried-over ones among courses
 * started the year before by people active again this year, the rest among
 * this year's starts that end this year, favouring short formats and
 * diligent learners.
 */
function chooseCompletions(random: DemoRandom, enrolments: DemoEnrolment[], year: DemoYear): void {
  const { completions, carriedOver } = YEAR_TARGETS[year];
  const endsNow = (enrolment: DemoEnrolment) =>
    enrolment.completed === null && yearOfDay(enrolment.finish.day) === year;
  const sameYear = enrolments.filter((e) => e.year === year && endsNow(e));
  const fromLastYear = enrolments.filter(
    (e) => e.year === year - 1 && endsNow(e) && e.person.years.includes(year),
  );
  const weight = (enrolment: DemoEnrolment) =>
    FORMAT_FINISH[enrolment.course.format] * enrolment.person.diligence;
  for (const [pool, count, what] of [
    [fromLastYear, carriedOver, 'carried-over'],
    [sameYear, completions - carriedOver, 'same-year'],
  ] as const) {
    if (pool.length < count) {
      throw new Error(`${year}: ${count} ${what} completions wanted, ${pool.length} possible.`);
    }
    for (const enrolment of random.sample(pool, count, weight)) {
      enrolment.completed = enrolment.finish;
    }
  }
}
