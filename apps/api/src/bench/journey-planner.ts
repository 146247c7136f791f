import { createHash } from 'node:crypto';
import type { Activity, Actor, Agent, Result, Statement, StatementRef } from '@fita/xapi';
import {
  learnerAgent,
  type BenchCourse,
  type BenchPopulation,
  LMS,
  MEET,
} from './bench-population.js';
import { mulberry32 } from './statement-generator.js';

const ADLNET = 'http://adlnet.gov/expapi/verbs';
const VERBS = {
  registered: { id: `${ADLNET}/registered`, display: { 'en-US': 'registered' } },
  launched: { id: `${ADLNET}/launched`, display: { 'en-US': 'launched' } },
  experienced: { id: `${ADLNET}/experienced`, display: { 'en-US': 'experienced' } },
  completed: { id: `${ADLNET}/completed`, display: { 'en-US': 'completed' } },
  passed: { id: `${ADLNET}/passed`, display: { 'en-US': 'passed' } },
  attended: { id: `${ADLNET}/attended`, display: { 'en-US': 'attended' } },
  voided: { id: `${ADLNET}/voided`, display: { 'en-US': 'voided' } },
};
type VerbName = keyof typeof VERBS;

const LMS_ADMIN: Agent = {
  objectType: 'Agent',
  name: 'LMS administrator',
  mbox: 'mailto:lms-admin@bench.example.org',
};

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** A statement planned but not yet built: kept small, since weeks of them wait in memory. */
export interface Planned {
  order: number;
  id: string;
  at: number;
  stored: number;
  actor: Actor;
  verb: VerbName;
  object: Activity | StatementRef;
  parent?: Activity[];
  grouping?: Activity[];
  registration?: string;
  result?: Result;
  platform: string;
  voidedBy?: Planned;
}

/**
 * Plans learners' journeys through courses as statements, from a seeded
 * random stream: the same seed plans the same journeys on every machine.
 */
export class Planner {
  private readonly random: () => number;
  private order = 0;
  private readonly activities = new Map<string, Activity>();
  private readonly references = new Map<string, Activity>();

  constructor(
    private readonly population: BenchPopulation,
    private readonly namespace: string,
    seed: number,
  ) {
    this.random = mulberry32(seed);
  }

  between(low: number, high: number): number {
    return low + Math.floor(this.random() * (high - low));
  }

  /**
   * One learner taking one course from `start`: its statements up to `end`,
   * sorted by when they were stored.
   */
  journey(start: number, end: number): Planned[] {
    const { learners, courses } = this.population;
    // A few learners take many courses, and a few courses draw most learners.
    const learner = Math.floor(learners * this.random() ** 1.4);
    const course = courses[Math.floor(courses.length * this.random() ** 1.6)];
    const registration = this.uuid();
    const lms = learnerAgent(learner, 'lms');
    const programme = this.reference(course.programme);
    const courseRef = this.reference(course.id);
    const planned: Planned[] = [];
    let at = start;
    const add = (
      actor: Actor,
      verb: VerbName,
      object: Activity,
      context: { parent?: Activity[]; grouping?: Activity[]; platform?: string },
      result?: Result,
    ) => {
      const statement: Planned = {
        order: this.order++,
        id: this.uuid(),
        at,
        stored: at + this.arrivalDelay(),
        actor,
        verb,
        object,
        registration,
        platform: context.platform ?? 'Moodle 3.11',
        ...(context.parent && { parent: context.parent }),
        ...(context.grouping && { grouping: context.grouping }),
        ...(result && { result }),
      };
      planned.push(statement);
      return statement;
    };

    add(lms, 'registered', this.courseActivity(course), { grouping: [programme] });
    if (course.format === 'masterclass') {
      at += this.between(DAY, 20 * DAY);
      if (this.random() < 0.8) {
        const team = this.random() < 0.01;
        const actor: Actor = team
          ? {
              objectType: 'Group',
              name: `Team ${learner % 50}`,
              mbox: `mailto:team-${learner % 50}@bench.example.org`,
            }
          : learnerAgent(learner, 'meet');
        add(actor, 'attended', this.sessionActivity(course), {
          parent: [courseRef],
          grouping: [programme],
          platform: 'Meet',
        });
      }
    } else if (course.format === 'instant') {
      at += this.between(MINUTE, HOUR);
      add(lms, 'launched', this.courseActivity(course), { grouping: [programme] });
      for (let r = this.between(1, 4); r > 0; r -= 1) {
        at += this.between(MINUTE, 15 * MINUTE);
        add(lms, 'experienced', this.resourceActivity(course, 0, r), {
          parent: [courseRef],
          grouping: [programme],
        });
      }
      if (this.random() < 0.75) {
        at += this.between(MINUTE, 10 * MINUTE);
        add(lms, 'completed', this.courseActivity(course), { grouping: [programme] }, this.score());
      }
    } else {
      const dropout = course.format === 'mooc' ? 0.12 : 0.06;
      let finished = true;
      for (let m = 0; m < course.modules; m += 1) {
        if (this.random() < dropout) {
          finished = false;
          break;
        }
        at += this.between(2 * HOUR, 5 * DAY);
        const module = this.moduleActivity(course, m);
        add(lms, 'launched', module, { parent: [courseRef], grouping: [programme] });
        for (let r = this.between(1, 5); r > 0; r -= 1) {
          at += this.between(2 * MINUTE, 30 * MINUTE);
          add(lms, 'experienced', this.resourceActivity(course, m, r), {
            parent: [this.reference(module.id)],
            grouping: [programme, courseRef],
          });
        }
        at += this.between(MINUTE, 20 * MINUTE);
        add(
          lms,
          'completed',
          module,
          { parent: [courseRef], grouping: [programme] },
          { completion: true, duration: `PT${this.between(5, 59)}M${this.between(0, 59)}S` },
        );
      }
      if (finished) {
        at += this.between(MINUTE, HOUR);
        add(lms, 'completed', this.courseActivity(course), { grouping: [programme] }, this.score());
        if (this.random() < 0.6) {
          at += this.between(MINUTE, 10 * MINUTE);
          add(lms, 'passed', this.courseActivity(course), { grouping: [programme] }, this.score());
        }
      }
    }
    return this.withCorrections(planned)
      .filter((statement) => statement.at < end)
      .sort((a, b) => a.stored - b.stored || a.order - b.order);
  }

