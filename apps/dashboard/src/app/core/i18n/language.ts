/** The interface languages (issue 7): Catalan first, as Barcelona's agencies write. */
export const LANGUAGES = ['ca', 'es', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Each language named in itself, so that a reader finds theirs whatever is shown now. */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = {
  ca: 'Català',
  es: 'Español',
  en: 'English',
};

export const LANGUAGE_STORAGE_KEY = 'fita.language';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * The language a reader gets: the one they chose before, else the first of
 * their browser's languages that Fita speaks, else English.
 */
export function chooseLanguage(
  stored: string | null,
  browserLanguages: readonly string[],
): Language {
  if (isLanguage(stored)) return stored;
  for (const tag of browserLanguages) {
    const primary = tag.toLowerCase().split('-')[0];
    if (isLanguage(primary)) return primary;
  }
  return 'en';
}

/**
 * The locale for numbers and dates in a language. English keeps the browser's
 * own English (en-US or en-GB); other readers of English get British usage,
 * the EU's.
 */
export function localeFor(language: Language, browserLanguages: readonly string[]): string {
  if (language !== 'en') return language;
  return browserLanguages.find((tag) => tag.toLowerCase().startsWith('en-')) ?? 'en-GB';
}

function storedLanguage(): string | null {
  try {
    return localStorage.getItem(LANGUAGE_STORAGE_KEY);
  } catch {
    // Storage can be refused (privacy settings); the browser's languages still decide.
    return null;
  }
}

// Read once, before the first render: formats are built at import time, and a
// change of language reloads the page (see `switchLanguage`).
const current = chooseLanguage(storedLanguage(), navigator.languages);
const currentLocale = localeFor(current, navigator.languages);

/** The interface language of this page load. */
export function appLanguage(): Language {
  return current;
}

/** The locale of this page load's numbers and dates. */
export function appLocale(): string {
  return currentLocale;
}

/** Keeps the choice and reloads, so that every text and format follows it. */
export function switchLanguage(
  language: Language,
  reload: () => void = () => location.reload(),
): void {
  try {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    return;
  }
  reload();
}
