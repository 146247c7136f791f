import {
  DEFAULT_DISCLOSURE_K,
  DisclosureError,
  PUBLICATION_LANGUAGES,
  assertDisclosureK,
  type PublicationLanguage,
} from '@fita/metrics';
import { badRequest } from '../../../common/app-error.js';

export interface PublicationOptions {
  k: number;
  language: PublicationLanguage;
}

/** `k` (3 to 10, default 5) and `lang` (ca, es, en; default en) of a publication view. */
export function publicationOptionsFromQuery(query: Record<string, unknown>): PublicationOptions {
  const unknown = Object.keys(query).filter((key) => key !== 'k' && key !== 'lang');
  if (unknown.length > 0) {
    throw badRequest(
      'snapshots.unsupported_parameter',
      `Unsupported query parameter${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}.`,
      unknown.map((field) => ({ field, message: 'is not supported by this endpoint' })),
    );
  }
  return { k: kFrom(query['k']), language: languageFrom(query['lang']) };
}

function kFrom(value: unknown): number {
  if (value === undefined) return DEFAULT_DISCLOSURE_K;
  const k = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
  try {
    assertDisclosureK(k);
    return k;
  } catch (error) {
    if (error instanceof DisclosureError) {
      throw badRequest('snapshots.invalid_k', error.message, [
        { field: 'k', message: error.message },
      ]);
    }
    throw error;
  }
}

function languageFrom(value: unknown): PublicationLanguage {
  if (value === undefined) return 'en';
  const language = PUBLICATION_LANGUAGES.find((known) => known === value);
  if (language === undefined) {
    const message = `must be one of ${PUBLICATION_LANGUAGES.join(', ')}`;
    throw badRequest('snapshots.invalid_language', `"lang" ${message}.`, [
      { field: 'lang', message },
    ]);
  }
  return language;
}
