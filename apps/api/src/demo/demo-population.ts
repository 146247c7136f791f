import type { EmploymentStatus, Sex } from '@fita/metrics';
import { DEMO_YEARS, type DemoYear } from './demo-calendar.js';
import type { DemoRandom } from './demo-random.js';
import { POPULATION, YEAR_TARGETS } from './demo-targets.js';

export const CAMPUS = 'https://campus.cibernarium.example.org';

/** How statements name a person: the LMS account, the e-mail, or both (the registry joins them). */
export type IdentityKind = 'email' | 'account' | 'emailAndAccount';

export interface DemoPerson {
  index: number;
  personId: string;
  /** False for a guest's e-mail the registry never heard of (spec section 2). */
  registered: boolean;
  identity: IdentityKind;
  email: string | null;
  accountName: string | null;
  sex: Sex | null;
  birthYear: number | null;
  iscedLevel: number | null;
  employment: EmploymentStatus | null;
  municipality: string | null;
  district: string | null;
  /** The years with at least one counting statement, ascending. */
  years: DemoYear[];
  /** How many courses they take, relative to others. */
  appetite: number;
  /** How likely they are to finish what they start, relative to others. */
  diligence: number;
}

type AgeBand = (typeof POPULATION.ageBands)[number];
type EducationGroup = (typeof POPULATION.education)[number];

const WOMEN = [
  'Marta',
  'Laia',
  'Núria',
  'Montserrat',
  'Anna',
  'Carmen',
  'Lucía',
  'Maria',
  'Júlia',
  'Rosa',
  'Paula',
  'Cristina',
  'Elena',
  'Sílvia',
  'Mercè',
  'Fatima',
  'Aina',
  'Irene',
  'Eva',
  'Pilar',
];
const MEN = [
  'Jordi',
  'Marc',
  'Josep',
  'David',
  'Pau',
  'Antonio',
  'Xavier',
  'Sergi',
  'Àlex',
  'Manuel',
  'Javier',
  'Oriol',
  'Joan',
  'Carlos',
  'Albert',
  'Mohamed',
  'Pere',
  'Daniel',
  'Arnau',
  'Miguel',
];
const SURNAMES = [
  'Garcia',
  'Martínez',
  'López',
  'Puig',
  'Vidal',
  'Soler',
  'Ferrer',
  'Serra',
  'Font',
  'Roca',
  'Sánchez',
  'Pérez',
  'Fernández',
  'Rodríguez',
  'Casas',
  'Vila',
  'Costa',
  'Pujol',
  'Mas',
  'Rovira',
  'Torres',
  'Ruiz',
  'Navarro',
  'Gil',
  'Romero',
];
const MAIL_DOMAINS = ['example.org', 'example.net', 'example.com'];

// Barcelona's ten districts, weighted by population.
const DISTRICTS: [string, number][] = [
  ['Ciutat Vella', 6.6],
  ['Eixample', 16.4],
  ['Sants-Montjuïc', 11.4],
  ['Les Corts', 5.1],
  ['Sarrià-Sant Gervasi', 9.0],
  ['Gràcia', 7.5],
  ['Horta-Guinardó', 10.5],
  ['Nou Barris', 10.6],
  ['Sant Andreu', 9.2],
  ['Sant Martí', 14.7],
];
const METROPOLIS: [string, number][] = [
  ["L'Hospitalet de Llobregat", 1_500],
  ['Badalona', 900],
  ['Santa Coloma de Gramenet', 500],
  ['Cornellà de Llobregat', 450],
  ['Sabadell', 420],
  ['Terrassa', 400],
  ['Sant Cugat del Vallès', 380],
  ['Mataró', 300],
  ['El Prat de Llobregat', 300],
  ['Sant Adrià de Besòs', 250],
  ['Esplugues de Llobregat', 250],
  ['Girona', 120],
];

/** `count` copies of each value, then `null` up to `total`, shuffled. */
function quota<T>(random: DemoRandom, counts: [T, number][], total: number): (T | null)[] {
  const cells: (T | null)[] = counts.flatMap(([value, count]) => Array<T>(count).fill(value));
  if (cells.length > total)
    throw new RangeError(`Quotas of ${cells.length} exceed ${total} persons.`);
  while (cells.length < total) cells.push(null);
  return random.shuffle(cells);
}

/**
 * The 23,364 persons of the demo, each with the years they were active in
 * (exactly each year's users and newcomers) and demographics in exact
 * quotas. Returning learners favour those seen the year before.
 */
