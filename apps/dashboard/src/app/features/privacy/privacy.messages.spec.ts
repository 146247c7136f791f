import { keysCopiedFromEnglish, placeholderMismatches } from '../../../testing/message-checks';
import { PRIVACY_MESSAGES } from './privacy.messages';

describe('PRIVACY_MESSAGES', () => {
  it('speaks Catalan and Spanish', () => {
    expect(PRIVACY_MESSAGES.ca['privacy.title']).toBe('Sol·licituds de privadesa');
    expect(PRIVACY_MESSAGES.es['privacy.title']).toBe('Solicitudes de privacidad');
  });

  it('translates every text', () => {
    expect(keysCopiedFromEnglish(PRIVACY_MESSAGES, 'ca')).toEqual([]);
    expect(keysCopiedFromEnglish(PRIVACY_MESSAGES, 'es')).toEqual([]);
  });

  it('keeps every placeholder in every language', () => {
    expect(placeholderMismatches(PRIVACY_MESSAGES)).toEqual([]);
  });

  it('names every key after the feature', () => {
    expect(Object.keys(PRIVACY_MESSAGES.en).filter((key) => !key.startsWith('privacy.'))).toEqual(
      [],
    );
  });
});
