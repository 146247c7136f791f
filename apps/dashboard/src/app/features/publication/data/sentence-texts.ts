import { type PublicationLanguage } from '../../../core/api/publication.model';

/**
 * How much of a published breakdown cell a sentence states: about n (a count
 * rounded to 5), none (an exact 0), or fewer than k (a hidden small count).
 * Numbers arrive already formatted in the sentence's language.
 */
export type CellAmount =
  | { readonly kind: 'about'; readonly n: string }
  | { readonly kind: 'none' }
  | { readonly kind: 'fewer-than'; readonly k: string };

/** A calendar date written out, with its day of the month (Catalan elides the article before 1 and 11). */
export interface WrittenDate {
  readonly text: string;
  readonly day: number;
}

/** A count: `n` formatted, `one` when the sentence needs the singular. */
export interface WrittenCount {
  readonly n: string;
  readonly one: boolean;
  readonly zero: boolean;
}

/** The parts every sentence shares: when, for which courses, and as of which day. */
export interface SentenceFrame {
  /** "In 2020", "Between 1 March 2020 and 30 June 2020"… starts the sentence. */
  readonly when: string;
  /** " in the cibernarium programme, in MOOCs", or empty: follows the noun it narrows. */
  readonly scope: string;
  /** "data as of 15 June 2024". */
  readonly asOf: string;
}

/** The wording of the ready-to-quote sentences in one language. */
export interface SentenceTexts {
  readonly wholeYear: (year: string) => string;
  readonly between: (from: WrittenDate, to: WrittenDate) => string;
  readonly onDay: (day: WrittenDate) => string;
  readonly asOf: (day: WrittenDate) => string;
  readonly programme: (name: string) => string;
  readonly format: (format: string) => string;
  readonly course: (id: string) => string;
  /** ", of whom about 10 were women and fewer than 5 were men", or empty with no part. */
  readonly sexClause: (women: CellAmount | null, men: CellAmount | null) => string;
  readonly users: (frame: SentenceFrame, users: WrittenCount, sexClause: string) => string;
  readonly enrolments: (frame: SentenceFrame, enrolments: WrittenCount) => string;
  readonly completions: (
    frame: SentenceFrame,
    completers: WrittenCount,
    completions: WrittenCount,
  ) => string;
  readonly completionRate: (frame: SentenceFrame, rate: string) => string;
}

function joined(parts: readonly (string | null)[], and: string): string {
  return parts.filter((part): part is string => part !== null).join(` ${and} `);
}

