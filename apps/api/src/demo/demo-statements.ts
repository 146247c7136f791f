import type { DemoCourse } from './demo-catalogue.js';
import type { DemoEnrolment } from './demo-enrolments.js';
import { journey } from './demo-journeys.js';
import { noise } from './demo-noise.js';
import type { DemoPerson } from './demo-population.js';
import type { DemoRandom } from './demo-random.js';
import { StatementWriter, type PlannedStatement } from './demo-xapi.js';

/**
 * Turns the plan into xAPI statements as Cibernàrium's three platforms would
 * send them: the Moodle campus (LMS accounts), the instant-course player
 * (hashed e-mails) and the webinar platform (e-mails). Besides each first
 * enrolment and completion: launches, cmi5-style sessions and progress, a
 * `passed` after some completions, and the noise of NOISE (demo-noise.ts). Every statement of
 * a learner falls in a year they are active in, so nothing here adds a user.
 */
export function demoStatements(
  random: DemoRandom,
  persons: readonly DemoPerson[],
  courses: readonly DemoCourse[],
  enrolments: readonly DemoEnrolment[],
): PlannedStatement[] {
  const out = new StatementWriter(random.fork('ids'));
  const draw = random.fork('journeys');
  for (const enrolment of enrolments) journey(out, draw, enrolment);
  noise(out, random.fork('noise'), persons, courses, enrolments);
  return out.sorted();
}
