import { keysCopiedFromEnglish, placeholderMismatches } from '../../../testing/message-checks';
import { TRENDS_MESSAGES } from './trends.messages';

describe('TRENDS_MESSAGES', () => {
  it('speaks Catalan and Spanish', () => {
    expect(TRENDS_MESSAGES.ca['trends.view.month']).toBe('Per mes');
    expect(TRENDS_MESSAGES.es['trends.title']).toBe('Evolución');
  });

  it('translates every text', () => {
    expect(keysCopiedFromEnglish(TRENDS_MESSAGES, 'ca')).toEqual([]);
    expect(keysCopiedFromEnglish(TRENDS_MESSAGES, 'es')).toEqual([]);
  });

  it('keeps every placeholder in every language', () => {
    expect(placeholderMismatches(TRENDS_MESSAGES)).toEqual([]);
  });
});
