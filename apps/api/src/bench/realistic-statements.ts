import { randomUUID } from 'node:crypto';

/**
 * A statement shaped like what an LMS sends (about 1 KB): named actor, verb
 * display, activity definition, result, registration, context activities,
 * platform, language and extensions.
 */
export function realisticStatement(
  learner: number,
  course: number,
  at: Date,
): Record<string, unknown> {
  const courseId = `https://lms.bench.example.org/courses/${course}`;
  return {
    id: randomUUID(),
    actor: {
      objectType: 'Agent',
      name: `Learner ${learner}`,
      mbox: `mailto:learner${learner}@bench.example.org`,
    },
    verb: {
      id: 'http://adlnet.gov/expapi/verbs/completed',
      display: { 'en-US': 'completed', 'es-ES': 'completó' },
    },
    object: {
      objectType: 'Activity',
      id: `${courseId}/modules/${learner % 12}`,
      definition: {
        name: {
          'en-US': `Module ${learner % 12} of course ${course}`,
          'ca-ES': `Mòdul ${learner % 12}`,
        },
        description: { 'en-US': 'A short module about digital skills for public services.' },
        type: 'http://adlnet.gov/expapi/activities/module',
      },
    },
    result: {
      score: { scaled: 0.85, raw: 85, min: 0, max: 100 },
      success: true,
      completion: true,
      duration: 'PT14M32S',
    },
    context: {
      registration: randomUUID(),
      contextActivities: {
        parent: [{ id: courseId, objectType: 'Activity' }],
        grouping: [
          { id: 'https://lms.bench.example.org/programmes/cibernarium', objectType: 'Activity' },
        ],
      },
      platform: 'Moodle 4.3',
      language: 'ca-ES',
      extensions: { 'https://lms.bench.example.org/extensions/session': `s-${learner}-${course}` },
    },
    timestamp: at.toISOString(),
  };
}

/**
 * Statements serialized once without their ids. A load generator shares the
 * machine's cores with the server it measures, so a request only adds fresh
 * ids to text it already has.
 */
export class StatementTemplates {
  private readonly bodies: string[];

  constructor(statements: Iterable<object>) {
    this.bodies = [...statements].map((statement) => {
      const { id: _id, ...rest } = statement as { id?: string };
      return JSON.stringify(rest).slice(1);
    });
    if (this.bodies.length === 0) throw new Error('statement templates need a statement');
  }

  get size(): number {
    return this.bodies.length;
  }

  /** Template `index` (modulo the number of templates) as a statement with `id`. */
  json(index: number, id: string): string {
    return `{"id":"${id}",${this.bodies[index % this.bodies.length]}`;
  }

  /** A JSON array of `size` statements from template `first` on, each with a fresh id. */
  batch(first: number, size: number): string {
    const statements = Array.from({ length: size }, (_, n) => this.json(first + n, randomUUID()));
    return `[${statements.join(',')}]`;
  }
}
