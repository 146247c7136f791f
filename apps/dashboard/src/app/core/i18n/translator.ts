import { Injectable, isDevMode } from '@angular/core';
import { appLanguage, type Language } from './language';
import { CORE_MESSAGES } from './core.messages';
import { interpolate, type MessageCatalogue } from './messages';

export type MessageParams = Readonly<Record<string, string | number>>;

/**
 * The texts of the page load's language. Core texts are there from the start and
 * each lazy feature adds its own when its routes load (`provideMessages`), so
 * a feature's texts travel in its chunk.
 */
@Injectable({ providedIn: 'root' })
export class Translator {
  readonly language: Language = appLanguage();
  private readonly texts = new Map<string, string>();

  constructor() {
    this.add(CORE_MESSAGES);
  }

  add(catalogue: MessageCatalogue): void {
    for (const [key, text] of Object.entries(catalogue[this.language])) this.texts.set(key, text);
  }

  /** The text of `key` with its placeholders filled; a missing key shows itself, loudly in development. */
  t(key: string, params?: MessageParams): string {
    const text = this.texts.get(key);
    if (text === undefined) {
      if (isDevMode()) console.error(`Fita: no text for "${key}" in ${this.language}`);
      return key;
    }
    return interpolate(text, params);
  }

  has(key: string): boolean {
    return this.texts.has(key);
  }
}

/**
 * A text of `catalogue` in the page load's language, for plain functions that
 * run outside an injector (error descriptions, chart labels).
 */
export function textOf(catalogue: MessageCatalogue, key: string, params?: MessageParams): string {
  const text = catalogue[appLanguage()][key];
  return text === undefined ? key : interpolate(text, params);
}
