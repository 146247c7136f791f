import { LANGUAGE_STORAGE_KEY } from '../app/core/i18n/language';

/**
 * What `load` imports, as a page load in `language` reads it: the language
 * is fixed when the i18n module loads, so the modules are loaded afresh.
 */
export async function loadInLanguage<T>(language: string, load: () => Promise<T>): Promise<T> {
  localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  try {
    let loaded: T | undefined;
    await jest.isolateModulesAsync(async () => {
      loaded = await load();
    });
    return loaded as T;
  } finally {
    localStorage.removeItem(LANGUAGE_STORAGE_KEY);
  }
}