export function demoPopulation(random: DemoRandom): DemoPerson[] {
  const years = activeYears(random.fork('years'));
  const total = POPULATION.persons;
  const unknown = POPULATION.unregistered + POPULATION.withoutDemographics;
  const known = total - unknown;
  // Who lacks demographics is drawn first; everyone else takes the quotas below.
  const kinds = quota<'unregistered' | 'blank'>(
    random.fork('kinds'),
    [
      ['unregistered', POPULATION.unregistered],
      ['blank', POPULATION.withoutDemographics],
    ],
    total,
  );
  const draw = random.fork('demographics');
  const sexes = quota<Sex>(draw, Object.entries(POPULATION.sex) as [Sex, number][], known);
  const bands = quota(
    draw,
    POPULATION.ageBands.map((band) => [band, band.count] as [AgeBand, number]),
    known,
  );
  const education = quota(
    draw,
    POPULATION.education.map((group) => [group, group.count] as [EducationGroup, number]),
    known,
  );
  const places = residences(draw, known);
  const identities = quota<IdentityKind>(
    draw,
    [
      ['emailAndAccount', Math.round(known * POPULATION.identifiers.emailAndAccount)],
      ['account', Math.round(known * POPULATION.identifiers.accountOnly)],
    ],
    known,
  );
  const traits = random.fork('traits');
  const names = random.fork('names');

  const persons: DemoPerson[] = [];
  const withDemographics: DemoPerson[] = [];
  let next = 0;
  for (let index = 0; index < total; index += 1) {
    const kind = kinds[index];
    const personYears = years[index];
    const base = {
      index,
      personId: `CIB-${String(index + 1).padStart(6, '0')}`,
      years: personYears,
      appetite: Math.exp(traits.unit() * 2.4 - 1.2),
      diligence: 0.5 + traits.unit(),
    };
    if (kind !== null) {
      persons.push({
        ...base,
        registered: kind === 'blank',
        identity: 'email',
        email: emailOf(names, index, null),
        accountName: null,
        ...NO_DEMOGRAPHICS,
      });
      continue;
    }
    const at = next++;
    const sex = sexes[at];
    const band = bands[at];
    const age = band
      ? band.min + Math.floor(traits.unit() ** 1.15 * (band.max - band.min + 1))
      : null;
    const identity = identities[at] ?? 'email';
    const group = education[at];
    const person: DemoPerson = {
      ...base,
      registered: true,
      identity,
      email: identity === 'account' ? null : emailOf(names, index, sex),
      accountName: identity === 'email' ? null : `u${String(100_000 + index * 7).padStart(7, '0')}`,
      sex,
      birthYear: age === null ? null : personYears[0] - age,
      iscedLevel: group ? group.levels[Math.floor(traits.unit() * group.levels.length)] : null,
      employment: null,
      municipality: places[at].municipality,
      district: places[at].district,
    };
    persons.push(person);
    withDemographics.push(person);
  }
  assignEmployment(random.fork('employment'), withDemographics);
  return persons;
}

const NO_DEMOGRAPHICS = {
  sex: null,
  birthYear: null,
  iscedLevel: null,
  employment: null,
  municipality: null,
  district: null,
} as const;

function emailOf(random: DemoRandom, index: number, sex: Sex | null): string {
  const first = random.pick(
    sex === 'man' ? MEN : sex === 'woman' ? WOMEN : random.chance(0.5) ? WOMEN : MEN,
  );
  const last = random.pick(SURNAMES);
  const local = `${first}.${last}`
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z.]/g, '');
  return `${local}.${index + 1}@${random.pick(MAIL_DOMAINS)}`;
}

function residences(
  random: DemoRandom,
  known: number,
): { municipality: string | null; district: string | null }[] {
  const cells = quota<string>(random, [['Barcelona', POPULATION.barcelona], ...METROPOLIS], known);
  const weights = DISTRICTS.map(([, weight]) => weight);
  return cells.map((municipality) => ({
    municipality,
    // Most Barcelona learners give their district; the registry keeps it.
    district:
      municipality === 'Barcelona' && random.chance(0.9)
        ? DISTRICTS[random.weighted(weights)][0]
        : null,
  }));
}

/**
 * Employment in exact quotas, but not at random: students are drawn from the
 * youngest and the inactive (mostly retired) from the oldest, with some noise.
 */
function assignEmployment(random: DemoRandom, persons: DemoPerson[]): void {
  const { student, inactive, ...rest } = POPULATION.employment;
  const ageOf = (person: DemoPerson) =>
    (person.birthYear === null ? 40 + random.int(-15, 15) : person.years[0] - person.birthYear) +
    random.int(-6, 6);
  const byAge = persons.map((person) => ({ person, age: ageOf(person) }));
  byAge.sort((a, b) => a.age - b.age || a.person.index - b.person.index);
  for (const { person } of byAge.slice(0, student)) person.employment = 'student';
  for (const { person } of byAge.slice(byAge.length - inactive)) person.employment = 'inactive';
  const middle = byAge.slice(student, byAge.length - inactive).map(({ person }) => person);
  const statuses = quota<EmploymentStatus>(
    random,
    Object.entries(rest) as [EmploymentStatus, number][],
    middle.length,
  );
  middle.forEach((person, index) => (person.employment = statuses[index]));
}

/**
 * Each person's active years: newcomers join in their first year, and each
 * year's returning learners are drawn from everyone who came before,
 * favouring those active the year before, so every year has exactly its
 * users and the five years exactly 23,364 persons.
 */
function activeYears(random: DemoRandom): DemoYear[][] {
  const years: DemoYear[][] = [];
  for (const year of DEMO_YEARS) {
    const { users, newcomers } = YEAR_TARGETS[year];
    const earlier = years.map((_, index) => index);
    const back = random.sample(earlier, users - newcomers, (index) =>
      years[index].includes((year - 1) as DemoYear) ? 3 : 1,
    );
    for (const index of back) years[index].push(year);
    for (let count = 0; count < newcomers; count += 1) years.push([year]);
  }
  return years;
}
