import { keysCopiedFromEnglish, placeholderMismatches } from '../../../testing/message-checks';
import { EXPORTS_MESSAGES } from './exports.messages';

describe('EXPORTS_MESSAGES', () => {
  it('speaks Catalan and Spanish', () => {
    expect(EXPORTS_MESSAGES.ca['exports.title']).toBe('Exportacions');
    expect(EXPORTS_MESSAGES.es['exports.download']).toBe('Descargar');
  });

  it('translates every text but words Catalan shares with English', () => {
    expect(keysCopiedFromEnglish(EXPORTS_MESSAGES, 'ca')).toEqual([
      'exports.table.participants',
      'exports.table.totals',
    ]);
    expect(keysCopiedFromEnglish(EXPORTS_MESSAGES, 'es')).toEqual([]);
  });

  it('keeps every placeholder in every language', () => {
    expect(placeholderMismatches(EXPORTS_MESSAGES)).toEqual([]);
  });
});
