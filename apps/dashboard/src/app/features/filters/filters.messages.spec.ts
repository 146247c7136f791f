import { keysCopiedFromEnglish, placeholderMismatches } from '../../../testing/message-checks';
import { FILTERS_MESSAGES } from './filters.messages';

describe('FILTERS_MESSAGES', () => {
  it('speaks Catalan and Spanish', () => {
    expect(FILTERS_MESSAGES.ca['filters.allProgrammes']).toBe('Tots els programes');
    expect(FILTERS_MESSAGES.es['filters.resetAll']).toBe('Restablecer los filtros');
  });

  it('translates every text but a word Catalan shares with English', () => {
    expect(keysCopiedFromEnglish(FILTERS_MESSAGES, 'ca')).toEqual(['filters.format']);
    expect(keysCopiedFromEnglish(FILTERS_MESSAGES, 'es')).toEqual([]);
  });

  it('keeps every placeholder in every language', () => {
    expect(placeholderMismatches(FILTERS_MESSAGES)).toEqual([]);
  });
});
