import { DEMO_YEARS, dayOf, type DemoYear } from './demo-calendar.js';
import type { DemoRandom } from './demo-random.js';

export const ACTIVITY_BASE = 'https://cibernarium.example.org/activities';

export type DemoFormat = 'mooc' | 'instant' | 'masterclass' | 'course';

/** A course as the demo plans it; `catalogued: false` are pilots the catalogue never listed. */
export interface DemoCourse {
  index: number;
  id: string;
  title: string;
  format: DemoFormat;
  mode: 'async' | 'sync';
  programme: string;
  tags: string[];
  catalogued: boolean;
  /** Years it takes enrolments in. */
  years: DemoYear[];
  /** How much it draws, relative to others of its format. */
  appeal: number;
  /** Modules (async) whose progress the LMS reports. */
  modules: number;
  /** A masterclass's one live session: local day and minute. */
  session?: { day: number; minute: number };
}

interface Topic {
  title: string;
  programme: string;
  tags: string[];
}

const topic = (programme: string, tags: string[]) => (title: string) => ({
  title,
  programme,
  tags,
});

// Cibernàrium's programme lines; titles in Catalan, as the catalogue has them.
const TOPICS: Topic[] = [
  ...[
    "Primers passos amb l'ordinador",
    'Internet i navegació segura',
    'Correu electrònic',
    'El mòbil a fons',
    'Videotrucades i reunions en línia',
    'Ofimàtica al núvol',
    'Full de càlcul',
    'Processador de textos',
    'Presentacions eficaces',
    'Fotografia amb el mòbil',
    'Edició de vídeo',
    'Xarxes socials',
    'Privacitat i dades personals',
    'Compres en línia segures',
    'Banca en línia',
    'Documents compartits',
    'Missatgeria instantània',
    'Podcasts',
    'Blogs amb WordPress',
    'Ciberseguretat per a tothom',
  ].map(topic('capacitacio-digital', ['digital-skills'])),
  ...[
    'Certificat digital',
    'idCAT Mòbil',
    "Cl@ve i tràmits amb l'Estat",
    "Tràmits en línia a l'Ajuntament",
    'Carpeta ciutadana',
    'Factura electrònica',
    'Signatura electrònica',
    'Cita prèvia i tràmits de salut',
    'La seu electrònica',
    'Dades obertes de Barcelona',
    'Participació ciutadana digital',
    'Notificacions electròniques',
  ].map(topic('administracio-digital', ['e-administration'])),
  ...[
    'Introducció a la programació',
    'Python',
    'JavaScript',
    'Web amb HTML i CSS',
    'Bases de dades i SQL',
    'Ciència de dades',
    'Intel·ligència artificial',
    'Aprenentatge automàtic',
    'Computació al núvol',
    'Internet de les coses',
    'Blockchain',
    'Impressió 3D',
    'Realitat virtual',
    'Big data',
    'Ciberseguretat avançada',
    'DevOps',
    'Apps mòbils',
    'Anàlisi de dades amb Power BI',
  ].map(topic('tecnologies-avancades', ['advanced-tech'])),
  ...[
    'LinkedIn per trobar feina',
    'Currículum digital',
    'Marca personal a la xarxa',
    'Entrevistes de feina en línia',
    'Teletreball',
    "Competències digitals per a l'ocupació",
    "Portals d'ocupació",
    'Eines col·laboratives',
  ].map(topic('ocupacio-digital', ['employment'])),
  ...[
    'Botiga en línia',
    'Màrqueting digital',
    'Posicionament web (SEO)',
    'Publicitat a les xarxes',
    'Comerç electrònic',
    'Analítica web',
    'Disseny gràfic amb Canva',
    'Email màrqueting',
    'Transformació digital del negoci',
  ].map(topic('emprenedoria-digital', ['entrepreneurship'])),
];

