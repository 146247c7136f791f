import { type Language } from '../app/core/i18n/language';
import { type MessageCatalogue } from '../app/core/i18n/messages';

/**
 * Keys whose text in `language` is the English text word for word: a copy
 * left untranslated, unless the word is the same in both (MOOC, Total).
 */
export function keysCopiedFromEnglish(
  catalogue: MessageCatalogue,
  language: Exclude<Language, 'en'>,
): string[] {
  return Object.entries(catalogue.en)
    .filter(([key, english]) => catalogue[language][key] === english)
    .map(([key]) => key);
}

/** Keys whose translation lacks a `{placeholder}` of the English text, or has one it lacks. */
export function placeholderMismatches(catalogue: MessageCatalogue): string[] {
  const placeholders = (text = '') =>
    Array.from(text.matchAll(/\{(\w+)\}/g), (match) => match[1])
      .sort()
      .join(',');
  return Object.entries(catalogue.en).flatMap(([key, english]) =>
    (['ca', 'es'] as const)
      .filter((language) => placeholders(catalogue[language][key]) !== placeholders(english))
      .map((language) => `${key} (${language})`),
  );
}
