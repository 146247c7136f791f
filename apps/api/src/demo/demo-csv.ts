import { COURSE_CATALOGUE_COLUMNS, LEARNER_REGISTRY_COLUMNS } from '@fita/metrics';
import type { DemoCourse } from './demo-catalogue.js';
import { CAMPUS, type DemoPerson } from './demo-population.js';

/** A CSV field, quoted only when it must be (RFC 4180). */
function field(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csv(header: readonly string[], rows: (string | number | null)[][]): string {
  return [header, ...rows].map((row) => row.map(field).join(',')).join('\n') + '\n';
}

/**
 * The learner registry (spec section 9): one row per identifier, so a person
 * with an e-mail and an LMS account has two rows with the same person_id and
 * the same demographics. Guests the registry never heard of have no row.
 */
export function registryCsv(persons: readonly DemoPerson[]): string {
  const rows: (string | number | null)[][] = [];
  for (const person of persons) {
    if (!person.registered) continue;
    const demographics = [
      person.sex,
      person.birthYear,
      person.iscedLevel,
      person.employment,
      person.municipality,
      person.district,
    ];
    if (person.email) rows.push([person.personId, person.email, null, null, ...demographics]);
    if (person.accountName) {
      rows.push([person.personId, null, CAMPUS, person.accountName, ...demographics]);
    }
  }
  return csv(LEARNER_REGISTRY_COLUMNS, rows);
}

/** The course catalogue (spec section 9); pilots are left out, as the real catalogue missed them. */
export function catalogueCsv(courses: readonly DemoCourse[]): string {
  return csv(
    COURSE_CATALOGUE_COLUMNS,
    courses
      .filter((course) => course.catalogued)
      .map((course) => [
        course.id,
        course.title,
        course.format,
        course.mode,
        course.programme,
        course.tags.join(';'),
      ]),
  );
}
