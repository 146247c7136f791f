import { chooseLanguage, localeFor, switchLanguage, LANGUAGE_STORAGE_KEY } from './language';

describe('interface language', () => {
  it('keeps the reader choice over the browser languages', () => {
    expect(chooseLanguage('es', ['ca-ES', 'en'])).toBe('es');
  });

  it('takes the first browser language Fita speaks, by its primary subtag', () => {
    expect(chooseLanguage(null, ['fr-FR', 'ca-ES', 'es'])).toBe('ca');
    expect(chooseLanguage('de', ['es-419'])).toBe('es');
  });

  it('falls back to English', () => {
    expect(chooseLanguage(null, ['fr', 'de'])).toBe('en');
    expect(chooseLanguage(null, [])).toBe('en');
  });

  it('formats English the browser way when it has an English locale, else the British way', () => {
    expect(localeFor('en', ['fr', 'en-US'])).toBe('en-US');
    expect(localeFor('en', ['ca'])).toBe('en-GB');
    expect(localeFor('ca', ['en-US'])).toBe('ca');
  });

  it('keeps a new choice and reloads the page', () => {
    const reload = jest.fn();
    switchLanguage('ca', reload);
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('ca');
    expect(reload).toHaveBeenCalledTimes(1);
    localStorage.clear();
  });
});
