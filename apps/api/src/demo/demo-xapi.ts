import { createHash } from 'node:crypto';
import { utcInstant } from './demo-calendar.js';
import { ACTIVITY_BASE, type DemoCourse } from './demo-catalogue.js';
import type { DemoEnrolment, LocalMoment } from './demo-enrolments.js';
import { CAMPUS, type DemoPerson } from './demo-population.js';
import type { DemoRandom } from './demo-random.js';

// The pieces every demo statement is built from: who, which verb, which
// activity, in which context, as each of Cibernàrium's platforms sends them.

const ADL = 'http://adlnet.gov/expapi/verbs';
export type Verb =
  | 'registered'
  | 'launched'
  | 'initialized'
  | 'progressed'
  | 'terminated'
  | 'completed'
  | 'passed'
  | 'attended'
  | 'experienced'
  | 'voided';

const CAMPUS_ADMIN = {
  objectType: 'Agent',
  name: 'Campus administrator',
  mbox: 'mailto:campus-admin@cibernarium.example.org',
};

/** Where a statement comes from: it decides how the learner is named (see `actorOf`). */
type Platform = 'campus' | 'instant' | 'webinars';
export const PLATFORM_NAME: Record<Platform, string> = {
  campus: 'Campus Cibernàrium (Moodle)',
  instant: 'Cibernàrium Instant',
  webinars: 'Webinars Cibernàrium',
};

/** A statement to be written: its instant orders the file, `build` makes the JSON when written. */
export interface PlannedStatement {
  at: number;
  order: number;
  id: string;
  build(): Record<string, unknown>;
}

export class StatementWriter {
  readonly planned: PlannedStatement[] = [];
  private order = 0;

  constructor(private readonly ids: DemoRandom) {}

  add(
    moment: LocalMoment,
    second: number,
    build: (id: string, timestamp: string) => Record<string, unknown>,
  ): PlannedStatement {
    const timestamp = utcInstant(moment.day, moment.minute, second);
    const id = this.ids.uuid();
    const statement: PlannedStatement = {
      at: Date.parse(timestamp),
      order: this.order++,
      id,
      build: () => build(id, timestamp),
    };
    this.planned.push(statement);
    return statement;
  }

  /** The same statement again, sent `minutes` later: same id, same bytes. */
  resend(original: PlannedStatement, minutes: number): void {
    this.planned.push({ ...original, at: original.at + minutes * 60_000, order: this.order++ });
  }

  sorted(): PlannedStatement[] {
    return this.planned.sort((a, b) => a.at - b.at || a.order - b.order);
  }
}

export function platformOf(course: DemoCourse): Platform {
  if (course.format === 'instant') return 'instant';
  return course.mode === 'sync' ? 'webinars' : 'campus';
}

/** The campus names people by LMS account, the instant player by hashed e-mail, webinars by e-mail. */
export function actorOf(person: DemoPerson, platform: Platform): Record<string, unknown> {
  const account = person.accountName
    ? { objectType: 'Agent', account: { homePage: CAMPUS, name: person.accountName } }
    : null;
  if (person.email === null) return account!;
  if (platform === 'campus' && account) return account;
  if (platform === 'instant') {
    const sha1 = createHash('sha1').update(`mailto:${person.email}`).digest('hex');
    return { objectType: 'Agent', mbox_sha1sum: sha1 };
  }
  return { objectType: 'Agent', mbox: `mailto:${person.email}` };
}

const ACTIVITY_TYPE: Record<DemoCourse['format'], string> = {
  mooc: 'http://adlnet.gov/expapi/activities/course',
  course: 'http://adlnet.gov/expapi/activities/course',
  instant: 'http://adlnet.gov/expapi/activities/lesson',
  masterclass: 'http://adlnet.gov/expapi/activities/meeting',
};

export function verb(name: Verb) {
  return { id: `${ADL}/${name}`, display: { 'en-US': name } };
}

export function courseObject(course: DemoCourse, defined: boolean): Record<string, unknown> {
  return defined
    ? {
        objectType: 'Activity',
        id: course.id,
        definition: { name: { ca: course.title }, type: ACTIVITY_TYPE[course.format] },
      }
    : { objectType: 'Activity', id: course.id };
}

function contextOf(enrolment: DemoEnrolment, registration: string, withParent: boolean) {
  const { course } = enrolment;
  const grouping = [
    { objectType: 'Activity', id: `${ACTIVITY_BASE}/programmes/${course.programme}` },
  ];
  return {
    registration,
    contextActivities: withParent
      ? { parent: [{ objectType: 'Activity', id: course.id }], grouping }
      : { grouping },
    platform: PLATFORM_NAME[platformOf(course)],
    language: 'ca',
  };
}

/** One statement of an enrolment's journey. */
export function courseStatement(
  enrolment: DemoEnrolment,
  name: Verb,
  options: {
    registration?: string;
    object?: Record<string, unknown>;
    result?: Record<string, unknown>;
  } = {},
) {
  return (id: string, timestamp: string): Record<string, unknown> => ({
    id,
    actor: actorOf(enrolment.person, platformOf(enrolment.course)),
    verb: verb(name),
    object: options.object ?? courseObject(enrolment.course, name === 'registered'),
    ...(options.result && { result: options.result }),
    context: contextOf(
      enrolment,
      options.registration ?? enrolment.registration,
      options.object !== undefined,
    ),
    timestamp,
  });
}

export function completionResult(random: DemoRandom): Record<string, unknown> {
  const raw = random.int(60, 100);
  return {
    score: { scaled: raw / 100, raw, min: 0, max: 100 },
    success: true,
    completion: true,
    duration: `PT${random.int(1, 30)}H${random.int(0, 59)}M`,
  };
}

export function voiding(target: PlannedStatement) {
  return (id: string, timestamp: string): Record<string, unknown> => ({
    id,
    actor: CAMPUS_ADMIN,
    verb: verb('voided'),
    object: { objectType: 'StatementRef', id: target.id },
    timestamp,
  });
}