  /** A voiding statement from the LMS administrator. */
  voiding(target: string, at: number): Planned {
    return {
      order: this.order++,
      id: this.uuid(),
      at,
      stored: at + this.arrivalDelay(),
      actor: LMS_ADMIN,
      verb: 'voided',
      object: { objectType: 'StatementRef', id: target },
      platform: 'Moodle 3.11',
    };
  }

  /**
   * Re-sends (1.5 %: the same statement again under a new id, later) and
   * voided completions (1 %: voided by the administrator, then re-issued
   * corrected more often than not).
   */
  private withCorrections(planned: Planned[]): Planned[] {
    const all = [...planned];
    for (const statement of planned) {
      if (this.random() < 0.015) {
        all.push({
          ...statement,
          order: this.order++,
          id: this.uuid(),
          stored: statement.stored + this.between(MINUTE, 3 * DAY),
        });
      }
      const completion = ['completed', 'passed', 'attended'].includes(statement.verb);
      if (completion && this.random() < 0.01) {
        const voiding = this.voiding(statement.id, statement.stored + this.between(HOUR, 30 * DAY));
        statement.voidedBy = voiding;
        all.push(voiding);
        if (this.random() < 0.6) {
          all.push({
            ...statement,
            order: this.order++,
            id: this.uuid(),
            at: voiding.at,
            stored: voiding.stored + 1000,
            voidedBy: undefined,
            ...(statement.result && { result: this.score() }),
          });
        }
      }
    }
    return all;
  }

  /** Most statements arrive within two minutes, some within the hour, 1 % days late. */
  private arrivalDelay(): number {
    const draw = this.random();
    if (draw < 0.9) return this.between(1000, 2 * MINUTE);
    if (draw < 0.99) return this.between(2 * MINUTE, HOUR);
    return this.between(DAY, 7 * DAY);
  }

  private score(): Result {
    const raw = this.between(50, 101);
    return {
      score: { scaled: raw / 100, raw, min: 0, max: 100 },
      success: raw >= 60,
      completion: true,
      duration: `PT${this.between(1, 40)}H${this.between(0, 59)}M`,
    };
  }

  private courseActivity(course: BenchCourse): Activity {
    return this.activity(course.id, () => ({
      name: { 'en-US': course.title, 'ca-ES': `Curs ${course.index}` },
      description: { 'en-US': 'Digital skills for work and for public services.' },
      type: 'http://adlnet.gov/expapi/activities/course',
    }));
  }

  private moduleActivity(course: BenchCourse, module: number): Activity {
    return this.activity(`${course.id}/modules/${module}`, () => ({
      name: { 'en-US': `Module ${module} of ${course.title}`, 'ca-ES': `Mòdul ${module}` },
      type: 'http://adlnet.gov/expapi/activities/module',
    }));
  }

  private resourceActivity(course: BenchCourse, module: number, resource: number): Activity {
    return this.activity(`${course.id}/modules/${module}/resources/${resource}`, () => ({
      name: { 'en-US': `Lesson ${resource}` },
      type: 'http://adlnet.gov/expapi/activities/lesson',
    }));
  }

  private sessionActivity(course: BenchCourse): Activity {
    return this.activity(`${MEET}/sessions/${course.index}`, () => ({
      name: { 'en-US': `Live session of ${course.title}` },
      type: 'http://adlnet.gov/expapi/activities/meeting',
    }));
  }

  /** Activities are shared between statements: building a statement copies nothing. */
  private activity(id: string, definition: () => Activity['definition']): Activity {
    let activity = this.activities.get(id);
    if (!activity)
      this.activities.set(
        id,
        (activity = { objectType: 'Activity', id, definition: definition() }),
      );
    return activity;
  }

  private reference(id: string): Activity {
    let reference = this.references.get(id);
    if (!reference) this.references.set(id, (reference = { objectType: 'Activity', id }));
    return reference;
  }

  private idCount = 0;

  /** Ids look random, as an LMS's do, yet are the same on every run. */
  private uuid(): string {
    const hex = createHash('sha1').update(`${this.namespace}:${this.idCount++}`).digest('hex');
    const variant = ((parseInt(hex[16], 16) & 3) | 8).toString(16);
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  }
}

/** The statement as the LMS sends it. */
export function statementOf(planned: Planned): Statement {
  const statement: Statement = {
    id: planned.id,
    actor: planned.actor,
    verb: VERBS[planned.verb],
    object: planned.object,
    timestamp: new Date(planned.at).toISOString(),
  };
  if (planned.result) statement.result = planned.result;
  if (planned.verb !== 'voided') {
    statement.context = {
      registration: planned.registration,
      contextActivities: {
        ...(planned.parent && { parent: planned.parent }),
        ...(planned.grouping && { grouping: planned.grouping }),
      },
      platform: planned.platform,
      language: 'ca-ES',
      extensions: { [`${LMS}/extensions/client`]: 'web' },
    };
  }
  return statement;
}