/** The catalogue's eight courses on gender equality, one per format and mode mix. */
const EQUALITY: { title: string; format: DemoFormat; mode: 'async' | 'sync'; first: DemoYear }[] = [
  { title: 'Dones i tecnologia', format: 'course', mode: 'async', first: 2017 },
  { title: 'Bretxa digital de gènere', format: 'mooc', mode: 'async', first: 2018 },
  { title: 'Comunicació digital inclusiva', format: 'instant', mode: 'async', first: 2019 },
  { title: 'Llenguatge no sexista a la xarxa', format: 'instant', mode: 'async', first: 2020 },
  { title: 'Violència masclista digital', format: 'masterclass', mode: 'sync', first: 2019 },
  { title: 'Dones en STEM', format: 'masterclass', mode: 'sync', first: 2020 },
  { title: 'Lideratge femení en entorns digitals', format: 'course', mode: 'sync', first: 2018 },
  { title: 'Igualtat i algoritmes', format: 'masterclass', mode: 'sync', first: 2021 },
];

const MOOCS: { title: string; programme: string; first: DemoYear }[] = [
  { title: 'MOOC Competències digitals bàsiques', programme: 'capacitacio-digital', first: 2017 },
  { title: "MOOC L'administració a un clic", programme: 'administracio-digital', first: 2017 },
  { title: 'MOOC Programació per a tothom', programme: 'tecnologies-avancades', first: 2017 },
  { title: 'MOOC Ciència de dades', programme: 'tecnologies-avancades', first: 2018 },
  { title: 'MOOC Ciberseguretat', programme: 'capacitacio-digital', first: 2018 },
  { title: 'MOOC Màrqueting digital', programme: 'emprenedoria-digital', first: 2019 },
  { title: 'MOOC Cercar feina a la xarxa', programme: 'ocupacio-digital', first: 2019 },
  { title: 'MOOC Teletreball i eines en línia', programme: 'ocupacio-digital', first: 2020 },
  { title: 'MOOC Intel·ligència artificial', programme: 'tecnologies-avancades', first: 2020 },
  { title: 'MOOC Tràmits digitals', programme: 'administracio-digital', first: 2021 },
];

/** Pilots run on the LMS before (or without) a catalogue entry: uncatalogued courses (spec section 3). */
const PILOTS = [
  'Pilot: alfabetització digital a les biblioteques',
  'Pilot: tauletes per a la gent gran',
  'Pilot: tràmits per a entitats',
  'Pilot: robòtica educativa',
  'Pilot: ciberassetjament a les escoles',
  'Pilot: comerç de proximitat en línia',
  'Pilot: dades per a periodistes',
  'Pilot: competències digitals per a cuidadores',
];

const MASTERCLASSES_PER_YEAR: Record<DemoYear, number> = {
  2017: 26,
  2018: 30,
  2019: 32,
  2020: 40,
  2021: 34,
};

function slugOf(title: string): string {
  return title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/l·l/g, 'll')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function yearsFrom(first: DemoYear, last: DemoYear = 2021): DemoYear[] {
  return DEMO_YEARS.filter((year) => year >= first && year <= last);
}

/** A masterclass's date: a weekday afternoon or morning, never in August. */
function sessionOf(random: DemoRandom, year: DemoYear): { day: number; minute: number } {
  for (;;) {
    const month = random.pick([1, 2, 3, 4, 5, 6, 7, 9, 10, 11, 12]);
    const day = dayOf(year, month, random.int(month === 1 ? 10 : 1, 28));
    const weekday = new Date(Date.UTC(2017, 0, 1 + day)).getUTCDay();
    if (weekday >= 1 && weekday <= 4) {
      return { day, minute: random.pick([10 * 60, 12 * 60, 17 * 60 + 30, 18 * 60 + 30]) };
    }
  }
}

/**
 * The demo's courses: a few MOOCs, async and live courses, instant courses
 * (the short format Cibernàrium added in 2018 and that took off in the 2020
 * lockdown), dated masterclasses, the eight `equality` courses, and pilots
 * the catalogue never listed.
 */
