import { lastDayOf, minuteAfter, yearOfDay, type DemoYear } from './demo-calendar.js';
import { LOOSE_RESOURCES, type DemoCourse } from './demo-catalogue.js';
import type { DemoEnrolment } from './demo-enrolments.js';
import { CAMPUS, type DemoPerson } from './demo-population.js';
import type { DemoRandom } from './demo-random.js';
import {
  PLATFORM_NAME,
  actorOf,
  completionResult,
  courseObject,
  courseStatement,
  verb,
  voiding,
  type StatementWriter,
  type Verb,
} from './demo-xapi.js';

/** How much of each kind of noise the demo carries (none of it may change a figure). */
export const NOISE = Object.freeze({
  /** Statements an LMS sent twice with the same id (a retry after a timeout). */
  resent: 1_200,
  /** A second `registered` for a course already taken, later the same year. */
  reRegistrations: 700,
  /** A `completed` sent by mistake at enrolment, voided by the administrator. */
  voidedCompletions: 250,
  /** A registration to the wrong course, voided by the administrator. */
  voidedRegistrations: 150,
  /** Organisations booking masterclasses as a team: Group actors. */
  groups: 40,
  /** Guides and FAQs opened outside any course: uncatalogued activities. */
  looseResources: 600,
});

/**
 * Noise that a real LRS carries and that must not change a figure: re-sent
 * statements, re-registrations, mistakes voided by the administrator, team
 * bookings by Group actors, and resources opened outside courses.
 */
export function noise(
  out: StatementWriter,
  random: DemoRandom,
  persons: readonly DemoPerson[],
  courses: readonly DemoCourse[],
  enrolments: readonly DemoEnrolment[],
): void {
  const roomy = enrolments.filter((e) => e.enrolled.day + 30 <= lastDayOf(e.year));
  for (const enrolment of random.sample(roomy, NOISE.reRegistrations, () => 1)) {
    const day = enrolment.enrolled.day + random.int(7, 30);
    out.add(
      { day, minute: 9 * 60 + random.int(0, 720) },
      random.int(0, 59),
      courseStatement(enrolment, 'registered', { registration: random.uuid() }),
    );
  }

  // A completion the LMS sent at enrolment by mistake, voided; the real one comes later.
  const finishedLater = enrolments.filter(
    (e) =>
      e.completed &&
      e.completed.day > e.enrolled.day &&
      e.course.mode === 'async' &&
      e.course.format !== 'instant',
  );
  for (const enrolment of random.sample(finishedLater, NOISE.voidedCompletions, () => 1)) {
    const at = { day: enrolment.enrolled.day, minute: minuteAfter(enrolment.enrolled.minute, 1) };
    const mistake = out.add(
      at,
      random.int(0, 59),
      courseStatement(enrolment, 'completed', { result: completionResult(random) }),
    );
    out.add(
      { day: at.day + random.int(1, 3), minute: 9 * 60 + random.int(0, 480) },
      random.int(0, 59),
      voiding(mistake),
    );
  }

  // A registration to the wrong course, voided: if it counted, enrolments would be off.
  const takenBy = new Map<DemoPerson, Set<DemoCourse>>();
  for (const e of enrolments) {
    let set = takenBy.get(e.person);
    if (!set) takenBy.set(e.person, (set = new Set()));
    set.add(e.course);
  }
  for (const enrolment of random.sample(roomy, NOISE.voidedRegistrations, () => 1)) {
    const start = random.int(0, courses.length - 1);
    const wrong = [...courses.slice(start), ...courses.slice(0, start)].find(
      (course) =>
        course.years.includes(enrolment.year) &&
        !course.session &&
        !takenBy.get(enrolment.person)!.has(course),
    );
    if (!wrong) throw new Error('No course left to register by mistake.');
    const mistaken = { ...enrolment, course: wrong, registration: random.uuid() };
    const at = { day: enrolment.enrolled.day, minute: minuteAfter(enrolment.enrolled.minute, 2) };
    const mistake = out.add(at, random.int(0, 59), courseStatement(mistaken, 'registered'));
    out.add(
      { day: at.day + 1, minute: 9 * 60 + random.int(0, 480) },
      random.int(0, 59),
      voiding(mistake),
    );
  }

  teams(out, random, persons, courses);

  // Guides opened by people already active that year, outside any course.
  for (let count = 0; count < NOISE.looseResources; count += 1) {
    const enrolment = enrolments[random.int(0, enrolments.length - 1)];
    const resource = random.pick(LOOSE_RESOURCES);
    const day = Math.min(enrolment.enrolled.day + random.int(0, 20), lastDayOf(enrolment.year));
    out.add({ day, minute: 9 * 60 + random.int(0, 720) }, random.int(0, 59), (id, timestamp) => ({
      id,
      actor: actorOf(enrolment.person, 'webinars'),
      verb: verb('experienced'),
      object: {
        objectType: 'Activity',
        id: resource.id,
        definition: {
          name: { ca: resource.title },
          type: 'http://adlnet.gov/expapi/activities/file',
        },
      },
      context: { platform: 'Web Cibernàrium', language: 'ca' },
      timestamp,
    }));
  }

  // Retries: the same statement (same id, same bytes) again a little later.
  const originals = random.sample(out.planned, NOISE.resent, () => 1);
  for (const original of originals) out.resend(original, random.int(1, 120));
}

const TEAMS = [
  'Associació de veïns',
  'Biblioteca',
  'Casal de gent gran',
  'Espai jove',
  'Cooperativa',
  'Fundació',
  "Escola d'adults",
  'Centre cívic',
];

/**
 * Organisations that book a masterclass for their members as one Group:
 * stored and served by the LRS, never counted (spec section 1).
 */
function teams(
  out: StatementWriter,
  random: DemoRandom,
  persons: readonly DemoPerson[],
  courses: readonly DemoCourse[],
): void {
  const masterclasses = courses.filter((course) => course.session);
  for (let team = 0; team < NOISE.groups; team += 1) {
    const name = `${TEAMS[team % TEAMS.length]} ${team + 1}`;
    // Half are identified groups; the others are anonymous, named by their members.
    const actor =
      team % 2 === 0
        ? { objectType: 'Group', name, mbox: `mailto:equip${team + 1}@entitats.example.org` }
        : {
            objectType: 'Group',
            name,
            member: [0, 1, 2].map(() => {
              const member = persons[random.int(0, persons.length - 1)];
              return member.email
                ? { objectType: 'Agent', mbox: `mailto:${member.email}` }
                : { objectType: 'Agent', account: { homePage: CAMPUS, name: member.accountName! } };
            }),
          };
    for (const course of random.sample(masterclasses, random.int(1, 4), () => 1)) {
      const session = course.session!;
      const booked = { day: session.day - random.int(1, 14), minute: 10 * 60 + random.int(0, 420) };
      const year = yearOfDay(session.day) as DemoYear;
      const bookedDay = { ...booked, day: Math.max(booked.day, lastDayOf(year - 1) + 1) };
      const statement = (name: Verb) => (id: string, timestamp: string) => ({
        id,
        actor,
        verb: verb(name),
        object: courseObject(course, name === 'registered'),
        context: { platform: PLATFORM_NAME.webinars, language: 'ca' },
        timestamp,
      });
      out.add(bookedDay, random.int(0, 59), statement('registered'));
      if (random.chance(0.7)) {
        out.add(
          { day: session.day, minute: session.minute + 90 },
          random.int(0, 59),
          statement('attended'),
        );
      }
    }
  }
}