// Catalan writes "l’1 de març" and "l’11 d’abril" but "el 5 de març".
function catalanDay(date: WrittenDate): string {
  return date.day === 1 || date.day === 11 ? `l’${date.text}` : `el ${date.text}`;
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const EN_FORMATS: Readonly<Record<string, string>> = {
  mooc: 'MOOCs',
  instant: 'instant courses',
  masterclass: 'masterclasses',
  course: 'courses',
  uncatalogued: 'activities outside the course catalogue',
};
const CA_FORMATS: Readonly<Record<string, string>> = {
  mooc: 'MOOC',
  instant: 'cursos exprés',
  masterclass: 'classes magistrals',
  course: 'cursos',
  uncatalogued: 'activitats de fora del catàleg de cursos',
};
const ES_FORMATS: Readonly<Record<string, string>> = {
  mooc: 'MOOC',
  instant: 'cursos exprés',
  masterclass: 'clases magistrales',
  course: 'cursos',
  uncatalogued: 'actividades fuera del catálogo de cursos',
};

const EN: SentenceTexts = {
  wholeYear: (year) => `In ${year}`,
  between: (from, to) => `Between ${from.text} and ${to.text}`,
  onDay: (day) => `On ${day.text}`,
  asOf: (day) => `data as of ${day.text}`,
  programme: (name) => ` in the ${name} programme`,
  format: (format) => ` in ${EN_FORMATS[format] ?? format}`,
  course: (id) => ` in the course ${id}`,
  sexClause: (women, men) => {
    const amount = (cell: CellAmount) =>
      cell.kind === 'about'
        ? `about ${cell.n}`
        : cell.kind === 'none'
          ? 'none'
          : `fewer than ${cell.k}`;
    const part = (cell: CellAmount | null, noun: string) =>
      cell === null ? null : `${amount(cell)} were ${noun}`;
    const parts = joined([part(women, 'women'), part(men, 'men')], 'and');
    return parts === '' ? '' : `, of whom ${parts}`;
  },
  users: ({ when, scope, asOf }, users, sexClause) =>
    users.zero
      ? `${when}, no one took part in digital learning activities${scope} (${asOf}).`
      : `${when}, ${users.n} ${users.one ? 'person' : 'people'} took part in digital learning activities${scope}${sexClause} (${asOf}).`,
  enrolments: ({ when, scope, asOf }, enrolments) =>
    enrolments.zero
      ? `${when}, no course enrolment was recorded${scope} (${asOf}).`
      : `${when}, ${enrolments.n} course ${enrolments.one ? 'enrolment was' : 'enrolments were'} recorded${scope} (${asOf}).`,
  completions: ({ when, scope, asOf }, completers, completions) =>
    completions.zero
      ? `${when}, no course was completed${scope} (${asOf}).`
      : `${when}, ${completers.n} ${completers.one ? 'person' : 'people'} completed at least one course${scope}, with ${completions.n} course ${completions.one ? 'completion' : 'completions'} in all (${asOf}).`,
  completionRate: ({ when, scope, asOf }, rate) =>
    `${when}, course completions${scope} were equivalent to ${rate} of the enrolments in the same period (${asOf}).`,
};

const CA: SentenceTexts = {
  wholeYear: (year) => `L’any ${year}`,
  between: (from, to) => `Entre ${catalanDay(from)} i ${catalanDay(to)}`,
  onDay: (day) => capitalised(catalanDay(day)),
  asOf: (day) => `dades a ${day.text}`,
  programme: (name) => ` del programa ${name}`,
  format: (format) => ` en ${CA_FORMATS[format] ?? format}`,
  course: (id) => ` del curs ${id}`,
  sexClause: (women, men) => {
    const part = (cell: CellAmount | null, one: string, many: string) => {
      if (cell === null) return null;
      if (cell.kind === 'none') return `cap no era ${one}`;
      return `${cell.kind === 'about' ? `unes ${cell.n}` : `menys de ${cell.k}`} eren ${many}`;
    };
    const parts = joined([part(women, 'dona', 'dones'), part(men, 'home', 'homes')], 'i');
    return parts === '' ? '' : `, de les quals ${parts}`;
  },
  users: ({ when, scope, asOf }, users, sexClause) =>
    users.zero
      ? `${when}, ningú no va participar en activitats d’aprenentatge digital${scope} (${asOf}).`
      : `${when}, ${users.n} ${users.one ? 'persona va' : 'persones van'} participar en activitats d’aprenentatge digital${scope}${sexClause} (${asOf}).`,
  enrolments: ({ when, scope, asOf }, enrolments) =>
    enrolments.zero
      ? `${when}, no es va registrar cap inscripció a cursos${scope} (${asOf}).`
      : `${when}, es ${enrolments.one ? 'va' : 'van'} registrar ${enrolments.n} ${enrolments.one ? 'inscripció' : 'inscripcions'} a cursos${scope} (${asOf}).`,
  completions: ({ when, scope, asOf }, completers, completions) =>
    completions.zero
      ? `${when}, no es va completar cap curs${scope} (${asOf}).`
      : `${when}, ${completers.n} ${completers.one ? 'persona va' : 'persones van'} completar almenys un curs${scope}, amb un total de ${completions.n} ${completions.one ? 'curs completat' : 'cursos completats'} (${asOf}).`,
  completionRate: ({ when, scope, asOf }, rate) =>
    `${when}, els cursos completats${scope} van equivaler al ${rate} de les inscripcions del mateix període (${asOf}).`,
};

const ES: SentenceTexts = {
  wholeYear: (year) => `En ${year}`,
  between: (from, to) => `Entre el ${from.text} y el ${to.text}`,
  onDay: (day) => `El ${day.text}`,
  asOf: (day) => `datos a ${day.text}`,
  programme: (name) => ` del programa ${name}`,
  format: (format) => ` en ${ES_FORMATS[format] ?? format}`,
  course: (id) => ` del curso ${id}`,
  sexClause: (women, men) => {
    const part = (cell: CellAmount | null, one: string, many: string) => {
      if (cell === null) return null;
      if (cell.kind === 'none') return `ninguna era ${one}`;
      return `${cell.kind === 'about' ? `unas ${cell.n}` : `menos de ${cell.k}`} eran ${many}`;
    };
    const parts = joined([part(women, 'mujer', 'mujeres'), part(men, 'hombre', 'hombres')], 'y');
    return parts === '' ? '' : `, de las cuales ${parts}`;
  },
  users: ({ when, scope, asOf }, users, sexClause) =>
    users.zero
      ? `${when}, nadie participó en actividades de aprendizaje digital${scope} (${asOf}).`
      : `${when}, ${users.n} ${users.one ? 'persona participó' : 'personas participaron'} en actividades de aprendizaje digital${scope}${sexClause} (${asOf}).`,
  enrolments: ({ when, scope, asOf }, enrolments) =>
    enrolments.zero
      ? `${when}, no se registró ninguna inscripción en cursos${scope} (${asOf}).`
      : `${when}, se ${enrolments.one ? 'registró' : 'registraron'} ${enrolments.n} ${enrolments.one ? 'inscripción' : 'inscripciones'} en cursos${scope} (${asOf}).`,
  completions: ({ when, scope, asOf }, completers, completions) =>
    completions.zero
      ? `${when}, no se completó ningún curso${scope} (${asOf}).`
      : `${when}, ${completers.n} ${completers.one ? 'persona completó' : 'personas completaron'} al menos un curso${scope}, con un total de ${completions.n} ${completions.one ? 'curso completado' : 'cursos completados'} (${asOf}).`,
  completionRate: ({ when, scope, asOf }, rate) =>
    `${when}, los cursos completados${scope} equivalieron al ${rate} de las inscripciones del mismo periodo (${asOf}).`,
};

/** The sentences' wording by language: fixed texts to quote, whatever the interface language. */
export const SENTENCE_TEXTS: Readonly<Record<PublicationLanguage, SentenceTexts>> = {
  ca: CA,
  es: ES,
  en: EN,
};