export function demoCourses(random: DemoRandom): DemoCourse[] {
  const courses: Omit<DemoCourse, 'index'>[] = [];
  const add = (
    course: Omit<DemoCourse, 'index' | 'id' | 'catalogued' | 'modules'> & { slug: string },
  ) => {
    const { slug, ...rest } = course;
    courses.push({
      ...rest,
      id: `${ACTIVITY_BASE}/${slug}`,
      catalogued: true,
      modules: course.format === 'mooc' ? 6 : course.format === 'course' ? 4 : 1,
    });
  };
  const appeal = () => Math.exp(random.unit() * 2.2 - 1.1);

  for (const mooc of MOOCS) {
    add({
      slug: `mooc/${slugOf(mooc.title.replace('MOOC ', ''))}`,
      title: mooc.title,
      format: 'mooc',
      mode: 'async',
      programme: mooc.programme,
      tags: ['mooc'],
      years: yearsFrom(mooc.first),
      appeal: appeal(),
    });
  }
  for (const [index, item] of TOPICS.entries()) {
    const slug = slugOf(item.title);
    const first = random.pick([2017, 2017, 2017, 2018, 2018, 2019, 2020] as const);
    add({
      slug: `cursos/${slug}`,
      title: `${item.title}: iniciació`,
      format: 'course',
      mode: random.chance(0.3) ? 'sync' : 'async',
      programme: item.programme,
      tags: item.tags,
      years: yearsFrom(first),
      appeal: appeal(),
    });
    if (index % 5 < 2) {
      add({
        slug: `cursos/${slug}-avancat`,
        title: `${item.title}: nivell avançat`,
        format: 'course',
        mode: random.chance(0.5) ? 'sync' : 'async',
        programme: item.programme,
        tags: item.tags,
        years: yearsFrom(random.pick([2018, 2019, 2020] as const)),
        appeal: appeal() * 0.7,
      });
    }
    if (index % 4 !== 3) {
      add({
        slug: `instant/${slug}`,
        title: `Instant: ${item.title}`,
        format: 'instant',
        mode: 'async',
        programme: item.programme,
        tags: item.tags,
        years: yearsFrom(random.pick([2018, 2019, 2019, 2020, 2020] as const)),
        appeal: appeal(),
      });
    }
  }
  for (const year of DEMO_YEARS) {
    const picked = random.sample(TOPICS, MASTERCLASSES_PER_YEAR[year], () => 1);
    for (const item of picked) {
      const session = sessionOf(random, year);
      add({
        slug: `masterclass/${year}/${slugOf(item.title)}`,
        title: `Masterclass ${year}: ${item.title}`,
        format: 'masterclass',
        mode: 'sync',
        programme: item.programme,
        tags: item.tags,
        years: [year],
        appeal: appeal(),
        session,
      });
    }
  }
  for (const item of EQUALITY) {
    const masterclass = item.format === 'masterclass';
    add({
      slug: `igualtat/${slugOf(item.title)}`,
      title: item.title,
      format: item.format,
      mode: item.mode,
      programme: 'capacitacio-digital',
      tags: ['equality', 'digital-skills'],
      years: masterclass ? [item.first] : yearsFrom(item.first),
      appeal: appeal(),
      session: masterclass ? sessionOf(random, item.first) : undefined,
    });
  }
  for (const title of PILOTS) {
    courses.push({
      id: `${ACTIVITY_BASE}/pilots/${slugOf(title.replace('Pilot: ', ''))}`,
      title,
      format: 'course',
      mode: 'async',
      programme: 'capacitacio-digital',
      tags: [],
      catalogued: false,
      years: yearsFrom(random.pick([2018, 2019, 2020, 2021] as const)).slice(0, 2),
      appeal: 0.25,
      modules: 3,
    });
  }
  return courses.map((course, index) => ({ ...course, index }));
}

/** Resources learners open outside any course (guides, FAQs): uncatalogued activities with no enrolment. */
export const LOOSE_RESOURCES = [
  { id: `${ACTIVITY_BASE}/recursos/guia-certificat-digital`, title: 'Guia del certificat digital' },
  { id: `${ACTIVITY_BASE}/recursos/preguntes-frequents`, title: 'Preguntes freqüents' },
  { id: `${ACTIVITY_BASE}/recursos/agenda`, title: "Agenda d'activitats" },
];
