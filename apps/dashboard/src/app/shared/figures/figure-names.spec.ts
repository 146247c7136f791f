import { loadInLanguage } from '../../../testing/load-in-language';

describe('figure and format names', () => {
  it('are English on an English page load', async () => {
    const names = await loadInLanguage('en', () => import('./figure-names'));
    expect(names.FIGURE_NAMES.enrolments).toEqual({
      label: 'Enrolments',
      inText: 'enrolments',
      counts: 'first enrolments of a person in a course',
    });
    expect(names.formatName('instant')).toBe('Instant course');
  });

  it('are Catalan on a Catalan page load, and Spanish on a Spanish one', async () => {
    const catalan = await loadInLanguage('ca', () => import('./figure-names'));
    expect(catalan.FIGURE_NAMES.users.label).toBe('Usuaris');
    expect(catalan.formatName('masterclass')).toBe('Classe magistral');

    const spanish = await loadInLanguage('es', () => import('./figure-names'));
    expect(spanish.FIGURE_NAMES.completions.inText).toBe('finalizaciones');
    expect(spanish.formatName('uncatalogued')).toBe('Sin catalogar');
  });

  it('shows a format nobody foresaw as the API wrote it', async () => {
    const catalan = await loadInLanguage('ca', () => import('./figure-names'));
    expect(catalan.formatName('webinar')).toBe('webinar');
  });

  it('takes month names from Intl in the page language', async () => {
    const catalan = await loadInLanguage('ca', () => import('./period-label'));
    expect(catalan.MONTH_NAMES[0]).toBe(
      new Intl.DateTimeFormat('ca', { month: 'short', timeZone: 'UTC' }).format(
        Date.UTC(2020, 0, 1),
      ),
    );
    expect(catalan.periodLabel('2020-03')).toBe(
      new Intl.DateTimeFormat('ca', { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
        Date.UTC(2020, 2, 1),
      ),
    );
  });
});
