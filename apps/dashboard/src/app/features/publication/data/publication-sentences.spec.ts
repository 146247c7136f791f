import { type PublicationView } from '../../../core/api/publication.model';
import { aPublicationView } from '../../../../testing/publication-fixtures';
import { type Quote, cellAmount, quoteOf } from './publication-sentences';

/** Non-breaking space: Catalan and Spanish write "40,0 %" with one. */
const NBSP = '\u00a0';

function text(quote: Quote): string {
  if (quote.kind !== 'sentence') throw new Error(`no sentence: ${quote.reason}`);
  return quote.text;
}

function withUsers(users: number, sex: Record<string, number | string>): PublicationView {
  const view = aPublicationView();
  return {
    ...view,
    totals: { ...view.totals, users },
    breakdowns: { ...view.breakdowns, users: { sex } },
  };
}

describe('ready-to-quote sentences', () => {
  it('states a hidden count as "fewer than k" and leaves out a cell hidden as c, in each language', () => {
    // Women are `c` (hidden to protect the men's `<5`): no sentence may give them.
    const view = aPublicationView();

    expect(text(quoteOf(view, 'users', 'en'))).toBe(
      'In 2020, 16 people took part in digital learning activities, of whom fewer than 5 were men (data as of 15 June 2024).',
    );
    expect(text(quoteOf(view, 'users', 'ca'))).toBe(
      'L’any 2020, 16 persones van participar en activitats d’aprenentatge digital, de les quals menys de 5 eren homes (dades a 15 de juny del 2024).',
    );
    expect(text(quoteOf(view, 'users', 'es'))).toBe(
      'En 2020, 16 personas participaron en actividades de aprendizaje digital, de las cuales menos de 5 eran hombres (datos a 15 de junio de 2024).',
    );
  });

  it('gives rounded cells as "about", with the numbers written the way each language writes them', () => {
    const view = withUsers(23_364, { woman: 12_340, man: 10_990, non_binary: 0, unknown: 35 });

    expect(text(quoteOf(view, 'users', 'en'))).toContain(
      '23,364 people took part in digital learning activities, of whom about 12,340 were women and about 10,990 were men',
    );
    expect(text(quoteOf(view, 'users', 'ca'))).toContain(
      '23.364 persones van participar en activitats d’aprenentatge digital, de les quals unes 12.340 eren dones i unes 10.990 eren homes',
    );
    expect(text(quoteOf(view, 'users', 'es'))).toContain(
      '23.364 personas participaron en actividades de aprendizaje digital, de las cuales unas 12.340 eran mujeres y unas 10.990 eran hombres',
    );
  });

  it('says none for an exact 0', () => {
    const view = withUsers(20, { woman: 20, man: 0, non_binary: 0, unknown: 0 });

    expect(text(quoteOf(view, 'users', 'en'))).toContain(
      'of whom about 20 were women and none were men',
    );
    expect(text(quoteOf(view, 'users', 'ca'))).toContain(
      'de les quals unes 20 eren dones i cap no era home',
    );
    expect(text(quoteOf(view, 'users', 'es'))).toContain(
      'de las cuales unas 20 eran mujeres y ninguna era hombre',
    );
  });

  it('says nothing of women and men when the total is under k', () => {
    const view = withUsers(3, { woman: '<5', man: 0, non_binary: 0, unknown: 0 });

    expect(text(quoteOf(view, 'users', 'en'))).toBe(
      'In 2020, 3 people took part in digital learning activities (data as of 15 June 2024).',
    );
  });

  it('gives the completion rate only where the API shows it, over a base of 10 or more', () => {
    const shown = aPublicationView();
    expect(text(quoteOf(shown, 'completionRate', 'en'))).toBe(
      'In 2020, course completions were equivalent to 40.0% of the enrolments in the same period (data as of 15 June 2024).',
    );
    expect(text(quoteOf(shown, 'completionRate', 'ca'))).toBe(
      `L’any 2020, els cursos completats van equivaler al 40,0${NBSP}% de les inscripcions del mateix període (dades a 15 de juny del 2024).`,
    );
    expect(text(quoteOf(shown, 'completionRate', 'es'))).toBe(
      `En 2020, los cursos completados equivalieron al 40,0${NBSP}% de las inscripciones del mismo periodo (datos a 15 de junio de 2024).`,
    );

    const refused = aPublicationView({
      totals: { users: 9, enrolments: 8, completions: 4, completers: 4 },
      percentages: { completionRate: { kind: 'not-shown', reason: 'denominator-below-10' } },
    });
    for (const language of ['ca', 'es', 'en'] as const) {
      expect(quoteOf(refused, 'completionRate', language)).toEqual({
        kind: 'withheld',
        reason: 'base-below-10',
      });
    }
  });

  it('writes enrolments and completions with exact totals, singular and zero included', () => {
    const view = aPublicationView();
    expect(text(quoteOf(view, 'enrolments', 'en'))).toBe(
      'In 2020, 15 course enrolments were recorded (data as of 15 June 2024).',
    );
    expect(text(quoteOf(view, 'completions', 'ca'))).toBe(
      'L’any 2020, 6 persones van completar almenys un curs, amb un total de 6 cursos completats (dades a 15 de juny del 2024).',
    );
    expect(text(quoteOf(view, 'completions', 'es'))).toBe(
      'En 2020, 6 personas completaron al menos un curso, con un total de 6 cursos completados (datos a 15 de junio de 2024).',
    );

    const small = aPublicationView({
      totals: { users: 1, enrolments: 1, completions: 0, completers: 0 },
    });
    expect(text(quoteOf(small, 'enrolments', 'en'))).toContain('1 course enrolment was recorded');
    expect(text(quoteOf(small, 'enrolments', 'ca'))).toContain('es va registrar 1 inscripció');
    expect(text(quoteOf(small, 'enrolments', 'es'))).toContain('se registró 1 inscripción');
    expect(text(quoteOf(small, 'completions', 'en'))).toContain('no course was completed');
    expect(text(quoteOf(small, 'completions', 'ca'))).toContain('no es va completar cap curs');
    expect(text(quoteOf(small, 'completions', 'es'))).toContain('no se completó ningún curso');
  });

  it('writes a part of a year as its two days, and the cut-off as its day in the reporting time zone', () => {
    const base = aPublicationView();
    const view = aPublicationView({
      snapshot: {
        ...base.snapshot,
        query: { ...base.snapshot.query, from: '2021-01-01', to: '2021-06-30' },
        // 00:30 on 11 July in Madrid, still 10 July in UTC.
        cutoff: '2021-07-10T22:30:00.000Z',
      },
    });

    expect(text(quoteOf(view, 'enrolments', 'en'))).toBe(
      'Between 1 January 2021 and 30 June 2021, 15 course enrolments were recorded (data as of 11 July 2021).',
    );
    expect(text(quoteOf(view, 'enrolments', 'ca'))).toBe(
      'Entre l’1 de gener del 2021 i el 30 de juny del 2021, es van registrar 15 inscripcions a cursos (dades a 11 de juliol del 2021).',
    );
    expect(text(quoteOf(view, 'enrolments', 'es'))).toBe(
      'Entre el 1 de enero de 2021 y el 30 de junio de 2021, se registraron 15 inscripciones en cursos (datos a 11 de julio de 2021).',
    );
  });

  it('names the courses a filtered snapshot counts', () => {
    const base = aPublicationView();
    const view = aPublicationView({
      snapshot: {
        ...base.snapshot,
        query: { ...base.snapshot.query, programme: 'cibernarium', format: 'mooc' },
      },
    });

    expect(text(quoteOf(view, 'enrolments', 'en'))).toContain(
      '15 course enrolments were recorded in the cibernarium programme in MOOCs',
    );
    expect(text(quoteOf(view, 'enrolments', 'ca'))).toContain(
      '15 inscripcions a cursos del programa cibernarium en MOOC',
    );
    expect(text(quoteOf(view, 'enrolments', 'es'))).toContain(
      '15 inscripciones en cursos del programa cibernarium en MOOC',
    );
  });

  it('reads a published cell: rounded, zero, hidden, or nothing to say', () => {
    expect(cellAmount(1230, 'ca')).toEqual({ kind: 'about', n: '1.230' });
    expect(cellAmount(0, 'en-GB')).toEqual({ kind: 'none' });
    expect(cellAmount('<7', 'es')).toEqual({ kind: 'fewer-than', k: '7' });
    expect(cellAmount('c', 'en-GB')).toBeNull();
    expect(cellAmount(undefined, 'en-GB')).toBeNull();
  });
});
