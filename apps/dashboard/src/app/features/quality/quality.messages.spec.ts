import { keysCopiedFromEnglish, placeholderMismatches } from '../../../testing/message-checks';
import { QUALITY_MESSAGES } from './quality.messages';

describe('QUALITY_MESSAGES', () => {
  it('speaks Catalan and Spanish', () => {
    expect(QUALITY_MESSAGES.ca['quality.title']).toBe('Qualitat de les dades');
    expect(QUALITY_MESSAGES.es['quality.rejections.empty']).toBe(
      'No hay ninguna declaración rechazada.',
    );
  });

  it('translates every text', () => {
    expect(keysCopiedFromEnglish(QUALITY_MESSAGES, 'ca')).toEqual([]);
    expect(keysCopiedFromEnglish(QUALITY_MESSAGES, 'es')).toEqual([]);
  });

  it('keeps every placeholder in every language', () => {
    expect(placeholderMismatches(QUALITY_MESSAGES)).toEqual([]);
  });

  it('names every key after the feature', () => {
    expect(Object.keys(QUALITY_MESSAGES.en).filter((key) => !key.startsWith('quality.'))).toEqual(
      [],
    );
  });
});
