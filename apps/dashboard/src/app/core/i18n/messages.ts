import { type Language } from './language';

/** Texts by key, in one language. */
export type MessageTexts = Readonly<Record<string, string>>;

/** One feature's texts in every language. */
export type MessageCatalogue = Readonly<Record<Language, MessageTexts>>;

/**
 * A feature's texts: English first, then Catalan and Spanish with exactly the
 * same keys, which the compiler checks, so no language can miss a text.
 */
export function defineMessages<const E extends MessageTexts>(
  en: E,
  translations: Readonly<Record<Exclude<Language, 'en'>, Readonly<Record<keyof E, string>>>>,
): MessageCatalogue {
  return { en, ...translations };
}

const PLACEHOLDER = /\{(\w+)\}/g;

/** `{name}` placeholders replaced by their values; an unknown one stays as written. */
export function interpolate(
  text: string,
  params: Readonly<Record<string, string | number>> = {},
): string {
  return text.replace(PLACEHOLDER, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
