import { demoCourses, type DemoCourse } from './demo-catalogue.js';
import { catalogueCsv, registryCsv } from './demo-csv.js';
import { demoEnrolments } from './demo-enrolments.js';
import { DEMO_OPERATION, type DemoOperation } from './demo-operation.js';
import { demoPopulation } from './demo-population.js';
import { DemoRandom } from './demo-random.js';
import { demoStatements } from './demo-statements.js';
import type { PlannedStatement } from './demo-xapi.js';

/** The seed of the demo everyone gets; another seed draws other people and days to the same targets. */
export const DEMO_SEED = 2017;

/** Everything the demo loads, before it is written to files. */
export interface DemoDataset {
  seed: number;
  registryCsv: string;
  catalogueCsv: string;
  operation: DemoOperation;
  /** In the order an LRS would have received them. */
  statements: PlannedStatement[];
}

/**
 * The whole demo from one seed: persons, courses, five years of statements
 * and the operation. Pure and deterministic: the same seed gives the same
 * dataset on every machine.
 */
export function generateDemo(seed: number = DEMO_SEED): DemoDataset {
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
    throw new RangeError(`The seed must be a whole number from 0 to 4294967295, got ${seed}.`);
  }
  const random = new DemoRandom(seed);
  const courses = demoCourses(random.fork('catalogue'));
  const persons = demoPopulation(random.fork('population'));
  const enrolments = demoEnrolments(random.fork('enrolments'), persons, courses);
  assertEveryCourseTaken(courses, new Set(enrolments.map((enrolment) => enrolment.course)));
  return {
    seed,
    registryCsv: registryCsv(persons),
    catalogueCsv: catalogueCsv(courses),
    operation: DEMO_OPERATION,
    statements: demoStatements(random.fork('statements'), persons, courses, enrolments),
  };
}

/** A catalogued course nobody took would be a dead row in the demo (and an equality course less). */
function assertEveryCourseTaken(courses: readonly DemoCourse[], taken: ReadonlySet<DemoCourse>) {
  const idle = courses.filter((course) => !taken.has(course));
  if (idle.length > 0) {
    throw new Error(`Courses nobody enrolled in: ${idle.map((course) => course.id).join(', ')}`);
  }
}
