import { keysCopiedFromEnglish, placeholderMismatches } from '../../testing/message-checks';
import { SHARED_MESSAGES } from './shared.messages';

describe('SHARED_MESSAGES', () => {
  it('names the figures in Catalan and Spanish', () => {
    expect(SHARED_MESSAGES.ca['figure.users']).toBe('Usuaris');
    expect(SHARED_MESSAGES.es['figure.completions']).toBe('Finalizaciones');
    expect(SHARED_MESSAGES.ca['courseFormat.uncatalogued']).toBe('Sense catalogar');
  });

  it('translates every text but the acronym MOOC', () => {
    expect(keysCopiedFromEnglish(SHARED_MESSAGES, 'ca')).toEqual(['courseFormat.mooc']);
    expect(keysCopiedFromEnglish(SHARED_MESSAGES, 'es')).toEqual(['courseFormat.mooc']);
  });

  it('keeps every placeholder in every language', () => {
    expect(placeholderMismatches(SHARED_MESSAGES)).toEqual([]);
  });
});
