import {
  COURSE_CATALOGUE_COLUMNS,
  LEARNER_REGISTRY_COLUMNS,
  type CourseFormat,
} from '@fita/metrics';
import type { Agent } from '@fita/xapi';

/** The LMS most statements come from, and the live-session platform some learners use. */
export const LMS = 'https://lms.bench.example.org';
export const MEET = 'https://meet.bench.example.org';

export interface BenchCourse {
  index: number;
  id: string;
  title: string;
  format: CourseFormat;
  /** Modules of a self-paced course; 1 for instant courses and live sessions. */
  modules: number;
  programme: string;
  /** Listed in the catalogue; the others are found only in statements (spec section 3, rule 3). */
  catalogued: boolean;
}

/** Who learns and what there is to learn, sized to the number of statements. */
export interface BenchPopulation {
  learners: number;
  courses: BenchCourse[];
}

const PROGRAMMES = ['digital-skills', 'women-in-tech', 'entrepreneurship', 'public-sector'];
const CATALOGUED = 300;
const UNCATALOGUED = 20;

/**
 * Tens of thousands of learners for a million statements or more (about one
 * learner per 50 statements, at most 100,000), taking courses from a
 * catalogue of 300 plus 20 courses the catalogue does not list.
 */
export function benchPopulation(statements: number): BenchPopulation {
  const learners = Math.min(100_000, Math.max(200, Math.round(statements / 50)));
  const courses = Array.from({ length: CATALOGUED + UNCATALOGUED }, (_, index) => {
    const format = formatOf(index);
    return {
      index,
      id: `${LMS}/courses/${index}`,
      title: `${format === 'masterclass' ? 'Masterclass' : 'Course'} ${index}`,
      format,
      modules: format === 'mooc' ? 6 + (index % 5) : format === 'course' ? 3 + (index % 4) : 1,
      programme: `${LMS}/programmes/${PROGRAMMES[index % PROGRAMMES.length]}`,
      catalogued: index < CATALOGUED,
    };
  });
  return { learners, courses };
}

function formatOf(index: number): CourseFormat {
  const slot = index % 10;
  if (slot < 3) return 'mooc';
  if (slot < 5) return 'instant';
  if (slot === 5) return 'masterclass';
  return 'course';
}

/**
 * How a learner appears in statements: by e-mail on the LMS; every fourth
 * learner joins live sessions with an account on the meeting platform, so
 * the registry has to merge two actor keys into one person.
 */
export function learnerAgent(learner: number, platform: 'lms' | 'meet'): Agent {
  return platform === 'meet' && hasMeetAccount(learner)
    ? { objectType: 'Agent', name: `Learner ${learner}`, account: meetAccount(learner) }
    : { objectType: 'Agent', name: `Learner ${learner}`, mbox: `mailto:${emailOf(learner)}` };
}

function hasMeetAccount(learner: number): boolean {
  return learner % 4 === 0;
}

function meetAccount(learner: number) {
  return { homePage: MEET, name: `user-${learner}` };
}

function emailOf(learner: number): string {
  return `learner${learner}@bench.example.org`;
}

/** The catalogue file (spec section 9) listing the catalogued courses. */
export function courseCatalogueCsv(population: BenchPopulation): string {
  const lines = population.courses
    .filter((course) => course.catalogued)
    .map((course) => {
      const values: Record<(typeof COURSE_CATALOGUE_COLUMNS)[number], string> = {
        activity_id: course.id,
        title: course.title,
        format: course.format,
        mode: course.format === 'masterclass' ? 'sync' : 'async',
        programme: course.programme.slice(course.programme.lastIndexOf('/') + 1),
        tags: course.index % 3 === 0 ? 'digital-skills;equality' : 'digital-skills',
      };
      return COURSE_CATALOGUE_COLUMNS.map((column) => values[column]).join(',');
    });
  return `${[COURSE_CATALOGUE_COLUMNS.join(','), ...lines].join('\n')}\n`;
}

const SEXES = ['woman', 'man', 'woman', 'man', 'non_binary', ''];
const EMPLOYMENT = ['employed', 'self_employed', 'unemployed', 'inactive', 'student', ''];
const TOWNS = ['Barcelona', "L'Hospitalet de Llobregat", 'Badalona', 'Sabadell', 'Terrassa'];

/**
 * The learner registry (spec section 9) for 85 % of the learners (the rest are
 * persons of their own with unknown demographics): an e-mail row each, and an
 * account row for those with a meeting-platform account.
 */
export function learnerRegistryCsv(population: BenchPopulation): string {
  const lines = [LEARNER_REGISTRY_COLUMNS.join(',')];
  for (let learner = 0; learner < population.learners; learner += 1) {
    if (learner % 20 >= 17) continue;
    const demographics = [
      SEXES[learner % SEXES.length],
      learner % 11 === 0 ? '' : String(1950 + ((learner * 7) % 56)),
      learner % 9 === 0 ? '' : String(learner % 9),
      EMPLOYMENT[learner % EMPLOYMENT.length],
      `"${TOWNS[learner % TOWNS.length]}"`,
      learner % 4 === 1 ? `District ${learner % 10}` : '',
    ].join(',');
    lines.push(`P${learner},${emailOf(learner)},,,${demographics}`);
    if (hasMeetAccount(learner)) {
      const account = meetAccount(learner);
      lines.push(`P${learner},,${account.homePage},${account.name},${demographics}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
